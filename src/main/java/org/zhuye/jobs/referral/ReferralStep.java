package org.zhuye.jobs.referral;

import java.time.Instant;
import java.time.LocalDate;

/** One dated step of a referral and who recorded it. */
public record ReferralStep(long id, long referralId, ReferralStatus status, LocalDate on, String note,
                           String recordedBy, Instant recordedAt) {
}
