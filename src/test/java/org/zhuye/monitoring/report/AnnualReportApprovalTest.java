package org.zhuye.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;

/** The Done-when path of issue 14's annual report: a county's report up to the league, the league's up to the region, locked and unlocked. */
@ZhuyeTest
class AnnualReportApprovalTest {

    static final String TONGLIAO = "150500000000";
    static final String CHIFENG = "150400000000";
    static final int YEAR = 2024;

    @Autowired
    AnnualReports reports;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    OverviewFixtures persons;
    @Autowired
    JdbcClient jdbc;

    private static final AnnualReports.Narrative TEXT = new AnnualReports.Narrative("开展专场招聘会12场", "岗位开发不足", "扩大公益性岗位");

    @Test
    void aCountysReportGoesUpReturnedResubmittedAcceptedApprovedAndLockedThenTheLeaguesIsApprovedByTheRegion() {
        ReportFixtures fixtures = new ReportFixtures(jdbc);
        String county = fixtures.counties(TONGLIAO).get(0);
        UserAccount countyStaff = accounts.create("report-county", county, Role.STAFF);
        UserAccount leagueStaff = accounts.create("report-league", TONGLIAO, Role.STAFF);
        UserAccount otherLeague = accounts.create("report-other", CHIFENG, Role.ADMIN);
        UserAccount provinceStaff = accounts.create("report-province", "15", Role.STAFF);
        UserAccount leagueViewer = accounts.create("report-viewer", TONGLIAO, Role.VIEWER);

        long id = reports.open(county, YEAR, countyStaff);
        assertThat(reports.open(county, YEAR, countyStaff)).as("opened again, the same report").isEqualTo(id);
        assertThat(reports.view(id, countyStaff).report().state()).isEqualTo(ReportState.DRAFT);

        assertThatThrownBy(() -> reports.act(id, ReportAction.SUBMIT, version(id), null, countyStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors()).containsKeys("measures", "problems", "plans"));
        reports.save(id, version(id), TEXT, countyStaff);
        reports.act(id, ReportAction.SUBMIT, version(id), null, countyStaff);
        assertThat(state(id)).isEqualTo(ReportState.SUBMITTED);

        assertThatThrownBy(() -> reports.act(id, ReportAction.APPROVE, version(id), null, countyStaff))
                .as("a county cannot approve its own").isInstanceOfSatisfying(MonitoringRuleException.class,
                        e -> assertThat(e.fieldErrors().get("action")).contains("只有上级").contains("通辽市"));
        assertThatThrownBy(() -> reports.act(id, ReportAction.ACCEPT, version(id), null, otherLeague))
                .as("another league's county is not there").isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> reports.view(id, otherLeague)).isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> reports.act(id, ReportAction.ACCEPT, version(id), null, provinceStaff))
                .as("the region is not the level above a county").isInstanceOf(MonitoringRuleException.class);
        assertThatThrownBy(() -> reports.act(id, ReportAction.ACCEPT, version(id), null, leagueViewer))
                .as("a viewer sees but does not decide").isInstanceOf(MonitoringRuleException.class);
        assertThat(reports.view(id, leagueViewer).actions()).isEmpty();

        assertThatThrownBy(() -> reports.act(id, ReportAction.RETURN, version(id), "  ", leagueStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("comment"));
        reports.act(id, ReportAction.RETURN, version(id), "请补充培训人次", leagueStaff);
        assertThat(state(id)).isEqualTo(ReportState.RETURNED);
        reports.save(id, version(id), new AnnualReports.Narrative(TEXT.measures() + "；培训320人次", TEXT.problems(), TEXT.plans()), countyStaff);
        reports.act(id, ReportAction.SUBMIT, version(id), null, countyStaff);
        assertThatThrownBy(() -> reports.act(id, ReportAction.APPROVE, version(id), null, leagueStaff))
                .as("approval comes after acceptance").isInstanceOf(MonitoringRuleException.class);
        reports.act(id, ReportAction.ACCEPT, version(id), null, leagueStaff);
        int stale = version(id) - 1;
        assertThatThrownBy(() -> reports.act(id, ReportAction.APPROVE, stale, null, leagueStaff)).isInstanceOf(MonitoringConflictException.class);
        reports.act(id, ReportAction.APPROVE, version(id), null, leagueStaff);

        AnnualReports.View approved = reports.view(id, countyStaff);
        assertThat(approved.report().locked()).isTrue();
        assertThat(approved.lockNotice()).contains("审核通过于").contains(leagueStaff.displayName()).contains("上级解锁后才能修改");
        assertThat(approved.mayEdit()).isFalse();
        assertThat(approved.steps()).extracting(ReportStep::action)
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT", "APPROVE");
        assertThat(approved.steps().get(2).comment()).isEqualTo("请补充培训人次");
        assertThatThrownBy(() -> reports.save(id, version(id), TEXT, countyStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.getMessage()).contains("上级解锁后才能"));
        ReportFigure before = newEmployment(approved);
        assertThat(before.frozen()).isEqualTo(before.live());
        assertThat(before.differenceShown()).isEqualTo("0");

        // A move into work of the report's year entered after the approval: live moves, frozen does not.
        long person = persons.register(fixtures.village(county), LocalDate.of(1990, 5, 1), Sex.MALE, 1, 3);
        persons.employed(person, YEAR + "-06-15", false);
        ReportFigure after = newEmployment(reports.view(id, countyStaff));
        assertThat(after.frozen()).isEqualTo(before.frozen());
        assertThat(after.live().value()).isEqualTo(before.live().value() + 1);
        assertThat(after.differenceShown()).isEqualTo("+1");

        // The league's own report waits for every county.
        long league = reports.open(TONGLIAO, YEAR, leagueStaff);
        reports.save(league, version(league), TEXT, leagueStaff);
        assertThatThrownBy(() -> reports.act(league, ReportAction.SUBMIT, version(league), null, leagueStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors().get("children"))
                        .startsWith("下级尚有" + (fixtures.counties(TONGLIAO).size() - 1) + "个旗县的报告未审核通过："));
        fixtures.approveOthers(TONGLIAO, county, YEAR);
        reports.act(league, ReportAction.SUBMIT, version(league), null, leagueStaff);
        reports.act(league, ReportAction.ACCEPT, version(league), null, provinceStaff);
        reports.act(league, ReportAction.APPROVE, version(league), null, provinceStaff);
        assertThat(state(league)).isEqualTo(ReportState.APPROVED);

        // A county's report cannot be unlocked under an approved league report; the region unlocks the league's first.
        assertThatThrownBy(() -> reports.act(id, ReportAction.UNLOCK, version(id), "数字需更正", leagueStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors().get("parent"))
                        .contains("通辽市" + YEAR + "年度报告已审核通过"));
        assertThatThrownBy(() -> reports.act(league, ReportAction.UNLOCK, version(league), "", provinceStaff))
                .isInstanceOfSatisfying(MonitoringRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("comment"));
        reports.act(league, ReportAction.UNLOCK, version(league), "旗县数字需更正", provinceStaff);
        assertThat(state(league)).isEqualTo(ReportState.RETURNED);
        reports.act(id, ReportAction.UNLOCK, version(id), "数字需更正", leagueStaff);
        AnnualReports.View unlocked = reports.view(id, countyStaff);
        assertThat(unlocked.report().state()).isEqualTo(ReportState.RETURNED);
        assertThat(unlocked.report().frozenFigures()).isNull();
        assertThat(unlocked.mayEdit()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM annual_report_step WHERE report_id = ? AND action = 'UNLOCK' AND frozen_figures IS NOT NULL")
                .param(id).query(Long.class).single()).as("the frozen figures kept in the history").isEqualTo(1);
        assertThat(fixtures.auditEvents(id)).isEqualTo(9);

        AnnualReports.Listing listing = reports.list(YEAR, "1505", leagueStaff);
        assertThat(listing.own().report().id()).isEqualTo(league);
        assertThat(listing.rates()).singleElement().satisfies(rate -> {
            assertThat(rate.level()).isEqualTo("旗县");
            assertThat(rate.expected()).isEqualTo(fixtures.counties(TONGLIAO).size());
            assertThat(rate.notReported()).containsExactly(reports.regionName(county));
            assertThat(rate.onTime()).isEqualTo(fixtures.counties(TONGLIAO).size() - 1).as("the county first submitted today, after 2024-11-30");
        });
        assertThat(listing.rows()).filteredOn(r -> r.region().code().equals(county)).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue()).satisfies(r -> assertThat(r.late()).isTrue());
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM annual_report WHERE id = ?").param(id).query(Integer.class).single();
    }

    private ReportState state(long id) {
        return ReportState.valueOf(jdbc.sql("SELECT state FROM annual_report WHERE id = ?").param(id).query(String.class).single());
    }

    private static ReportFigure newEmployment(AnnualReports.View view) {
        return view.figures().stream().filter(f -> f.indicator().code().equals("new_employment")).findFirst().orElseThrow();
    }
}
