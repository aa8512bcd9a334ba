package org.zhuye.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Progress;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The dashboard shows what {@link Indicators} counts and what {@link Progress} makes of the stored targets,
 * for a county with moves into work entered through the registry; and only to staff within their area.
 * 达尔罕茂明安联合旗 (150223): no other test registers anyone there, though the figures are compared with
 * {@code Indicators}' own rather than assumed.
 */
@ZhuyeTest
class DashboardTest {

    static final String COUNTY = "150223000000";
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final ReportingPeriod YEAR = ReportingPeriod.year(2026);
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @LocalServerPort
    int port;
    @Autowired
    OverviewFixtures persons;
    @Autowired
    TargetRepository targets;
    @Autowired
    Indicators indicators;
    @Autowired
    Dashboards dashboards;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    String village;
    String township;

    @BeforeEach
    void countyWithMovesIntoWorkAndTargets() {
        village = jdbc.sql("SELECT min(code) FROM region WHERE code LIKE '150223%' AND level = 5").query(String.class).single();
        township = RegionCode.of(village).parent().orElseThrow().value();
        if (targets.find("new_employment", RegionCode.of(COUNTY), YEAR).isPresent()) {
            return;  // the other test of this class made them
        }
        for (String day : new String[] {"2026-03-02", "2026-03-20", "2026-07-15", "2026-10-10"}) {
            long id = persons.register(village, LocalDate.of(1985, 5, 5), Sex.FEMALE, 2, 3);
            persons.employed(id, day, false);
        }
        targets.save("new_employment", RegionCode.of(COUNTY), YEAR, new BigDecimal("10"), "测试目标", "dashboard-test", null);
        targets.save("new_employment", RegionCode.of(township), YEAR, new BigDecimal("4"), "测试目标", "dashboard-test", null);
    }

    @Test
    void theDashboardShowsTheIndicatorsFiguresAndTheTargetsProgress() {
        Indicator jobs = indicators.get("new_employment");
        Dashboard d = dashboards.build(RegionCode.of(COUNTY), YEAR, AS_OF, jobs, PROVINCE);

        ReportingPeriod elapsed = YEAR.upTo(AS_OF).orElseThrow();
        RegionFigures expected = indicators.figures("new_employment", RegionCode.of(COUNTY), elapsed, PROVINCE);
        assertThat(expected.total().value()).isGreaterThanOrEqualTo(3);  // the October move is after the day
        IndicatorStanding card = d.keys().stream().filter(s -> s.indicator().equals(jobs)).findFirst().orElseThrow();
        assertThat(card.figure()).isEqualTo(expected.total());
        assertThat(d.selected().figure()).isEqualTo(expected.total());

        Progress progress = Progress.of(jobs, new BigDecimal("10"), expected.total(), YEAR, AS_OF);
        assertThat(card.standing().completion()).isEqualTo(100 * progress.completion());
        assertThat(card.standing().expected()).isEqualTo(100 * progress.expected()).isEqualTo(100 * 273.0 / 365);
        assertThat(card.standing().behind()).isEqualTo(progress.behindSchedule());

        Map<String, Figure> byChild = expected.children().stream()
                .collect(Collectors.toMap(RegionFigures.Child::regionCode, RegionFigures.Child::figure));
        assertThat(d.children()).hasSize(expected.children().size());
        for (Dashboard.ChildStanding c : d.children()) {
            assertThat(c.standing().figure()).isEqualTo(byChild.get(c.region().code()));
        }
        Dashboard.ChildStanding mine = d.children().stream().filter(c -> c.region().code().equals(township)).findFirst().orElseThrow();
        assertThat(mine.standing().standing().target()).isEqualTo("4");
        assertThat(mine.standing().standing().completion())
                .isEqualTo(100 * Progress.of(jobs, new BigDecimal("4"), byChild.get(township), YEAR, AS_OF).completion());

        // The trend's months add up to the figure, and the 时序 line ends at the target's share of the year.
        assertThat(d.trend().labels()).hasSize(9);
        assertThat(d.trend().cumulative().get(8)).isEqualTo((double) expected.total().value());
        assertThat(d.trend().expected().get(8)).isEqualTo(Math.round(10 * 273.0 / 365 * 10) / 10.0);

        PageSession admin = PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        PageSession.Page page = admin.get("/monitoring?region=150223&period=2026&asOf=2026-09-30");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("数据截至 2026年9月30日", "达尔罕茂明安联合旗</span> 进度看板",
                ">" + card.standing().figure() + "</a>", card.standing().completionText(), "74.8%",
                "/indicators/new_employment?region=150223&amp;period=2026");
    }

    @Test
    void aCountyUserSeesTheirOwnCountyAndNoOther() {
        UserAccount county = accounts.create("dash-county", "150221000000", Role.STAFF);
        PageSession session = PageSession.signIn(port, county.username(), AccountFixtures.PASSWORD);
        PageSession.Page own = session.get("/monitoring");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("土默特右旗</span> 进度看板");
        assertThat(session.get("/monitoring?region=150223").status()).isEqualTo(404);
        assertThat(session.get("/monitoring?region=15").status()).isEqualTo(404);

        UserAccount employer = accounts.create("dash-employer", "150221000000", Role.EMPLOYER);
        assertThat(PageSession.signIn(port, employer.username(), AccountFixtures.PASSWORD).get("/monitoring").status())
                .isEqualTo(404);
    }

    @Test
    void badParametersAreNamedAllAtOnce() {
        PageSession admin = PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        PageSession.Page page = admin.get("/monitoring?period=2026Q5&asOf=2026-13-01&indicator=nothing");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("统计期须写作", "数据截至日期须为", "没有这个指标：nothing");
    }
}
