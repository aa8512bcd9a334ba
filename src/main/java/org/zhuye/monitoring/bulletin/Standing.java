package org.zhuye.monitoring.bulletin;

/**
 * One region's line in a 通报's ranking of an indicator: its figure, its target and how far along it is.
 * Kept in the 通报 as it was when drafted, so everything is already in the form it is printed in.
 *
 * @param figure      the figure as printed (1,234 or 56.7%)
 * @param target      the target as printed, or null when the region has none
 * @param completion  figure ÷ target in percent, or null without a (non-zero) target
 * @param expected    the completion due by now in percent: 时序进度 for a count that accumulates, 100 for a level
 * @param pointsAhead completion minus 时序进度 in percentage points, rounded to one place; null without a completion
 * @param rank        1 = highest completion, ties share a rank; null when not ranked (no target)
 * @param level       a rate or a stock, compared with the target itself rather than 时序进度 (absent, so false,
 *                    in 通报 drafted before levels were told apart, which held every indicator to 时序进度)
 */
public record Standing(String regionCode, String name, String figure, String target, Double completion, double expected,
                       Double pointsAhead, Integer rank, boolean level) {

    /** A count that accumulates over the period, held to 时序进度. */
    public Standing(String regionCode, String name, String figure, String target, Double completion, double expected,
                    Double pointsAhead, Integer rank) {
        this(regionCode, name, figure, target, completion, expected, pointsAhead, rank, false);
    }

    /** Behind what is due (时序进度, or the target for a level) as printed: the points, rounded to one place, are below zero (−0.04 prints 0.0 and is on schedule). */
    public boolean behind() {
        return pointsAhead != null && pointsAhead < 0;
    }

    public boolean hasTarget() {
        return completion != null;
    }

    /** As printed in the tables: 76.3 / 74.8 / +1.5 or −2.0, a dash where there is no target. */
    public String completionShown() {
        return completion == null ? "—" : BulletinText.percent(completion);
    }

    /** 时序进度 as printed; a level has none. */
    public String expectedShown() {
        return level ? "—" : BulletinText.percent(expected);
    }

    public String pointsShown() {
        return pointsAhead == null ? "—" : BulletinWorkbook.signed(pointsAhead);
    }

    public Standing ranked(Integer rank) {
        return new Standing(regionCode, name, figure, target, completion, expected, pointsAhead, rank, level);
    }

    /** Percentage points rounded to one place, as printed, so that the text, the tables and "behind" agree. */
    static Double roundPoints(Double points) {
        return points == null ? null : Math.round(points * 10) / 10.0;
    }
}
