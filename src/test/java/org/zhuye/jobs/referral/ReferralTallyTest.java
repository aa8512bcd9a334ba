package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;

class ReferralTallyTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    @Test
    void ratesMedianDaysAndChildRegionsComeFromTheReferralsOfThePeriod() {
        List<ReferralTally.Row> rows = List.of(
                row(1, "152527100001", ReferralStatus.HIRED, "2026-01-01", "2026-01-11"),
                row(2, "152527100002", ReferralStatus.HIRED, "2026-02-01", "2026-02-21"),
                row(3, "152527101200", ReferralStatus.HIRED, "2026-03-01", "2026-04-10"),
                row(4, "152527101200", ReferralStatus.REJECTED, "2026-03-01", "2026-03-05"),
                row(5, "152527101201", ReferralStatus.DECLINED, "2026-03-01", "2026-03-02"),
                row(6, "152527101201", ReferralStatus.INTERVIEW, "2026-11-01", "2026-11-05"));
        ReferralFigures figures = ReferralTally.tally(RegionCode.of("152527"), LocalDate.parse("2026-01-01"), TODAY, rows,
                Map.of("152527100001", 10L, "152527101200", 2L), TODAY, (row, day) -> true);

        ReferralFigures.Counts total = figures.total();
        assertThat(total.referrals()).isEqualTo(6);
        assertThat(total.hires()).isEqualTo(3);
        assertThat(total.hireRate()).isEqualTo(0.5);
        assertThat(total.exposures()).isEqualTo(12);
        assertThat(total.exposureHireRate()).isEqualTo(0.25);
        assertThat(total.medianDays()).as("10, 20 and 40 days").isEqualTo(20.0);
        assertThat(total.rejected() + total.declined() + total.open()).isEqualTo(3);
        assertThat(figures.children()).extracting(ReferralFigures.Row::region)
                .containsExactly("152527100000", "152527101000");
        assertThat(figures.children().get(0).counts().medianDays()).as("even count: mean of the middle two").isEqualTo(15.0);
        assertThat(figures.children().get(1).counts().exposures()).isEqualTo(2);
    }

    @Test
    void onlyHiresOldEnoughAreDueForRetentionAndTheRegistryDecidesWhoStayed() {
        List<ReferralTally.Row> rows = List.of(
                row(1, "152527100001", ReferralStatus.HIRED, "2025-10-01", "2025-11-01"),
                row(2, "152527100001", ReferralStatus.HIRED, "2026-05-01", "2026-06-01"),
                row(3, "152527100001", ReferralStatus.HIRED, "2026-10-01", "2026-11-01"));
        // person 1 left work in month 7
        ReferralFigures.Counts counts = ReferralTally.counts(rows, 0, TODAY,
                (row, day) -> row.personId() != 1 || day.isBefore(LocalDate.parse("2026-06-01")));

        assertThat(counts.retention()).containsExactly(
                new ReferralFigures.Retention(3, 2, 2),
                new ReferralFigures.Retention(6, 2, 2),
                new ReferralFigures.Retention(12, 1, 0));
        assertThat(counts.retention().get(2).rate()).isZero();
        assertThat(counts.exposureHireRate()).as("nothing shown: no rate, not infinity").isNull();
        assertThat(ReferralTally.counts(List.of(), 0, TODAY, (r, d) -> true).hireRate()).isNull();
    }

    private static ReferralTally.Row row(long person, String region, ReferralStatus status, String referred, String on) {
        return new ReferralTally.Row(person, region, status, LocalDate.parse(referred), LocalDate.parse(on));
    }
}
