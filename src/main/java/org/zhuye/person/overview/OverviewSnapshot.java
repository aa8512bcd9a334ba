package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable, in-memory copy of what the region overview counts, derived from the database and
 * rebuilt from it at start: a large {@code base} block, a bitset of base positions that are out of
 * date, and a small {@code delta} block with the current rows of persons changed since the base
 * was built. A change makes a new snapshot (copying the bitset and the delta, not the base), and
 * the delta is merged into a new base once it grows, so readers always see one consistent state.
 */
final class OverviewSnapshot {

    private static final Comparator<OverviewBlock.PersonRow> ORDER =
            Comparator.comparing(OverviewBlock.PersonRow::region).thenComparingLong(OverviewBlock.PersonRow::id);

    private final OverviewBlock base;
    private final long[] replaced;
    private final int replacedCount;
    private final Map<Long, OverviewBlock.PersonRow> deltaRows;
    private final OverviewBlock delta;

    OverviewSnapshot(OverviewBlock base) {
        this(base, null, 0, Map.of());
    }

    private OverviewSnapshot(OverviewBlock base, long[] replaced, int replacedCount,
                             Map<Long, OverviewBlock.PersonRow> deltaRows) {
        this.base = base;
        this.replaced = replaced;
        this.replacedCount = replacedCount;
        this.deltaRows = deltaRows;
        OverviewBlock.Builder builder = new OverviewBlock.Builder();
        deltaRows.values().stream().sorted(ORDER).forEach(builder::add);
        this.delta = builder.build();
    }

    /** Persons counted in the snapshot (whatever their dates). */
    int size() {
        return base.size() - replacedCount + delta.size();
    }

    int deltaSize() {
        return delta.size();
    }

    long bytes() {
        return base.bytes() + delta.bytes() + (replaced == null ? 0 : 8L * replaced.length) + 120L * deltaRows.size();
    }

    /**
     * This snapshot with the persons {@code changed} replaced by {@code current}, their rows as
     * the database has them now; a changed person missing from {@code current} (merged away) is dropped.
     */
    OverviewSnapshot withChanges(Set<Long> changed, List<OverviewBlock.PersonRow> current) {
        long[] bits = replaced == null ? new long[(base.size() + 63) >>> 6] : replaced.clone();
        int count = replacedCount;
        for (long id : changed) {
            int position = base.positionOf(id);
            if (position >= 0 && (bits[position >>> 6] & 1L << position) == 0) {
                bits[position >>> 6] |= 1L << position;
                count++;
            }
        }
        Map<Long, OverviewBlock.PersonRow> rows = new HashMap<>(deltaRows);
        changed.forEach(rows::remove);
        current.forEach(row -> rows.put(row.id(), row));
        return new OverviewSnapshot(base, bits, count, Map.copyOf(rows));
    }

    /** One base with the delta merged in, in (region, id) order. */
    OverviewSnapshot compacted() {
        OverviewBlock.Builder builder = new OverviewBlock.Builder();
        List<OverviewBlock.PersonRow> fresh = new ArrayList<>(deltaRows.values());
        fresh.sort(ORDER);
        int next = 0;
        for (int r = 0; r < base.regions.length; r++) {
            String region = base.regions[r];
            for (int p = base.regionStart[r]; p < base.regionStart[r + 1]; p++) {
                if (isReplaced(p)) {
                    continue;
                }
                while (next < fresh.size() && precedes(fresh.get(next), region, base.ids[p])) {
                    builder.add(fresh.get(next++));
                }
                builder.copy(base, p, region);
            }
        }
        while (next < fresh.size()) {
            builder.add(fresh.get(next++));
        }
        return new OverviewSnapshot(builder.build());
    }

    private static boolean precedes(OverviewBlock.PersonRow row, String region, long id) {
        int byRegion = row.region().compareTo(region);
        return byRegion < 0 || (byRegion == 0 && row.id() < id);
    }

    OverviewBlock base() {
        return base;
    }

    /** The rows of persons changed since the base was built, in (region, id) order. */
    OverviewBlock delta() {
        return delta;
    }

    boolean isReplaced(int position) {
        return replaced != null && (replaced[position >>> 6] & 1L << position) != 0;
    }

    /** Persons whose region code starts with {@code prefix}, whatever their dates and certificates. */
    int countUnder(String prefix) {
        return countUnder(base, prefix, replaced) + countUnder(delta, prefix, null);
    }

    private static int countUnder(OverviewBlock block, String prefix, long[] replaced) {
        int from = block.regionStart[block.regionLowerBound(prefix)];
        int to = block.regionStart[block.regionLowerBound(prefix + ":")];  // ':' follows '9'
        int count = to - from;
        if (replaced != null) {
            for (int p = from; p < to; ) {
                int word = p >>> 6;
                if (word >= replaced.length) {
                    break;
                }
                long bits = replaced[word] & (-1L << p);
                int end = (word + 1) << 6;
                if (end > to) {
                    bits &= -1L >>> (end - to);
                }
                count -= Long.bitCount(bits);
                p = end;
            }
        }
        return count;
    }

