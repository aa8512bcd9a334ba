package org.zhuye.monitoring.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.employee;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.employer.declaration.DeclarationInput;
import org.zhuye.employer.declaration.Declarations;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.FigureAssertions;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The quota indicators on the real database, in 察哈尔右翼前旗 (150926), where no other test puts a unit: 土贵乌拉镇
 * (150926105) and 平地泉镇 (150926106) are the children. Declarations go through the real service, filed for
 * {@link DeclarationFixtures#YEAR} with a test parameter row that keeps filing open (so an unfiled unit is not yet judged).
 */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaIndicatorsTest {

    static final RegionCode COUNTY = RegionCode.of("150926");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String TUGUI = "150926105000";
    static final String PINGDIQUAN = "150926106000";
    static final ReportingPeriod PERIOD = ReportingPeriod.year(YEAR);

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcClient jdbc;

    long idle;
    long one;
    long agency;
    long enterprise;

    @BeforeAll
    void units() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withFilingOpen("150926", "PROVINCE");
        UserAccount staff = fixtures.staff("150900000000");
        idle = fixtures.unit("伊金霍洛无人安排事业单位", "PUBLIC_INSTITUTION", "LEAGUE_CITY", 67, false, "150926105001");
        one = fixtures.unit("札萨克安排一人事业单位", "PUBLIC_INSTITUTION", "LEAGUE_CITY", 67, false, "150926106001");
        agency = fixtures.unit("伊金霍洛达标机关", "AGENCY", "AUTONOMOUS_REGION", 50, false, "150926105002");
        enterprise = fixtures.enterprise("伊金霍洛未达比例企业", "150926105002");
        long draft = fixtures.unit("伊金霍洛草稿机关", "AGENCY", "LEAGUE_CITY", 50, false, "150926105001");
        long waiting = fixtures.unit("伊金霍洛待审核事业单位", "PUBLIC_INSTITUTION", "LEAGUE_CITY", 80, false, "150926105002");

        confirm(staff, idle, input(67, "5360000"));
        confirm(staff, one, input(67, "5360000", employee("伊一", fixtures.person("伊一", 4, 4))));
        confirm(staff, agency, input(50, "4000000", employee("伊二", fixtures.person("伊二", 4, 1))));
        confirm(staff, enterprise, input(40, "3200000"));
        declarations.create(draft, String.valueOf(YEAR), input(50, "4000000"), staff, staff.jurisdiction());
        long submitted = declarations.create(waiting, String.valueOf(YEAR), input(80, "6400000"), staff, staff.jurisdiction());
        declarations.submit(submitted, 0, staff, staff.jurisdiction());
    }

    private void confirm(UserAccount staff, long unit, DeclarationInput input) {
        new DeclarationFixtures(accounts).confirmed(unit, input, staff);
    }

    @Test
    void publicUnitsMeetingTheQuotaAreTheConfirmedAgenciesAndInstitutionsReachingTheirRequiredNumber() {
        // 67 × 1.5% = 1.005: one employee is not enough; the agency's grade-1 employee counts twice against 0.75.
        assertFigures("public_units_meeting_quota", Figure.ratio(1, 3),
                Map.of(TUGUI, Figure.ratio(1, 2), PINGDIQUAN, Figure.ratio(0, 1)));
        RecordPage page = indicators.records("public_units_meeting_quota", COUNTY, PERIOD, PROVINCE, 0, 10);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).filteredOn(RecordPage.Row::counted).extracting(RecordPage.Row::label)
                .containsExactly("伊金霍洛达标机关");
        assertThat(page.rows()).extracting(RecordPage.Row::label).doesNotContain("伊金霍洛草稿机关", "伊金霍洛待审核事业单位");
    }

    @Test
    void theFiftySixtySevenRuleCountsAUnitEmployingOneAsMeetingItAndLeavesOutUnitsNotYetJudged() {
        assertFigures("public_units_50_67", Figure.ratio(2, 3),
                Map.of(TUGUI, Figure.ratio(1, 2), PINGDIQUAN, Figure.ratio(1, 1)));
        assertThat(indicators.records("public_units_50_67", COUNTY, PERIOD, PROVINCE, 0, 10).rows())
                .filteredOn(r -> !r.counted()).extracting(RecordPage.Row::label).containsExactly("伊金霍洛无人安排事业单位");
    }

    @Test
    void levyDueSumsTheConfirmedDeclarationsDueInFenByTheUnitsRegion() {
        long idleFen = dueFen(idle);
        long oneFen = dueFen(one);
        long enterpriseFen = dueFen(enterprise);
        assertThat(idleFen).isEqualTo(7_236_000L);
        assertThat(dueFen(agency)).isZero();
        assertFigures("levy_due", Figure.count(idleFen + oneFen + enterpriseFen),
                Map.of(TUGUI, Figure.count(idleFen + enterpriseFen), PINGDIQUAN, Figure.count(oneFen)));
        RecordPage page = indicators.records("levy_due", COUNTY, PERIOD, PROVINCE, 0, 10);
        assertThat(page.rows()).extracting(RecordPage.Row::label).doesNotContain("伊金霍洛达标机关", "伊金霍洛待审核事业单位");
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.href()).startsWith("/employers/"));
    }

    @Test
    void aYearWithoutItsParametersIsRefusedWithTheReasonNotCountedAsZero() {
        assertThatThrownBy(() -> indicators.figures("public_units_50_67", COUNTY, ReportingPeriod.year(2001), PROVINCE))
                .isInstanceOf(MonitoringRuleException.class)
                .hasMessageContaining("2001");
    }

    private long dueFen(long unit) {
        BigDecimal due = jdbc.sql("SELECT result_due FROM quota_declaration WHERE employer_id = ? AND year = ?")
                .params(unit, YEAR).query(BigDecimal.class).single();
        return due.movePointRight(2).longValueExact();
    }

    private void assertFigures(String code, Figure total, Map<String, Figure> children) {
        FigureAssertions.assertFigures(indicators, code, COUNTY, PERIOD, PROVINCE, total, children);
    }
}
