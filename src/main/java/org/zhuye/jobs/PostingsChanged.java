package org.zhuye.jobs;

import java.util.Set;

/**
 * Postings were created, changed, published or closed in a transaction; published inside it by
 * whoever changes {@code job_posting}, so the matching index re-reads them after the commit.
 */
public record PostingsChanged(Set<Long> ids, boolean all) {

    public PostingsChanged {
        ids = Set.copyOf(ids);
    }

    public static PostingsChanged of(long id) {
        return new PostingsChanged(Set.of(id), false);
    }

    public static PostingsChanged everyone() {
        return new PostingsChanged(Set.of(), true);
    }
}
