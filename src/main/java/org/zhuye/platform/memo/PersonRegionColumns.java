package org.zhuye.platform.memo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of persons as primitive columns ordered by person, immutable: each row a person, the region the person
 * is registered in, and two whole numbers whose meaning is the holder's (a course kind and a result day; a
 * referral day and a hire day). What a {@link PersonRowsIndex} keeps, so that a province's figure is one pass
 * with no object per row. Each person's rows carry that person's one region, as they are read joined to the
 * registry.
 */
public final class PersonRegionColumns {

    /** One row as read. */
    public record Row(long person, String region, int a, int b) {
    }

    public static final PersonRegionColumns EMPTY = new PersonRegionColumns(new long[0], new int[0], new int[0], new int[0],
            new String[0]);

    private final long[] person;
    private final int[] region;
    private final int[] a;
    private final int[] b;
    /** The region codes rows point into, each once, in no order. */
    private final String[] regions;

    private PersonRegionColumns(long[] person, int[] region, int[] a, int[] b, String[] regions) {
        this.person = person;
        this.region = region;
        this.a = a;
        this.b = b;
        this.regions = regions;
    }

    public static PersonRegionColumns of(Collection<Row> rows) {
        Set<Long> persons = new java.util.HashSet<>();
        rows.forEach(r -> persons.add(r.person()));
        return EMPTY.with(persons, rows);
    }

    /**
     * These columns with every row of {@code persons} replaced by {@code rows}, which must all be of those
     * persons; the same object when nothing differs, so answers kept for it stay good.
     */
    public PersonRegionColumns with(Set<Long> persons, Collection<Row> rows) {
        for (Row r : rows) {
            if (!persons.contains(r.person())) {
                throw new IllegalArgumentException("a row of a person not named as changed: " + r.person());
            }
        }
        if (rows.isEmpty() && persons.stream().noneMatch(p -> Arrays.binarySearch(person, p) >= 0)) {
            return this;  // most registry changes touch none of these persons
        }
        List<Row> fresh = new ArrayList<>(rows);
        fresh.sort(Comparator.comparingLong(Row::person).thenComparingInt(Row::a).thenComparingInt(Row::b));
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
        int[] nA = new int[n];
        int[] nB = new int[n];
        int i = 0;
        int f = 0;
        for (int out = 0; out < n; out++) {
            while (i < person.length && persons.contains(person[i])) {
                i++;  // replaced
            }
            // Both runs are ordered by person and never share one: take the lower.
            if (f < fresh.size() && (i == person.length || fresh.get(f).person() < person[i])) {
                Row r = fresh.get(f++);
                nPerson[out] = r.person();
                nRegion[out] = codes.computeIfAbsent(r.region(), code -> {
                    regionList.add(code);
                    return regionList.size() - 1;
                });
                nA[out] = r.a();
                nB[out] = r.b();
            } else {
                nPerson[out] = person[i];
                nRegion[out] = region[i];
                nA[out] = a[i];
                nB[out] = b[i];
                i++;
            }
        }
        PersonRegionColumns changed = new PersonRegionColumns(nPerson, nRegion, nA, nB, regionList.toArray(String[]::new));
        return changed.sameRowsAs(this) ? this : changed;
    }

    private boolean sameRowsAs(PersonRegionColumns other) {
        if (!Arrays.equals(other.person, person) || !Arrays.equals(other.a, a) || !Arrays.equals(other.b, b)) {
            return false;
        }
        for (int i = 0; i < region.length; i++) {
            if (!regions[region[i]].equals(other.regions[other.region[i]])) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return person.length;
    }

    public long person(int row) {
        return person[row];
    }

    /** Index of the row's region among {@link #regionCount()} codes ({@link #regionCode}). */
    public int region(int row) {
        return region[row];
    }

    public int a(int row) {
        return a[row];
    }

    public int b(int row) {
        return b[row];
    }

    public int regionCount() {
        return regions.length;
    }

    public String regionCode(int index) {
        return regions[index];
    }
}
