package org.zhuye.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringDemo;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;

/**
 * Fills an empty {@code annual_report} table with the demo's reports ({@code zhuye.demo.monitoring}), after every
 * other demo (order 110, the figures they freeze come from those records). 2025: 呼和浩特市 approved and locked on
 * time, 包头市 approved but first submitted after the deadline, 乌海市 submitted, 赤峰市 accepted, 鄂尔多斯市 returned
 * with a comment (all with their counties approved); 通辽市's counties in every state (approved, accepted, submitted,
 * returned, draft, not started) and its own report a draft; the other leagues not started. 2026: a few of
 * 呼和浩特市's counties under way. Every step goes through {@link AnnualReports} on the day it happened, as the
 * administrator ({@link RegionAdministrators}) acting at each level — the region's own for writing and
 * submitting, the parent's for deciding. One transaction: a failure leaves the table empty.
 */
@Component
@Order(DemoAnnualReports.ORDER)
class DemoAnnualReports implements ApplicationRunner {

    static final int ORDER = 110;
    private static final Logger log = LoggerFactory.getLogger(DemoAnnualReports.class);
    private static final int YEAR = 2025;

    private final AnnualReports reports;
    private final RegionAdministrators administrators;
    private final MonitoringDemo demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoAnnualReports(AnnualReports reports, RegionAdministrators administrators, MonitoringDemo demo, JdbcClient jdbc,
                      PlatformTransactionManager transactionManager) {
        this.reports = reports;
        this.administrators = administrators;
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "annual_report", "演示年度报告",
                () -> administrators.first(RegionCode.of("15")));
        if (admin.isEmpty()) {
            return;
        }
        try {
            Map<ReportState, Integer> done = transactions.execute(status -> populate(admin.get()));
            log.info("已生成演示年度报告 {}", done);
        } catch (RuntimeException e) {
            log.error("演示年度报告生成中止，已全部回滚", e);
        }
    }

    Map<ReportState, Integer> populate(UserAccount admin) {
        Steps s = new Steps(admin);
        s.leagueWithCounties("150100000000", ReportState.APPROVED, day(YEAR, 11, 25));
        s.leagueWithCounties("150200000000", ReportState.APPROVED, day(YEAR, 12, 10));
        s.leagueWithCounties("150300000000", ReportState.SUBMITTED, day(YEAR, 11, 28));
        s.leagueWithCounties("150400000000", ReportState.ACCEPTED, day(YEAR, 11, 26));
        s.leagueWithCounties("150600000000", ReportState.RETURNED, day(YEAR, 11, 20));
        List<Region> tongliao = reports.reportingChildren(RegionCode.of("150500000000"));
        ReportState[] spread = {ReportState.APPROVED, ReportState.ACCEPTED, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.DRAFT};
        for (int i = 0; i < tongliao.size() && i < spread.length; i++) {
            s.county(tongliao.get(i).code(), YEAR, spread[i], day(YEAR, 11, 10 + i));
        }
        s.draft("150500000000", YEAR, day(YEAR, 11, 18));
        List<Region> hohhot = reports.reportingChildren(RegionCode.of("150100000000"));
        LocalDate today = LocalDate.now(AnnualReports.zone());
        if (hohhot.size() >= 3 && today.getYear() > YEAR) {
            int year = today.getYear();
            LocalDate earlier = today.minusDays(6);
            s.county(hohhot.get(0).code(), year, ReportState.SUBMITTED, earlier);
            s.county(hohhot.get(1).code(), year, ReportState.ACCEPTED, earlier);
            s.draft(hohhot.get(2).code(), year, earlier);
        }
        Map<ReportState, Integer> counts = new EnumMap<>(ReportState.class);
        jdbc.sql("SELECT state, count(*) FROM annual_report GROUP BY state")
                .query(rs -> {
                    counts.put(ReportState.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The steps of the demo, each as the administrator acting at the level it belongs to. */
    private final class Steps {

        private final UserAccount admin;

        Steps(UserAccount admin) {
            this.admin = admin;
        }

        /** The administrator's rights narrowed to one region, named after it, as the history shows who acted. */
        private UserAccount at(String regionCode) {
            return new UserAccount(admin.id(), admin.username(), reports.regionName(regionCode) + "管理员（演示）", admin.roles(),
                    regionCode, true, false, 0, null, admin.createdAt());
        }

        private Instant time(LocalDate day, int hour) {
            return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(AnnualReports.zone()).toInstant();
        }

        /** A league whose counties are all approved (ten days before it submits), and its own report brought to {@code state}. */
        void leagueWithCounties(String league, ReportState state, LocalDate submitted) {
            for (Region county : reports.reportingChildren(RegionCode.of(league))) {
                county(county.code(), YEAR, ReportState.APPROVED, submitted.minusDays(10));
            }
            county(league, YEAR, state, submitted);
        }

        void draft(String region, int year, LocalDate day) {
            long id = reports.open(region, year, at(region), time(day.minusDays(5), 9));
            reports.save(id, version(id), narrative(region), at(region));
        }

        /** A report of a county (or a league, the same steps) brought to {@code state}, submitted on {@code day}. */
        void county(String region, int year, ReportState state, LocalDate day) {
            String parent = RegionCode.of(region).parent().orElseThrow().value();
            long id = reports.open(region, year, at(region), time(day.minusDays(5), 9));
            reports.save(id, version(id), narrative(region), at(region));
            if (state == ReportState.DRAFT) {
                return;
            }
            reports.act(id, ReportAction.SUBMIT, version(id), null, at(region), time(day, 10));
            if (state == ReportState.RETURNED) {
                reports.act(id, ReportAction.RETURN, version(id), "请补充公益性岗位安置人数和培训后就业情况，并说明新增就业低于上年的原因",
                        at(parent), time(day.plusDays(2), 15));
                return;
            }
            if (state == ReportState.SUBMITTED) {
                return;
            }
            reports.act(id, ReportAction.ACCEPT, version(id), null, at(parent), time(day.plusDays(1), 11));
            if (state == ReportState.APPROVED) {
                reports.act(id, ReportAction.APPROVE, version(id), null, at(parent), time(day.plusDays(3), 16));
            }
        }

        private int version(long id) {
            return jdbc.sql("SELECT version FROM annual_report WHERE id = ?").param(id).query(Integer.class).single();
        }

        private AnnualReports.Narrative narrative(String region) {
            String name = reports.regionName(region);
            return new AnnualReports.Narrative(
                    name + "落实按比例就业年审，开发公益性岗位，举办残疾人专场招聘会，组织职业技能和实用技术培训，开展“四个一”服务。",
                    "部分旗县岗位开发不足，农村牧区残疾人就业以灵活就业为主，稳定性不高；基层专职委员力量不足。",
                    "继续推进机关、事业单位按比例安排残疾人就业，扩大辅助性就业机构覆盖，加强就业后跟踪回访。");
        }
    }
}