    /**
     * Counts everyone under {@code prefix} as of {@code asOf}, one tally per child prefix
     * ({@code childPrefixes} sorted, all of one length) plus one, last, for persons under the
     * prefix but under none of the children (the region itself when it is a village).
     * {@code windows} gives, per region code, the working-age birth-day ranges
     * {@code [menFrom, menTo, womenFrom, womenTo]}.
     */
    OverviewTally[] tally(String prefix, List<String> childPrefixes, LocalDate asOf, Function<String, int[]> windows) {
        OverviewTally[] tallies = new OverviewTally[childPrefixes.size() + 1];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new OverviewTally();
        }
        Scan scan = new Scan(asOf, childPrefixes.toArray(String[]::new), windows, tallies);
        scan.run(base, prefix, replaced);
        scan.run(delta, prefix, null);
        return tallies;
    }

    /** One pass over a block's range, with everything that depends only on the date worked out first. */
    private static final class Scan {

        private final int asOfDay;
        private final int yearStart;
        /** Latest birth day of each band's lower age; a person is in the last band whose threshold they meet. */
        private final int[] bandFrom;
        private final String[] children;
        private final Function<String, int[]> windows;
        private final OverviewTally[] tallies;

        Scan(LocalDate asOf, String[] children, Function<String, int[]> windows, OverviewTally[] tallies) {
            this.asOfDay = (int) asOf.toEpochDay();
            this.yearStart = (int) asOf.withDayOfYear(1).toEpochDay();
            this.bandFrom = new int[OverviewAgeBand.BANDS.size()];
            for (int b = 0; b < bandFrom.length; b++) {
                bandFrom[b] = (int) OverviewBirthWindow.lastBirthReaching(OverviewAgeBand.BANDS.get(b).fromYears(), asOf);
            }
            this.children = children;
            this.windows = windows;
            this.tallies = tallies;
        }

        void run(OverviewBlock block, String prefix, long[] replaced) {
            int firstRegion = block.regionLowerBound(prefix);
            int endRegion = block.regionLowerBound(prefix + ":");  // ':' follows '9'
            int bands = bandFrom.length;
            for (int r = firstRegion; r < endRegion; r++) {
                String region = block.regions[r];
                long[] c = tallies[childOf(region)].counts;
                int[] window = windows.apply(region);
                for (int p = block.regionStart[r], end = block.regionStart[r + 1]; p < end; p++) {
                    if ((replaced != null && (replaced[p >>> 6] & 1L << p) != 0) || block.registered[p] > asOfDay) {
                        continue;
                    }
                    int attr = block.attrs[p] & 0xff;
                    int cert = attr >>> OverviewBlock.CERT_SHIFT;
                    if (cert != OverviewBlock.CERT_COUNTED) {
                        c[cert == OverviewBlock.CERT_REVOKED ? OverviewTally.REVOKED : OverviewTally.DECEASED]++;
                        continue;
                    }
                    c[OverviewTally.TOTAL]++;
                    c[OverviewTally.CATEGORY + (attr & 7)]++;
                    c[OverviewTally.GRADE + (attr >>> OverviewBlock.GRADE_SHIFT & 3)]++;
                    int female = (attr & OverviewBlock.FEMALE) != 0 ? 1 : 0;
                    c[OverviewTally.SEX + female]++;
                    int birth = block.births[p];
                    int band = 0;
                    while (band + 1 < bands && birth <= bandFrom[band + 1]) {
                        band++;
                    }
                    c[OverviewTally.BAND + band]++;

                    int status = OverviewTally.NO_STATUS;
                    int first = block.eventStart[p];
                    int k = block.eventStart[p + 1] - 1;
                    while (k >= first && block.eventDays[k] > asOfDay) {
                        k--;
                    }
                    if (k >= first) {
                        status = (block.eventFlags[k] & OverviewBlock.EMPLOYED) != 0 ? OverviewTally.EMPLOYED : OverviewTally.NOT_EMPLOYED;
                        for (int e = k; e >= first && block.eventDays[e] >= yearStart; e--) {
                            if ((block.eventFlags[e] & OverviewBlock.MOVE_INTO_WORK) != 0) {
                                c[OverviewTally.NEW_EMPLOYMENT]++;
                                break;
                            }
                        }
                    }
                    c[status]++;
                    if (birth >= window[2 * female] && birth <= window[2 * female + 1]) {
                        c[OverviewTally.WORKING_AGE]++;
                        c[status + OverviewTally.WORKING_AGE_OFFSET]++;
                    }
                }
            }
        }

        /** The index of the child whose prefix {@code region} starts with, or the last tally for none. */
        private int childOf(String region) {
            return ChildRegions.indexOf(children, region);
        }
    }
}
