package org.zhuye.jobs;

import java.util.Set;

/**
 * Referrals of these persons were made or moved a step in a transaction; the in-memory referral index re-reads
 * them after the commit. Loads made with plain SQL publish {@link #everyone()}.
 */
public record ReferralsChanged(Set<Long> personIds, boolean all) {

    public ReferralsChanged {
        personIds = Set.copyOf(personIds);
    }

    public static ReferralsChanged of(long personId) {
        return new ReferralsChanged(Set.of(personId), false);
    }

    public static ReferralsChanged everyone() {
        return new ReferralsChanged(Set.of(), true);
    }
}
