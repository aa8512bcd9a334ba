package org.zhuye.jobs.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

class SyntheticPostingsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** As many units as the demo has (ten per 盟市 and four 自治区级). */
    static final List<SyntheticPostings.Unit> UNITS = LongStream.rangeClosed(1, 124)
            .mapToObj(id -> new SyntheticPostings.Unit(id, List.of("150402001000", "150402001001", "150402002001"))).toList();

    final List<SyntheticPostings.Plan> plans = new SyntheticPostings(15, TODAY).plans(UNITS);

    @Test
    void aboutThreeHundredPostingsUseEveryModeFeatureAndDemandLevel() {
        assertThat(plans).hasSizeBetween(250, 350);
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        Set<WorkplaceFeature> features = EnumSet.noneOf(WorkplaceFeature.class);
        Set<String> levels = new HashSet<>();
        Set<Character> majors = new HashSet<>();
        for (SyntheticPostings.Plan plan : plans) {
            PostingInput in = plan.input();
            modes.add(WorkMode.valueOf(in.workMode()));
            in.features().forEach(f -> features.add(WorkplaceFeature.valueOf(f)));
            in.demands().forEach((key, level) -> levels.add(key + level));
            majors.add(in.occupationCode().charAt(0));
            assertThat(Integer.parseInt(in.wageMin())).isBetween(1900, 8000);
            assertThat(Integer.parseInt(in.wageMax())).isBetween(Integer.parseInt(in.wageMin()), 8000);
        }
        assertThat(modes).containsExactlyInAnyOrder(WorkMode.values());
        assertThat(features).containsExactlyInAnyOrder(WorkplaceFeature.values());
        for (WorkDemand d : WorkDemand.values()) {
            assertThat(levels).contains(d.key() + "0", d.key() + "1", d.key() + "2", d.key() + "3");
        }
        assertThat(majors).contains('1', '2', '3', '4', '5', '6', '8');
    }

    @Test
    void mostArePublishedOverEighteenMonthsWithManyClosedAndSomeWaiting() {
        long open = count(SyntheticPostings.Fate.OPEN);
        long filled = count(SyntheticPostings.Fate.FILLED);
        long expired = count(SyntheticPostings.Fate.EXPIRED);
        assertThat(open + filled + expired + count(SyntheticPostings.Fate.WITHDRAWN)).isGreaterThan(plans.size() * 3 / 4);
        assertThat(open).as("a good share open now").isGreaterThan(plans.size() / 5);
        assertThat(filled).isGreaterThan(plans.size() / 5);
        assertThat(expired).isPositive();
        assertThat(count(SyntheticPostings.Fate.SUBMITTED)).isPositive();
        assertThat(count(SyntheticPostings.Fate.RETURNED)).isPositive();
        assertThat(count(SyntheticPostings.Fate.DRAFT)).isPositive();
        assertThat(plans.stream().map(SyntheticPostings.Plan::created).min(LocalDate::compareTo).orElseThrow())
                .isBefore(TODAY.minusMonths(15));
    }

    @Test
    void everyStepFollowsTheOneBeforeAndNoneIsInTheFuture() {
        for (SyntheticPostings.Plan p : plans) {
            LocalDate openUntil = LocalDate.parse(p.input().openUntil());
            assertThat(openUntil).isAfterOrEqualTo(p.created());
            if (p.submitted() != null) {
                assertThat(p.submitted()).isAfterOrEqualTo(p.created()).isBeforeOrEqualTo(TODAY);
            }
            if (p.checked() != null) {
                assertThat(p.checked()).isAfterOrEqualTo(p.submitted()).isBeforeOrEqualTo(TODAY).isBeforeOrEqualTo(openUntil);
            }
            if (p.closed() != null) {
                assertThat(p.closed()).isAfterOrEqualTo(p.checked()).isBeforeOrEqualTo(TODAY).isBeforeOrEqualTo(openUntil);
            }
            if (p.fate() == SyntheticPostings.Fate.EXPIRED) {
                assertThat(openUntil).isBefore(TODAY);
            }
            if (p.fate() == SyntheticPostings.Fate.OPEN) {
                assertThat(openUntil).isAfterOrEqualTo(TODAY);
            }
        }
    }

    private long count(SyntheticPostings.Fate fate) {
        return plans.stream().filter(p -> p.fate() == fate).count();
    }
}
