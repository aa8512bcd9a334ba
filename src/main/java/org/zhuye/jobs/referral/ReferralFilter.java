package org.zhuye.jobs.referral;

import java.time.LocalDate;

/**
 * The board's and the API's filters, each optional: the person's region (inside the viewer's
 * jurisdiction), a posting, a person, a source, a status, a period of the referral's day, and
 * whether it waits for an answer.
 */
public record ReferralFilter(String region, Long postingId, Long personId, ReferralSource source,
                             ReferralStatus status, LocalDate from, LocalDate to, Waiting waiting) {

    public static final ReferralFilter NONE = new ReferralFilter(null, null, null, null, null, null, null, null);

    /** Referrals waiting for the unit's answer (推介 or 已投递), and those waiting longer than {@link #STALE_DAYS}. */
    public enum Waiting { ANSWER, STALE }

    /** Days at 推介 or 已投递 after which staff see a referral as stuck (the home page's task). */
    public static final int STALE_DAYS = 14;

    public ReferralFilter withStatus(ReferralStatus newStatus) {
        return new ReferralFilter(region, postingId, personId, source, newStatus, from, to, waiting);
    }
}
