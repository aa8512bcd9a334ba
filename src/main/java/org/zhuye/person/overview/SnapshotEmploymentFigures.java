package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.person.EmploymentFigures;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * {@link EmploymentFigures} from the {@link OverviewSnapshot}: one pass over the region's range of the base
 * block (skipping replaced persons) and the delta. The dashboard asks for many indicators of the same
 * region and period (新增就业 and each form, 城镇, 农村), so the answers are kept for the snapshot and the
 * working-age rules they were counted from ({@link SnapshotAnswers}) and dropped as soon as a change makes a new
 * one: an answer is never older than the snapshot, which is never more than a commit behind.
 */
@Service
@JurisdictionScoped
class SnapshotEmploymentFigures implements EmploymentFigures {

    private static final int CACHED = 256;

    private final OverviewSnapshots snapshots;
    private final WorkingAgeRules rules;
    private final JdbcClient jdbc;
    private final SnapshotAnswers answers = new SnapshotAnswers(CACHED);

    SnapshotEmploymentFigures(OverviewSnapshots snapshots, WorkingAgeRules rules, JdbcClient jdbc) {
        this.snapshots = snapshots;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public Moves countMoves(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return new Moves(region.value(), Map.of());
        }
        OverviewSnapshot snapshot = snapshots.current();
        return cached(snapshot, "m" + region.value() + from + to, () -> moves(snapshot, region, (int) from.toEpochDay(), (int) to.toEpochDay()));
    }

