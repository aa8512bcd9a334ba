package org.zhuye.jobs.fair;

/**
 * What a fair achieved, counted over everyone (figures about the record, not a list of people): units, postings,
 * persons registered and attending, intents and the referrals from them hired within {@value #HIRE_WINDOW_DAYS}
 * days of the fair's end.
 */
public record FairResults(long employers, long postings, long registered, long attended, long intents,
                          long hiredWithin90Days) {

    public static final int HIRE_WINDOW_DAYS = 90;
}
