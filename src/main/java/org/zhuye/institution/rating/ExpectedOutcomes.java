package org.zhuye.institution.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case-mix adjusted expectation of one outcome for one institution, as Australia's DES star ratings form it:
 * the sum over the institution's persons of the baseline rate of persons like them (their {@link Cell}),
 * times their county's factor, each person's chance at most 1. Actual over expected is the outcome's ratio
 * (1.0 = as expected), so an institution serving persons whom the market takes less is not marked down for it.
 */
public final class ExpectedOutcomes {

    /** A person counted in the expectation: their cell and county (6-digit region prefix). */
    public record Subject(Cell cell, String county) {
    }

    /** One cell and county of the institution: persons in it, the rate and how it was formed, their expectation. */
    public record Line(String cell, int persons, Baseline.CellRate rate, String county, double countyFactor,
                       double expected) {
    }

    /** The expected count and its lines. */
    public record Expectation(double expected, List<Line> lines) {

        public static final Expectation NONE = new Expectation(0, List.of());

        public Expectation {
            lines = List.copyOf(lines);
        }
    }

    /** The bounds of a county factor: a county's employment is at most this far from the province's taken into account. */
    public static final double FACTOR_MIN = 0.8;
    public static final double FACTOR_MAX = 1.25;

    private ExpectedOutcomes() {
    }

    /** A county's employment rate over the province's, bounded to FACTOR_MIN..FACTOR_MAX; 1 when the province has none. */
    public static double countyFactor(double countyRate, double provinceRate) {
        if (provinceRate <= 0) {
            return 1;
        }
        return Math.max(FACTOR_MIN, Math.min(FACTOR_MAX, countyRate / provinceRate));
    }

    public static Expectation expect(List<Subject> subjects, Baseline baseline, Function<String, Double> countyFactor) {
        Map<String, List<Subject>> groups = subjects.stream().collect(Collectors.groupingBy(
                s -> s.cell().category() + "|" + s.cell().gradeBand() + "|" + s.cell().ageBand() + "|" + s.county(),
                TreeMap::new, Collectors.toList()));
        List<Line> lines = new ArrayList<>();
        double total = 0;
        for (List<Subject> group : groups.values()) {
            Subject first = group.get(0);
            Baseline.CellRate rate = baseline.rate(first.cell());
            double factor = countyFactor.apply(first.county());
            double each = Math.min(1, rate.rate() * factor);
            double expected = each * group.size();
            total += expected;
            lines.add(new Line(first.cell().label(), group.size(), rate, first.county(), factor, expected));
        }
        lines.sort(Comparator.comparing(Line::persons).reversed());
        return new Expectation(Math.min(total, subjects.size()), lines);
    }
}