    @Override
    public Employed countEmployed(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return new Employed(region.value(), day, Map.of());
        }
        OverviewSnapshot snapshot = snapshots.current();
        return cached(snapshot, "e" + region.value() + day, () -> {
            Map<String, long[]> byKey = new TreeMap<>();
            new WorkingAgeScan(snapshot, region, day, RegionOverview.windowsOf(rules.table(), day)) {
                @Override
                void found(String key, long id, boolean employed) {
                    long[] cells = byKey.computeIfAbsent(key, k -> new long[2]);
                    cells[1]++;
                    if (employed) {
                        cells[0]++;
                    }
                }
            }.run();
            return new Employed(region.value(), day, Map.copyOf(byKey));
        });
    }

    @Override
    public WorkingAgePage listWorkingAge(RegionCode region, LocalDate day, boolean employedOnly, Jurisdiction jurisdiction,
                                         int offset, int limit) {
        if (!jurisdiction.contains(region)) {
            return new WorkingAgePage(0, List.of());
        }
        long[][] found = {new long[1024]};
        int[] count = {0};
        new WorkingAgeScan(snapshots.current(), region, day, RegionOverview.windowsOf(rules.table(), day)) {
            @Override
            void found(String key, long id, boolean employed) {
                if (employedOnly && !employed) {
                    return;
                }
                if (count[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], count[0] * 2);
                }
                // The id and the employed mark in one long: ids stay far below 2^62.
                found[0][count[0]++] = id << 1 | (employed ? 1 : 0);
            }
        }.run();
        long[] marked = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(marked);
        int first = (int) Math.min(offset, marked.length);
        int last = (int) Math.min((long) first + limit, marked.length);
        Long[] ids = new Long[last - first];
        Map<Long, Boolean> employedById = new HashMap<>();
        for (int i = first; i < last; i++) {
            ids[i - first] = marked[i] >>> 1;
            employedById.put(marked[i] >>> 1, (marked[i] & 1) != 0);
        }
        List<WorkingAgePerson> rows = ids.length == 0 ? List.of() : jdbc.sql(
                        "SELECT id, name, cert_masked, region_code FROM person WHERE id = ANY(?) ORDER BY id")
                .param(ids)
                .query((rs, i) -> new WorkingAgePerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        employedById.get(rs.getLong(1))))
                .list();
        return new WorkingAgePage(marked.length, rows);
    }

    private static Moves moves(OverviewSnapshot snapshot, RegionCode region, int from, int to) {
        Map<String, long[]> byKey = new TreeMap<>();
        countMoves(snapshot.base(), snapshot, true, region, from, to, byKey);
        countMoves(snapshot.delta(), snapshot, false, region, from, to, byKey);
        return new Moves(region.value(), Map.copyOf(byKey));
    }

    private static void countMoves(OverviewBlock block, OverviewSnapshot snapshot, boolean isBase, RegionCode region,
                                   int from, int to, Map<String, long[]> byKey) {
        String prefix = region.significantPrefix();
        int endRegion = block.regionLowerBound(prefix + ":");  // ':' follows '9'
        for (int r = block.regionLowerBound(prefix); r < endRegion; r++) {
            long[] cells = null;
            for (int p = block.regionStart[r], end = block.regionStart[r + 1]; p < end; p++) {
                if (isBase && snapshot.isReplaced(p)) {
                    continue;
                }
                for (int e = block.eventStart[p], last = block.eventStart[p + 1]; e < last; e++) {
                    int day = block.eventDays[e];
                    if (day > to) {
                        break;
                    }
                    byte flags = block.eventFlags[e];
                    if (day >= from && (flags & OverviewBlock.MOVE_INTO_WORK) != 0) {
                        if (cells == null) {
                            cells = byKey.computeIfAbsent(keyOf(region, block.regions[r]), k -> new long[FORMS * 2]);
                        }
                        cells[OverviewBlock.form(flags) * 2 + ((flags & OverviewBlock.RURAL) != 0 ? 1 : 0)]++;
                    }
                }
            }
        }
    }

    /** The direct child holding a registered region, or the region itself for a village or its own code (本级). */
    static String keyOf(RegionCode region, String registered) {
        String child = region.childHolding(registered);
        return child == null ? region.value() : child;
    }

    private <T> T cached(OverviewSnapshot snapshot, String key, java.util.function.Supplier<T> compute) {
        return answers.get(List.of(snapshot, rules.table()), key, compute);
    }

    /** Persons of working age on a day under a region, by the overview's rule; {@link #found} for each. */
    private abstract static class WorkingAgeScan {

        private final OverviewSnapshot snapshot;
        private final RegionCode region;
        private final int day;
        private final Function<String, int[]> windows;

        WorkingAgeScan(OverviewSnapshot snapshot, RegionCode region, LocalDate day, Function<String, int[]> windows) {
            this.snapshot = snapshot;
            this.region = region;
            this.day = (int) day.toEpochDay();
            this.windows = windows;
        }

        abstract void found(String key, long id, boolean employed);

        void run() {
            scan(snapshot.base(), true);
            scan(snapshot.delta(), false);
        }

        private void scan(OverviewBlock block, boolean isBase) {
            String prefix = region.significantPrefix();
            int endRegion = block.regionLowerBound(prefix + ":");
            for (int r = block.regionLowerBound(prefix); r < endRegion; r++) {
                String key = keyOf(region, block.regions[r]);
                int[] window = windows.apply(block.regions[r]);
                for (int p = block.regionStart[r], end = block.regionStart[r + 1]; p < end; p++) {
                    if ((isBase && snapshot.isReplaced(p)) || block.registered[p] > day) {
                        continue;
                    }
                    int attr = block.attrs[p] & 0xff;
                    if (attr >>> OverviewBlock.CERT_SHIFT != OverviewBlock.CERT_COUNTED) {
                        continue;
                    }
                    int female = (attr & OverviewBlock.FEMALE) != 0 ? 1 : 0;
                    int birth = block.births[p];
                    if (birth < window[2 * female] || birth > window[2 * female + 1]) {
                        continue;
                    }
                    int k = block.eventStart[p + 1] - 1;
                    while (k >= block.eventStart[p] && block.eventDays[k] > day) {
                        k--;
                    }
                    found(key, block.ids[p], k >= block.eventStart[p] && (block.eventFlags[k] & OverviewBlock.EMPLOYED) != 0);
                }
            }
        }
    }
}
