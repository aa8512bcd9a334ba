package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.zhuye.platform.memo.PersonRegionColumns;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EachKind;

/**
 * Every completed enrolment as {@link PersonRegionColumns} (the course kind's ordinal, the result's epoch day),
 * immutable: what {@link PersonTimeTally} counts, held so that one region's figures of all kinds are a single
 * pass with no objects per row. A person's rows carry the person's one region, so a person falls in one child
 * region and is counted once there per kind, as the tally counts them.
 */
final class CompletionColumns {

    static final CompletionColumns EMPTY = new CompletionColumns(PersonRegionColumns.EMPTY);

    private static final CourseKind[] KINDS = CourseKind.values();

    private final PersonRegionColumns rows;

    private CompletionColumns(PersonRegionColumns rows) {
        this.rows = rows;
    }

    /** Columns read as {@link #row} makes their rows. */
    static CompletionColumns over(PersonRegionColumns rows) {
        return new CompletionColumns(rows);
    }

    /** A completed enrolment as the columns keep it: the kind's ordinal and the result's epoch day. */
    static PersonRegionColumns.Row row(long personId, String personRegion, CourseKind kind, LocalDate resultOn) {
        return new PersonRegionColumns.Row(personId, personRegion, kind.ordinal(), (int) resultOn.toEpochDay());
    }

    /** The completed ones among {@code enrolments} (any order; others are left out). */
    static CompletionColumns of(Collection<PersonTimeTally.Enrolment> enrolments) {
        return new CompletionColumns(PersonRegionColumns.of(completed(enrolments)));
    }

    int size() {
        return rows.size();
    }

    /**
     * These columns with every row of {@code persons} replaced by the completed ones among {@code enrolments},
     * which must all be of those persons; the same object when nothing differs, so answers kept for it stay good.
     */
    CompletionColumns with(Set<Long> persons, Collection<PersonTimeTally.Enrolment> enrolments) {
        PersonRegionColumns changed = rows.with(persons, completed(enrolments));
        return changed == rows ? this : new CompletionColumns(changed);
    }

    private static List<PersonRegionColumns.Row> completed(Collection<PersonTimeTally.Enrolment> enrolments) {
        return enrolments.stream()
                .filter(e -> e.result() != null && e.result().completed() && e.resultOn() != null)
                .map(e -> row(e.personId(), e.personRegion(), e.kind(), e.resultOn()))
                .toList();
    }

    /**
     * {@link PersonTimeTally#tally} of all kinds and of each kind, for {@code area} and the days
     * {@code from} to {@code to}, equal to the tally's over the same enrolments.
     */
    EachKind<TrainingFigures> figuresOfEachKind(RegionCode area, LocalDate from, LocalDate to) {
        Buckets buckets = new Buckets(area, rows);
        int slots = KINDS.length + 1;  // slot 0: all kinds
        long[] times = new long[buckets.count * slots];
        long[] persons = new long[buckets.count * slots];
        int fromDay = (int) from.toEpochDay();
        int toDay = (int) to.toEpochDay();
        int n = rows.size();
        int i = 0;
        while (i < n) {
            long p = rows.person(i);
            int mask = 0;
            int bucket = -1;
            for (; i < n && rows.person(i) == p; i++) {
                int b = buckets.of[rows.region(i)];
                int day = rows.b(i);
                if (b < 0 || day < fromDay || day > toDay) {
                    continue;
                }
                int kind = rows.a(i);
                bucket = b;
                times[b * slots]++;
                times[b * slots + 1 + kind]++;
                mask |= 1 << kind;
            }
            if (mask != 0) {
                persons[bucket * slots]++;
                for (int k = 0; k < KINDS.length; k++) {
                    if ((mask & 1 << k) != 0) {
                        persons[bucket * slots + 1 + k]++;
                    }
                }
            }
        }
        Map<CourseKind, TrainingFigures> each = new EnumMap<>(CourseKind.class);
        for (int slot = 1; slot < slots; slot++) {
            each.put(KINDS[slot - 1], buckets.figures(area, from, to, KINDS[slot - 1], slot, slots, times, persons));
        }
        return new EachKind<>(buckets.figures(area, from, to, null, 0, slots, times, persons), each);
    }

    /**
     * Where each region code falls under an area: bucket 0 holds those registered at the area itself (or every
     * one, for an area without children), buckets 1.. the area's children in code order, -1 outside the area.
     */
    private static final class Buckets {
        final int[] of;
        final List<String> children;
        final int count;
        final boolean hasChildren;

        Buckets(RegionCode area, PersonRegionColumns rows) {
            String prefix = area.significantPrefix();
            int childLength = area.childPrefixLength();
            hasChildren = childLength > 0;
            int regions = rows.regionCount();
            of = new int[regions];
            String[] childOf = new String[regions];
            TreeMap<String, Integer> sorted = new TreeMap<>();
            for (int r = 0; r < regions; r++) {
                String code = rows.regionCode(r);
                if (!code.startsWith(prefix)) {
                    of[r] = -1;
                } else if (hasChildren && !code.substring(prefix.length(), childLength).chars().allMatch(c -> c == '0')) {
                    childOf[r] = RegionCode.of(code.substring(0, childLength)).value();
                    sorted.put(childOf[r], 0);
                }
            }
            children = new ArrayList<>(sorted.keySet());
            int index = 1;
            for (Map.Entry<String, Integer> child : sorted.entrySet()) {
                child.setValue(index++);
            }
            for (int r = 0; r < regions; r++) {
                if (childOf[r] != null) {
                    of[r] = sorted.get(childOf[r]);
                }
            }
            count = children.size() + 1;
        }

        TrainingFigures figures(RegionCode area, LocalDate from, LocalDate to, CourseKind only, int slot, int slots,
                                long[] times, long[] persons) {
            long totalTimes = 0;
            long totalPersons = 0;
            Map<CourseKind, TrainingFigures.Counts> byKind = new EnumMap<>(CourseKind.class);
            for (CourseKind k : KINDS) {
                byKind.put(k, TrainingFigures.Counts.NONE);
            }
            long[] kindTimes = new long[KINDS.length];
            long[] kindPersons = new long[KINDS.length];
            List<TrainingFigures.Row> rows = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                long t = times[b * slots + slot];
                long p = persons[b * slots + slot];
                totalTimes += t;
                totalPersons += p;
                for (int k = 0; k < KINDS.length; k++) {
                    if (only == null || only == KINDS[k]) {
                        kindTimes[k] += times[b * slots + 1 + k];
                        kindPersons[k] += persons[b * slots + 1 + k];
                    }
                }
                if (b > 0 && t > 0) {
                    rows.add(new TrainingFigures.Row(children.get(b - 1), new TrainingFigures.Counts(t, p)));
                }
            }
            for (int k = 0; k < KINDS.length; k++) {
                byKind.put(KINDS[k], new TrainingFigures.Counts(kindTimes[k], kindPersons[k]));
            }
            long unassignedTimes = times[slot];
            TrainingFigures.Counts unassigned = hasChildren && unassignedTimes > 0
                    ? new TrainingFigures.Counts(unassignedTimes, persons[slot]) : null;
            return new TrainingFigures(area.value(), from, to, only, new TrainingFigures.Counts(totalTimes, totalPersons),
                    List.copyOf(rows), unassigned, byKind);
        }
    }
}
