package org.zhuye.jobs.profile;

/** A person's work profile got a new row, published inside the saving transaction (the matching index re-reads after commit). */
public record WorkProfileSaved(long personId) {
}
