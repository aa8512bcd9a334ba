package org.zhuye.casework;

import java.util.Locale;

/**
 * Coverage of one region in one cycle year: persons in the cycle's cohort, how many of them had
 * each service, how many had all four, and how many are still out of work and lack at least one
 * (the open list).
 */
public record CoverageFigures(long eligible, long verified, long assessed, long demandRegistered, long served,
                              long complete, long open) {

    public static final CoverageFigures NONE = new CoverageFigures(0, 0, 0, 0, 0, 0, 0);

    public long count(ServiceKind kind) {
        return switch (kind) {
            case VERIFICATION -> verified;
            case ASSESSMENT -> assessed;
            case DEMAND -> demandRegistered;
            case SERVICE -> served;
        };
    }

    /** {@code count ÷ eligible}, or null when nobody is eligible. */
    public Double rate(long count) {
        return eligible == 0 ? null : (double) count / eligible;
    }

    public String rateText(long count) {
        Double rate = rate(count);
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    public String completeRateText() {
        return rateText(complete);
    }

    public CoverageFigures plus(CoverageFigures other) {
        return new CoverageFigures(eligible + other.eligible, verified + other.verified, assessed + other.assessed,
                demandRegistered + other.demandRegistered, served + other.served, complete + other.complete,
                open + other.open);
    }
}
