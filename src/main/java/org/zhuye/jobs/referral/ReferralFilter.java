package org.zhuye.jobs.referral;

import java.time.LocalDate;

/**
 * The board's and the API's filters, each optional: the person's region (inside the viewer's
 * jurisdiction), a posting, a person, a source, a status, and a period of the referral's day.
 */
public record ReferralFilter(String region, Long postingId, Long personId, ReferralSource source,
                             ReferralStatus status, LocalDate from, LocalDate to) {

    public static final ReferralFilter NONE = new ReferralFilter(null, null, null, null, null, null, null);

    public ReferralFilter withStatus(ReferralStatus newStatus) {
        return new ReferralFilter(region, postingId, personId, source, newStatus, from, to);
    }
}
