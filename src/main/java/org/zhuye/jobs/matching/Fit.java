package org.zhuye.jobs.matching;

/**
 * The primitive forms of the rules and of each score component's fit (0..1), shared by
 * {@link Matcher} (one pair, explained) and {@link MatchIndex} (every seeker or posting in one pass),
 * so a ranked list and its explanation can never disagree. Regions are 12-digit codes as longs.
 */
final class Fit {

    static final long[] TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
            1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private Fit() {
    }

    /** Six levels 0..3 packed two bits each, in WorkDemand order. */
    static int pack(int[] levels) {
        int packed = 0;
        for (int i = 0; i < levels.length; i++) {
            packed |= levels[i] << (2 * i);
        }
        return packed;
    }

    /** Whether every demand is at most the capability. */
    static boolean demandsMet(int capabilities, int demands) {
        for (int i = 0; i < 12; i += 2) {
            if (((demands >>> i) & 3) > ((capabilities >>> i) & 3)) {
                return false;
            }
        }
        return true;
    }

    static boolean needsMet(int needs, int features) {
        return (needs & ~features) == 0;
    }

    static boolean sameUpTo(long home, long workplace, int digits) {
        long unit = TENS[12 - digits];
        return home / unit == workplace / unit;
    }

    static long region(String code) {
        return Long.parseLong(code);
    }

    /** 1 same 大典 code, 0.7 same 中类 (two leading segments), 0.4 same 大类, 0 otherwise. */
    static double occupation(String seekerCode, String postingCode) {
        if (seekerCode.equals(postingCode)) {
            return 1;
        }
        int common = commonSegments(seekerCode, postingCode);
        return common >= 2 ? 0.7 : common == 1 ? 0.4 : 0;
    }

    static double occupation(String[] seekerCodes, String postingCode) {
        double best = 0;
        for (String code : seekerCodes) {
            best = Math.max(best, occupation(code, postingCode));
        }
        return best;
    }

    /** How many leading '-' segments two codes share, without allocating (this runs for every survivor of a scan). */
    static int commonSegments(String a, String b) {
        int n = 0;
        int i = 0;
        while (true) {
            int j = i;
            while (j < a.length() && j < b.length() && a.charAt(j) == b.charAt(j) && a.charAt(j) != '-') {
                j++;
            }
            boolean aEnds = j == a.length() || a.charAt(j) == '-';
            boolean bEnds = j == b.length() || b.charAt(j) == '-';
            if (!aEnds || !bEnds || j == i) {
                return n;
            }
            n++;
            if (j == a.length() || j == b.length()) {
                return n;
            }
            i = j + 1;
        }
    }

    /** Unknown schooling never meets a minimum; no minimum is always met. */
    static double education(int seekerRank, int minimumRank) {
        return minimumRank == 0 || (seekerRank > 0 && seekerRank >= minimumRank) ? 1 : 0;
    }

    /** The posting's top wage against the expectation (none: full), linearly below it. */
    static double wage(int expectation, int wageMax) {
        if (expectation <= 0 || wageMax >= expectation) {
            return 1;
        }
        return Math.max(0, (double) wageMax / expectation);
    }

    /** Same village 1, township 0.8, county 0.6, league 0.4, region 0.2, further 0; work at home or remote 1. */
    static double distance(long home, long workplace, boolean travels) {
        if (!travels) {
            return 1;
        }
        if (home == workplace) {
            return 1;
        }
        if (sameUpTo(home, workplace, 9)) {
            return 0.8;
        }
        if (sameUpTo(home, workplace, 6)) {
            return 0.6;
        }
        if (sameUpTo(home, workplace, 4)) {
            return 0.4;
        }
        return sameUpTo(home, workplace, 2) ? 0.2 : 0;
    }

    /**
     * For a workplace, the range of 12-digit codes that share its first d digits, for every d: a seeker is
     * within reach when lo[d] ≤ home < hi[d] — two comparisons instead of two long divisions per row.
     */
    static long[][] reach(long workplace) {
        long[] lo = new long[13];
        long[] hi = new long[13];
        for (int d = 0; d <= 12; d++) {
            long unit = TENS[12 - d];
            lo[d] = workplace / unit * unit;
            hi[d] = lo[d] + unit;
        }
        return new long[][]{lo, hi};
    }

    /** {@link #distance(long, long, boolean)} with the workplace's ranges from {@link #reach}. */
    static double distance(long home, long workplace, long[] lo, long[] hi, boolean travels) {
        if (!travels || home == workplace) {
            return 1;
        }
        if (home >= lo[9] && home < hi[9]) {
            return 0.8;
        }
        if (home >= lo[6] && home < hi[6]) {
            return 0.6;
        }
        if (home >= lo[4] && home < hi[4]) {
            return 0.4;
        }
        return home >= lo[2] && home < hi[2] ? 0.2 : 0;
    }

    /** The posting names no categories, or names the person's: full; else none. Categories as a bit mask. */
    static double category(int category, int suitableMask) {
        return suitableMask == 0 || (suitableMask & (1 << category)) != 0 ? 1 : 0;
    }

    /** Assessment level 1 (strongest) 1.0 … 4 0.25; never assessed 0.5. */
    static double ability(int level) {
        return level == 0 ? 0.5 : (5 - level) / 4.0;
    }

    static int score(MatchWeights w, double occupation, double education, double wage, double distance,
                     double category, double ability) {
        double points = w.occupation() * occupation + w.education() * education + w.wage() * wage
                + w.distance() * distance + w.category() * category + w.ability() * ability;
        return (int) Math.round(100 * points / w.total());
    }
}
