package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * The funnel's figures for a region and period, and for each child region: the referrals made in the
 * period (by the referral's day) and what became of them to date. See {@link ReferralTally} for the rules.
 */
public record ReferralFigures(String region, LocalDate from, LocalDate to, Counts total, List<Row> children) {

    /** The region and its children, for the page's one query of place names. */
    public List<String> places() {
        java.util.List<String> codes = new java.util.ArrayList<>(children.stream().map(Row::region).toList());
        codes.add(region);
        return codes;
    }

    public record Row(String region, Counts counts) {
    }

    /**
     * @param exposures  distinct (posting, person) pairs shown in the period (the exposure log)
     * @param medianDays median days from referral to 录用 over the hires; null without hires
     * @param retention  at 3, 6 and 12 months after the hire
     */
    public record Counts(long referrals, long hires, long rejected, long declined, long open, long exposures,
                         Double medianDays, List<Retention> retention) {

        /** 录用 ÷ 推介; null when nothing was referred. */
        public Double hireRate() {
            return referrals == 0 ? null : (double) hires / referrals;
        }

        /** 录用 ÷ 曝光; null when nothing was shown. */
        public Double exposureHireRate() {
            return exposures == 0 ? null : (double) hires / exposures;
        }
    }

    /**
     * Hires old enough to have reached {@code months} after their day ({@code due}) and those of them
     * employed on that day by the registry's dated status ({@code retained}).
     */
    public record Retention(int months, long due, long retained) {
        public Double rate() {
            return due == 0 ? null : (double) retained / due;
        }
    }
}
