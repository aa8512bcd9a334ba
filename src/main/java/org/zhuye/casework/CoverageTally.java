package org.zhuye.casework;

/**
 * Counts the cohort into coverage figures, one row per child region plus one for persons under
 * none of them. The counting rule: a person of the cycle's cohort counts once as eligible and once
 * for each kind of service they had in the cycle year (however many of that kind); "complete" is
 * all four. Pure arithmetic, property-tested.
 */
final class CoverageTally {

    private final long[][] counts;

    CoverageTally(int rows) {
        counts = new long[rows][7];
    }

    /** One person of the cohort with the services of the year as a mask ({@link ServiceKind#bit()}). */
    void add(int row, int mask, boolean outOfWorkNow) {
        long[] c = counts[row];
        c[0]++;
        if ((mask & 1) != 0) {
            c[1]++;
        }
        if ((mask & 2) != 0) {
            c[2]++;
        }
        if ((mask & 4) != 0) {
            c[3]++;
        }
        if ((mask & 8) != 0) {
            c[4]++;
        }
        if ((mask & ServiceKind.ALL) == ServiceKind.ALL) {
            c[5]++;
        } else if (outOfWorkNow) {
            c[6]++;
        }
    }

    CoverageFigures figures(int row) {
        long[] c = counts[row];
        return new CoverageFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    CoverageFigures total() {
        CoverageFigures total = CoverageFigures.NONE;
        for (int row = 0; row < counts.length; row++) {
            total = total.plus(figures(row));
        }
        return total;
    }
}
