package org.zhuye.institution.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;

/**
 * What every institution of one kind shares in a year's ratings: the province's served persons of that kind
 * (the baseline population), the baseline rates of placement and retention and the county factors. Formed
 * once for a compute of the year, then asked per institution.
 */
final class KindYear {

    private final Map<Long, List<ServedRecords.Served>> byInstitution;
    private final Baseline placement;
    private final Baseline retention;
    private final Map<String, Double> countyFactors;
    private final LocalDate ageDay;
    private final LocalDate asOf;

    KindYear(List<ServedRecords.Served> served, List<ServedRecords.CountyGroup> counties, WorkingAge workingAge, int k,
             int year, LocalDate asOf) {
        this.asOf = asOf;
        this.ageDay = LocalDate.of(year, 12, 31).isAfter(asOf) ? asOf : LocalDate.of(year, 12, 31);
        this.byInstitution = served.stream().collect(Collectors.groupingBy(ServedRecords.Served::institutionId));
        this.placement = new Baseline(served.stream()
                .map(s -> new Baseline.Observation(cell(s), s.placed())).toList(), k);
        this.retention = new Baseline(served.stream().filter(s -> s.inRetentionBase(asOf))
                .map(s -> new Baseline.Observation(cell(s), s.retained(asOf))).toList(), k);
        this.countyFactors = factors(counties, workingAge, ageDay);
    }

    /** Each county's employment rate of working-age registry persons over the province's, bounded. */
    private static Map<String, Double> factors(List<ServedRecords.CountyGroup> groups, WorkingAge workingAge, LocalDate day) {
        Map<String, int[]> counties = new HashMap<>();
        int persons = 0;
        int employed = 0;
        for (ServedRecords.CountyGroup g : groups) {
            // a birth month's persons are of working age together, as the rule goes by birth month
            if (!workingAge.isOfWorkingAge("M".equals(g.sex()) ? Sex.MALE : Sex.FEMALE, g.birthMonth(), day)) {
                continue;
            }
            int[] tally = counties.computeIfAbsent(g.county(), c -> new int[2]);
            tally[0] += g.persons();
            tally[1] += g.employed();
            persons += g.persons();
            employed += g.employed();
        }
        double province = persons == 0 ? 0 : (double) employed / persons;
        Map<String, Double> factors = new HashMap<>();
        counties.forEach((county, t) -> factors.put(county, ExpectedOutcomes.countyFactor((double) t[1] / t[0], province)));
        return factors;
    }

    Cell cell(ServedRecords.Served s) {
        return Cell.of(s.category(), s.grade(), s.ageOn(ageDay));
    }

    double countyFactor(String county) {
        return countyFactors.getOrDefault(county, 1.0);
    }

    List<ServedRecords.Served> servedBy(long institutionId) {
        return byInstitution.getOrDefault(institutionId, List.of());
    }

    RatingFigures figures(long institutionId, int capacity, Integer trainingEnded, Integer trainingCompleted) {
        List<ServedRecords.Served> served = servedBy(institutionId);
        return new RatingFigures(served.size(), capacity, (int) served.stream().filter(ServedRecords.Served::placed).count(),
                (int) served.stream().filter(s -> s.retained(asOf)).count(),
                (int) served.stream().filter(s -> s.inRetentionBase(asOf)).count(), trainingEnded, trainingCompleted);
    }

    ExpectedOutcomes.Expectation expectedPlaced(long institutionId) {
        return ExpectedOutcomes.expect(servedBy(institutionId).stream()
                .map(s -> new ExpectedOutcomes.Subject(cell(s), s.county())).toList(), placement, this::countyFactor);
    }

    /** Retention is expected of those in the retention base only: they are the ones it is measured on. */
    ExpectedOutcomes.Expectation expectedRetained(long institutionId) {
        return ExpectedOutcomes.expect(servedBy(institutionId).stream().filter(s -> s.inRetentionBase(asOf))
                .map(s -> new ExpectedOutcomes.Subject(cell(s), s.county())).toList(), retention, this::countyFactor);
    }
}
