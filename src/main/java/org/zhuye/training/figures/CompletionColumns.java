package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;

/**
 * Every completed enrolment as primitive columns ordered by person, immutable: what {@link PersonTimeTally}
 * counts, held so that one region's figures of all kinds are a single pass with no objects per row. Each
 * person's rows carry that person's one registered region (they are read joined to the registry), so a person
 * falls in one child region and is counted once there per kind, as the tally counts them.
 */
final class CompletionColumns {

    static final CompletionColumns EMPTY = new CompletionColumns(new long[0], new int[0], new byte[0], new int[0], new String[0]);

    private static final CourseKind[] KINDS = CourseKind.values();

    private final long[] person;
    private final int[] region;
    private final byte[] kind;
    private final int[] day;
    /** Region codes the rows point into (each once, in no order). */
    private final String[] regions;

    private CompletionColumns(long[] person, int[] region, byte[] kind, int[] day, String[] regions) {
        this.person = person;
        this.region = region;
        this.kind = kind;
        this.day = day;
        this.regions = regions;
    }

    /** The completed ones among {@code enrolments} (any order; others are left out). */
    static CompletionColumns of(Collection<PersonTimeTally.Enrolment> enrolments) {
        Set<Long> persons = new java.util.HashSet<>();
        enrolments.forEach(e -> persons.add(e.personId()));
        return EMPTY.with(persons, enrolments);
    }

    int size() {
        return person.length;
    }

    /**
     * These columns with every row of {@code persons} replaced by the completed ones among {@code rows}, which
     * must all be of those persons; the same object when nothing differs, so answers kept for it stay good.
     */
    CompletionColumns with(Set<Long> persons, Collection<PersonTimeTally.Enrolment> rows) {
        List<PersonTimeTally.Enrolment> fresh = new ArrayList<>();
        for (PersonTimeTally.Enrolment e : rows) {
            if (!persons.contains(e.personId())) {
                throw new IllegalArgumentException("an enrolment of a person not named as changed: " + e.personId());
            }
            if (e.result() != null && e.result().completed() && e.resultOn() != null) {
                fresh.add(e);
            }
        }
        if (fresh.isEmpty() && persons.stream().noneMatch(p -> Arrays.binarySearch(person, p) >= 0)) {
            return this;  // most registry changes touch no trainee
        }
        fresh.sort(java.util.Comparator.comparingLong(PersonTimeTally.Enrolment::personId)
                .thenComparing(PersonTimeTally.Enrolment::resultOn).thenComparing(PersonTimeTally.Enrolment::kind));
        Map<String, Integer> codes = new HashMap<>();
        List<String> regionList = new ArrayList<>(Arrays.asList(regions));
        for (int r = 0; r < regions.length; r++) {
            codes.put(regions[r], r);
        }
        int kept = 0;
        for (long p : person) {
            kept += persons.contains(p) ? 0 : 1;
        }
        int n = kept + fresh.size();
        long[] nPerson = new long[n];
        int[] nRegion = new int[n];
        byte[] nKind = new byte[n];
        int[] nDay = new int[n];
        int i = 0;
        int f = 0;
        for (int out = 0; out < n; out++) {
            while (i < person.length && persons.contains(person[i])) {
                i++;  // replaced
            }
            // Both runs are ordered by person and never share one: take the lower.
            if (f < fresh.size() && (i == person.length || fresh.get(f).personId() < person[i])) {
                PersonTimeTally.Enrolment e = fresh.get(f++);
                nPerson[out] = e.personId();
                nRegion[out] = codes.computeIfAbsent(e.personRegion(), code -> {
                    regionList.add(code);
                    return regionList.size() - 1;
                });
                nKind[out] = (byte) e.kind().ordinal();
                nDay[out] = (int) e.resultOn().toEpochDay();
            } else {
                nPerson[out] = person[i];
                nRegion[out] = region[i];
                nKind[out] = kind[i];
                nDay[out] = day[i];
                i++;
            }
        }
        CompletionColumns changed = new CompletionColumns(nPerson, nRegion, nKind, nDay, regionList.toArray(String[]::new));
        return changed.sameRowsAs(this) ? this : changed;
    }

    private boolean sameRowsAs(CompletionColumns other) {
        if (other.person.length != person.length || !Arrays.equals(other.person, person) || !Arrays.equals(other.kind, kind)
                || !Arrays.equals(other.day, day)) {
            return false;
        }
        for (int i = 0; i < region.length; i++) {
            if (!regions[region[i]].equals(other.regions[other.region[i]])) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link PersonTimeTally#tally} of all kinds (key null) and of each kind, for {@code area} and the days
     * {@code from} to {@code to}, equal to the tally's over the same enrolments.
     */
    Map<CourseKind, TrainingFigures> figuresOfEachKind(RegionCode area, LocalDate from, LocalDate to) {
        Buckets buckets = new Buckets(area, regions);
        int slots = KINDS.length + 1;  // slot 0: all kinds
        long[] times = new long[buckets.count * slots];
        long[] persons = new long[buckets.count * slots];
        int fromDay = (int) from.toEpochDay();
        int toDay = (int) to.toEpochDay();
        int i = 0;
        while (i < person.length) {
            long p = person[i];
            int mask = 0;
            int bucket = -1;
            for (; i < person.length && person[i] == p; i++) {
                int b = buckets.of[region[i]];
                if (b < 0 || day[i] < fromDay || day[i] > toDay) {
                    continue;
                }
                bucket = b;
                times[b * slots]++;
                times[b * slots + 1 + kind[i]]++;
                mask |= 1 << kind[i];
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
        Map<CourseKind, TrainingFigures> figures = new HashMap<>();
        for (int slot = 0; slot < slots; slot++) {
            CourseKind only = slot == 0 ? null : KINDS[slot - 1];
            figures.put(only, buckets.figures(area, from, to, only, slot, slots, times, persons));
        }
        return figures;
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

        Buckets(RegionCode area, String[] regions) {
            String prefix = area.significantPrefix();
            int childLength = area.childPrefixLength();
            hasChildren = childLength > 0;
            of = new int[regions.length];
            String[] childOf = new String[regions.length];
            TreeMap<String, Integer> sorted = new TreeMap<>();
            for (int r = 0; r < regions.length; r++) {
                if (!regions[r].startsWith(prefix)) {
                    of[r] = -1;
                } else if (hasChildren && !regions[r].substring(prefix.length(), childLength).chars().allMatch(c -> c == '0')) {
                    childOf[r] = RegionCode.of(regions[r].substring(0, childLength)).value();
                    sorted.put(childOf[r], 0);
                }
            }
            children = new ArrayList<>(sorted.keySet());
            int index = 1;
            for (Map.Entry<String, Integer> child : sorted.entrySet()) {
                child.setValue(index++);
            }
            for (int r = 0; r < regions.length; r++) {
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
