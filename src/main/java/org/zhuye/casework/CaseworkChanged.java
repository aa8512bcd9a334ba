package org.zhuye.casework;

import java.util.Set;

/**
 * Services of these persons were recorded or voided in a transaction; the in-memory index re-reads
 * them after the commit. Loads made with plain SQL publish {@link #everyone()}.
 */
public record CaseworkChanged(Set<Long> personIds, boolean all) {

    public CaseworkChanged {
        personIds = Set.copyOf(personIds);
    }

    public static CaseworkChanged of(long personId) {
        return new CaseworkChanged(Set.of(personId), false);
    }

    public static CaseworkChanged everyone() {
        return new CaseworkChanged(Set.of(), true);
    }
}
