package org.zhuye.region;

/** Published, inside the import's transaction, after a region file has been applied. */
public record RegionsImported(String rootCode, String source, int rows, int inserted, int updated) {
}
