package org.zhuye.monitoring.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.FigureAssertions;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The institution indicators on the real database, in 察哈尔右翼中旗 (150927), where no other test puts an institution:
 * 科布尔镇 (150927103) and 铁沙盖镇 (150927104) are the children. Institutions, spans and ratings are plain INSERTs
 * as the rating tests make them; persons are registered through the registry.
 */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstitutionIndicatorsTest {

    static final RegionCode CITY = RegionCode.of("150927");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String KEBUER = "150927103000";
    static final String TIESHAGAI = "150927104000";
    static final ReportingPeriod Y2025 = ReportingPeriod.year(2025);

    @Autowired
    Indicators indicators;
    @Autowired
    OverviewFixtures people;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void records() {
        String kebuer = "150927103001";
        String tieshagai = "150927104225";
        long workshop = institution("SHELTERED_WORKSHOP", "扎兰屯阳光工场", kebuer, "2020-01-01", null);
        long care = institution("CARE_HOME", "扎兰屯托养中心", tieshagai, "2020-01-01", null);
        long massage = institution("MASSAGE", "扎兰屯已关闭按摩店", kebuer, "2019-01-01", "2025-06-30");
        institution("WARM_HOME", "扎兰屯新开温馨家园", tieshagai, "2026-03-01", null);

        long stays = people.register(kebuer, LocalDate.parse("1985-06-06"), Sex.MALE, 5, 2);
        long left = people.register(kebuer, LocalDate.parse("1987-07-07"), Sex.FEMALE, 5, 3);
        long cared = people.register(tieshagai, LocalDate.parse("1980-08-08"), Sex.MALE, 7, 1);
        long atClosed = people.register(kebuer, LocalDate.parse("1975-09-09"), Sex.MALE, 1, 1);
        served(workshop, stays, "2025-01-01", null);
        served(care, stays, "2025-02-01", null);
        served(workshop, left, "2024-01-01", "2025-06-30");
        served(care, cared, "2025-03-01", null);
        served(massage, atClosed, "2019-02-01", null);

        rating(workshop, 2024, "三级", "2025-03-01 10:00");
        rating(workshop, 2025, "四级", "2026-03-01 10:00");
        jdbc.sql("INSERT INTO institution_rating (institution_id, year, region_code, status, grade) VALUES (?, 2025, ?, 'DRAFT', '五级')")
                .params(care, tieshagai).update();
        rating(massage, 2024, "二级", "2025-02-01 10:00");
    }

    private long institution(String kind, String name, String region, String opened, String closed) {
        return jdbc.sql("""
                        INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, status, closed_on, created_by, updated_by)
                        VALUES (?, ?, ?, '测试地址', 30, CAST(? AS date), ?, CAST(? AS date), 'test', 'test') RETURNING id""")
                .params(kind, name, region, opened, closed == null ? "OPERATING" : "CLOSED", closed)
                .query(Long.class).single();
    }

    private void served(long institution, long person, String from, String until) {
        jdbc.sql("""
                        INSERT INTO institution_person (institution_id, person_id, service, from_on, until_on, end_reason, created_by, updated_by)
                        VALUES (?, ?, 'OTHER', CAST(? AS date), CAST(? AS date), ?, 'test', 'test')""")
                .params(institution, person, from, until, until == null ? null : "LEFT").update();
    }

    /** A confirmed rating keeps what it was computed from; the rating API reads it back, so it must have every field. */
    private static final String SNAPSHOT = """
            {"asOf": "%d-12-31",
             "figures": {"served": 10, "capacity": 30, "placed": 1, "retained": 1, "retentionBase": 1,
                         "trainingEnded": null, "trainingCompleted": null},
             "expectedPlaced": {"expected": 1.0, "lines": []}, "expectedRetained": {"expected": 1.0, "lines": []},
             "parts": [], "unmeasuredWeight": 0, "criteria": [], "parameters": [], "trainingAvailable": false}""";

    private void rating(long institution, int year, String grade, String confirmedAt) {
        String region = jdbc.sql("SELECT region_code FROM institution WHERE id = ?").param(institution).query(String.class).single();
        jdbc.sql("""
                        INSERT INTO institution_rating (institution_id, year, region_code, status, grade, snapshot, confirmed_at, confirmed_by)
                        VALUES (?, ?, ?, 'CONFIRMED', ?, CAST(? AS jsonb), CAST(? AS timestamp), 'test')""")
                .params(institution, year, region, grade, SNAPSHOT.formatted(year), confirmedAt).update();
    }

    @Test
    void institutionsAreThoseOperatingOnThePeriodsLastDayWithPartsByKind() {
        assertFigures("institutions", Y2025, Figure.count(2), Map.of(KEBUER, Figure.count(1), TIESHAGAI, Figure.count(1)));
        assertFigures("institutions.sheltered_workshop", Y2025, Figure.count(1), Map.of(KEBUER, Figure.count(1)));
        assertFigures("institutions.massage", Y2025, Figure.ZERO, Map.of(KEBUER, Figure.ZERO));
        assertFigures("institutions", ReportingPeriod.year(2024), Figure.count(3),
                Map.of(KEBUER, Figure.count(2), TIESHAGAI, Figure.count(1)));
        assertThat(labels("institutions", Y2025)).containsExactly("扎兰屯阳光工场", "扎兰屯托养中心");
    }

    @Test
    void personsServedOnTheLastDayCountOncePerInstitutionAndNotAtAClosedOne() {
        assertFigures("institution_persons", Y2025, Figure.count(3), Map.of(KEBUER, Figure.count(1), TIESHAGAI, Figure.count(2)));
        assertFigures("institution_persons.care_home", Y2025, Figure.count(2), Map.of(TIESHAGAI, Figure.count(2)));
        assertFigures("institution_persons", ReportingPeriod.year(2024), Figure.count(2),
                Map.of(KEBUER, Figure.count(2), TIESHAGAI, Figure.ZERO));
        assertThat(indicators.records("institution_persons", CITY, Y2025, PROVINCE, 0, 10).rows())
                .allSatisfy(r -> {
                    assertThat(r.label()).contains("*");
                    assertThat(r.href()).startsWith("/persons/");
                });
    }

    @Test
    void ratedInstitutionsTakeTheLatestRatingConfirmedByTheLastDayAndLeaveOutDraftsAndClosedOnes() {
        assertFigures("rated_institutions", Y2025, Figure.count(1), Map.of(KEBUER, Figure.count(1), TIESHAGAI, Figure.ZERO));
        assertFigures("rated_institutions.3", Y2025, Figure.count(1), Map.of(KEBUER, Figure.count(1)));
        assertFigures("rated_institutions.4", Y2025, Figure.ZERO, Map.of());
        assertFigures("rated_institutions.4", ReportingPeriod.year(2026), Figure.count(1), Map.of(KEBUER, Figure.count(1)));
        assertThat(labels("rated_institutions", ReportingPeriod.year(2024))).isEmpty();
        assertThat(indicators.parts("rated_institutions")).extracting(i -> i.code())
                .containsExactly("rated_institutions.5", "rated_institutions.4", "rated_institutions.3", "rated_institutions.2",
                        "rated_institutions.1", "rated_institutions.other");
    }

    private void assertFigures(String code, ReportingPeriod period, Figure total, Map<String, Figure> children) {
        FigureAssertions.assertFigures(indicators, code, CITY, period, PROVINCE, total, children);
        assertThat(indicators.records(code, CITY, period, PROVINCE, 0, 100).total()).as(code + " records").isEqualTo(total.value());
    }

    private List<String> labels(String code, ReportingPeriod period) {
        return indicators.records(code, CITY, period, PROVINCE, 0, 100).rows().stream().map(RecordPage.Row::label).toList();
    }
}
