package org.zhuye.region;

/**
 * One unit of the administrative tree.
 *
 * @param urbanRuralClass the 3-digit 城乡分类代码 (111 主城区 … 220 村庄), where the source has it
 * @param kind ADMIN for administrative divisions, ZONE for development or administrative zones
 *             that statistics list at county level but that are not administrative divisions
 */
public record Region(String code, String name, int level, String parentCode, String urbanRuralClass,
                     String kind) {

    public RegionLevel levelName() {
        return RegionLevel.of(level);
    }

    public boolean isZone() {
        return "ZONE".equals(kind);
    }

    public String significantPrefix() {
        return RegionCode.of(code).significantPrefix();
    }
}
