package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import org.zhuye.region.RegionCode;

/**
 * Tallies referral rows into {@link ReferralFigures}, pure. Rules: a referral counts in the period of
 * its day; its outcome is what it is today (a referral of March hired in May counts as a hire of March's
 * cohort, so the rate is a true funnel rate). Days to hire are calendar days from the referral to the
 * 录用 step; the median of an even count is the mean of the two middle values. Retention at n months
 * counts a hire only once its day plus n calendar months is today or earlier (younger hires are not yet
 * due and would only lower the rate), and asks {@code employedOn} — the registry's dated status, so a
 * follow-up that found the person had left, recorded as a move out of work, counts as lost too.
 */
public final class ReferralTally {

    static final int[] RETENTION_MONTHS = {3, 6, 12};

    /** A referral as the figures need it. */
    public record Row(long personId, String personRegion, ReferralStatus status, LocalDate referredOn, LocalDate statusOn) {
    }

    private ReferralTally() {
    }

    public static ReferralFigures tally(RegionCode region, LocalDate from, LocalDate to, Collection<Row> rows,
                                        Map<String, Long> exposuresByPlace, LocalDate today,
                                        BiPredicate<Row, LocalDate> employedOn) {
        Map<String, List<Row>> byChild = new TreeMap<>();
        Map<String, Long> exposuresByChild = new TreeMap<>();
        int childLength = region.childPrefixLength();
        for (Row row : rows) {
            if (childLength > 0) {
                byChild.computeIfAbsent(region.childHolding(row.personRegion()), k -> new ArrayList<>()).add(row);
            }
        }
        long allExposures = 0;
        for (Map.Entry<String, Long> place : exposuresByPlace.entrySet()) {
            allExposures += place.getValue();
            if (childLength > 0) {
                exposuresByChild.merge(region.childHolding(place.getKey()), place.getValue(), Long::sum);
            }
        }
        List<ReferralFigures.Row> children = new ArrayList<>();
        for (String child : union(byChild.keySet(), exposuresByChild.keySet())) {
            children.add(new ReferralFigures.Row(child, counts(byChild.getOrDefault(child, List.of()),
                    exposuresByChild.getOrDefault(child, 0L), today, employedOn)));
        }
        return new ReferralFigures(region.value(), from, to, counts(rows, allExposures, today, employedOn), children);
    }

    static ReferralFigures.Counts counts(Collection<Row> rows, long exposures, LocalDate today,
                                         BiPredicate<Row, LocalDate> employedOn) {
        long hires = 0;
        long rejected = 0;
        long declined = 0;
        long open = 0;
        List<Long> days = new ArrayList<>();
        long[] due = new long[RETENTION_MONTHS.length];
        long[] retained = new long[RETENTION_MONTHS.length];
        for (Row row : rows) {
            switch (row.status()) {
                case HIRED -> {
                    hires++;
                    days.add(ChronoUnit.DAYS.between(row.referredOn(), row.statusOn()));
                    for (int i = 0; i < RETENTION_MONTHS.length; i++) {
                        Boolean kept = retained(row, RETENTION_MONTHS[i], today, employedOn);
                        if (kept != null) {
                            due[i]++;
                            if (kept) {
                                retained[i]++;
                            }
                        }
                    }
                }
                case REJECTED -> rejected++;
                case DECLINED -> declined++;
                default -> open++;
            }
        }
        List<ReferralFigures.Retention> retention = new ArrayList<>();
        for (int i = 0; i < RETENTION_MONTHS.length; i++) {
            retention.add(new ReferralFigures.Retention(RETENTION_MONTHS[i], due[i], retained[i]));
        }
        return new ReferralFigures.Counts(rows.size(), hires, rejected, declined, open, exposures, median(days), retention);
    }

    /**
     * Whether a hire was still employed {@code months} calendar months after its day, by the registry's dated
     * status; null while that day is still after {@code today} (not yet due).
     */
    public static Boolean retained(Row hire, int months, LocalDate today, BiPredicate<Row, LocalDate> employedOn) {
        LocalDate day = hire.statusOn().plusMonths(months);
        return day.isAfter(today) ? null : employedOn.test(hire, day);
    }

    /** The median; of an even count the mean of the two middle values; null of none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
