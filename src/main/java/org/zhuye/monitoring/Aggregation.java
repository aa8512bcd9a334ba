package org.zhuye.monitoring;

/**
 * How an indicator adds up across regions and periods, as DHIS2's aggregation types say it: a flow sums
 * both ways, a stock sums across regions but is read at the period's last day, a ratio sums its numerator
 * and its base and divides afterwards, a count of distinct persons adds across regions only, a median is worked out again from the records.
 */
public enum Aggregation {
    /** Events in the period (moves into work, person-times, referrals): sum over regions and over periods. */
    FLOW("累计", true),
    /** A count at the period's last day (persons in work, 零就业家庭): sum over regions, never over periods. */
    STOCK("时点", true),
    /** Distinct persons with an event in the period (培训人数): sum over regions, where each person is registered once; never over periods or parts. */
    DISTINCT("去重人数", true),
    /** value ÷ base (就业率, coverage): both parts add; the rate of a whole is never the mean of the parts' rates. */
    RATIO("比率", false),
    /** A median (days to hire): recomputed from the records of the whole, never from the parts. */
    MEDIAN("中位数", false);

    private final String label;
    private final boolean additive;

    Aggregation(String label, boolean additive) {
        this.label = label;
        this.additive = additive;
    }

    public String label() {
        return label;
    }

    /** Whether a region's figure is the sum of its children's (what {@code GET /api/v1/indicators} calls {@code additive}). */
    public boolean additive() {
        return additive;
    }
}
