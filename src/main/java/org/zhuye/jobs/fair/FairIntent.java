package org.zhuye.jobs.fair;

import java.time.LocalDate;

/** 意向: a person and a fair posting, the referral it became and its 回访. */
public record FairIntent(long id, long fairId, long personId, String personName, String regionCode, long postingId,
                         String postingTitle, String employerName, long referralId, String referralStatus,
                         LocalDate callbackDue, LocalDate calledBackOn, String callbackNote) {

    public boolean calledBack() {
        return calledBackOn != null;
    }

    /** Due and not yet called back on {@code day}. */
    public boolean callbackDueOn(LocalDate day) {
        return calledBackOn == null && !callbackDue.isAfter(day);
    }
}
