package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The one-pass ranking over the columns: hard filters on primitives, the score of each survivor,
 * the top k kept in a min-heap of (score, row) packed into longs; then only those k are explained
 * by {@link Matcher}, so the answer and its explanation come from the same rules.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * The best {@code limit} candidates for {@code o} among seekers living under {@code regionPrefix}
     * (the caller's jurisdiction), best first, explained.
     */
    static List<Match> candidates(SeekerColumns c, Opening o, String regionPrefix, MatchWeights w, LocalDate today, int limit) {
        if (!o.published() || o.openUntil().isBefore(today) || limit <= 0) {
            return List.of();
        }
        int day = (int) today.toEpochDay();
        long unit = Fit.TENS[12 - regionPrefix.length()];
        long areaFrom = (regionPrefix.isEmpty() ? 0 : Long.parseLong(regionPrefix)) * unit;
        long areaTo = areaFrom + unit;
        long work = Fit.region(o.regionCode());
        long[][] reach = Fit.reach(work);
        long[] lo = reach[0];
        long[] hi = reach[1];
        int demands = Fit.pack(o.demands().toArray());
        int features = PostingColumns.featureMask(o);
        int mode = 1 << o.workMode().ordinal();
        int hours = o.hoursPerWeek();
        boolean travels = o.workMode().needsTravel();
        int minEducation = Education.rank(o.minEducation());
        int categories = Matcher.categoryMask(o.suitableCategories());
        String occupation = o.occupationCode();
        TopK top = new TopK(limit);
        for (int i = 0; i < c.size; i++) {
            long home = c.home[i];
            if ((c.flags[i] & SeekerColumns.NOT_A_CANDIDATE_PERSON) != 0
                    || home < areaFrom || home >= areaTo
                    || (c.modes[i] & mode) == 0
                    || hours > c.hoursMax[i]
                    || day < c.ageFrom[i] || day >= c.ageUntil[i]
                    || !Fit.needsMet(c.needs[i], features)
                    || !Fit.demandsMet(c.capabilities[i], demands)
                    || (travels && (home < lo[c.travelDigits[i]] || home >= hi[c.travelDigits[i]]))) {
                continue;
            }
            int score = Fit.score(w, Fit.occupation(c.occupations[i], occupation), Fit.education(c.education[i], minEducation),
                    Fit.wage(c.wage[i], o.wageMax()), Fit.distance(home, work, lo, hi, travels), Fit.category(c.category[i], categories),
                    Fit.ability(c.ability[i]));
            top.offer(score, i);
        }
        List<Match> found = new ArrayList<>();
        for (int i : top.rowsBestFirst()) {
            found.add(Matcher.match(c.seeker(i), o, w, today, true));
        }
        return found;
    }

    /** The best {@code limit} eligible postings for one seeker among those {@code shown} lets through, best first. */
    static List<Match> postings(PostingColumns p, Seeker s, MatchWeights w, LocalDate today, int limit, IntPredicate shown) {
        List<Match> found = new ArrayList<>();
        if (limit <= 0 || !Matcher.personExclusions(s, today, false).isEmpty()) {
            return found;  // the person is not of working age, in work without wanting a change, …: nothing fits
        }
        int day = (int) today.toEpochDay();
        long home = Fit.region(s.regionCode());
        int caps = Fit.pack(s.capabilities().toArray());
        int needs = 0;
        for (var f : s.needs()) {
            needs |= 1 << f.ordinal();
        }
        int modes = 0;
        for (var m : s.workModes()) {
            modes |= 1 << m.ordinal();
        }
        int reach = s.travelRange().prefixLength();
        int education = Education.rank(s.education());
        int wage = s.wageExpectation() == null ? -1 : s.wageExpectation();
        String[] occupations = s.occupationCodes().toArray(String[]::new);
        TopK top = new TopK(limit);
        for (int i = 0; i < p.size; i++) {
            if (p.openUntil[i] < day
                    || (modes & (1 << p.mode[i])) == 0
                    || p.hours[i] > s.hoursPerWeekMax()
                    || !Fit.needsMet(needs, p.features[i])
                    || !Fit.demandsMet(caps, p.demands[i])
                    || (p.travels[i] && !Fit.sameUpTo(home, p.workplace[i], reach))
                    || !shown.test(i)) {
                continue;
            }
            int score = Fit.score(w, Fit.occupation(occupations, p.occupation[i]), Fit.education(education, p.minEducation[i]),
                    Fit.wage(wage, p.wageMax[i]), Fit.distance(home, p.workplace[i], p.travels[i]),
                    Fit.category(s.category(), p.categories[i]), Fit.ability(s.abilityLevel()));
            top.offer(score, i);
        }
        for (int i : top.rowsBestFirst()) {
            found.add(Matcher.match(s, p.openings[i], w, today, false));
        }
        return found;
    }

    /** Top k of (score, row): a min-heap of longs, score in the high bits, ties to the lower row. */
    static final class TopK {
        private final long[] heap;
        private int size;

        TopK(int k) {
            heap = new long[k];
        }

        void offer(int score, int row) {
            long key = ((long) score << 32) | (Integer.MAX_VALUE - row);
            if (size < heap.length) {
                heap[size] = key;
                up(size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                down(0);
            }
        }

        int[] rowsBestFirst() {
            long[] keys = java.util.Arrays.copyOf(heap, size);
            java.util.Arrays.sort(keys);
            int[] rows = new int[size];
            for (int i = 0; i < size; i++) {
                rows[i] = Integer.MAX_VALUE - (int) (keys[size - 1 - i] & 0xFFFFFFFFL);
            }
            return rows;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (heap[parent] <= heap[i]) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int min = i;
                if (l < size && heap[l] < heap[min]) {
                    min = l;
                }
                if (r < size && heap[r] < heap[min]) {
                    min = r;
                }
                if (min == i) {
                    return;
                }
                swap(i, min);
                i = min;
            }
        }

        private void swap(int a, int b) {
            long t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}
