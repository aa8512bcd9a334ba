package org.zhuye.monitoring.bulletin;

import java.time.LocalDate;
import java.util.List;
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
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.region.RegionCode;

/**
 * The demo's 通报 ({@link MonitoringDemo}): the province's for the two quarters before this one, issued, and a
 * draft for this quarter in progress, through {@link Bulletins} as the province's administrator. After the demo
 * targets (order 100), which they rank against; without targets for this year there is nothing to rank, so it
 * says so and leaves the table empty. One transaction: a failure leaves no half of it.
 */
@Component
@Order(DemoBulletins.ORDER)
class DemoBulletins implements ApplicationRunner {

    static final int ORDER = 105;
    static final String PROVINCE = "150000000000";
    private static final Logger log = LoggerFactory.getLogger(DemoBulletins.class);

    private final Bulletins bulletins;
    private final TargetRepository targets;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MonitoringDemo demo;

    DemoBulletins(Bulletins bulletins, TargetRepository targets, RegionAdministrators administrators, JdbcClient jdbc,
                  PlatformTransactionManager transactionManager, MonitoringDemo demo) {
        this.bulletins = bulletins;
        this.targets = targets;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "bulletin", "演示通报",
                () -> administrators.first(RegionCode.of(PROVINCE)));
        if (admin.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        if (targets.covering(RegionCode.of(PROVINCE), today).isEmpty()) {
            log.info("未生成演示通报：自治区没有覆盖 {} 年的目标（目标的演示数据尚未生成）", today.getYear());
            return;
        }
        try {
            List<String> done = transactions.execute(status -> populate(admin.get(), today));
            log.info("已生成演示通报：{}", done);
        } catch (MonitoringRuleException e) {
            log.error("演示通报生成中止，已全部回滚：{}", e.fieldErrors());
        }
    }

    List<String> populate(UserAccount admin, LocalDate today) {
        ReportingPeriod current = ReportingPeriod.quarterOf(today);
        ReportingPeriod last = ReportingPeriod.quarterOf(current.from().minusDays(1));
        ReportingPeriod before = ReportingPeriod.quarterOf(last.from().minusDays(1));
        int number = 2;
        for (ReportingPeriod q : List.of(before, last)) {
            Bulletin draft = bulletins.draft(PROVINCE, q.key(), null, null, admin);
            bulletins.issue(draft.id(), "内残联通〔" + today.getYear() + "〕" + number++ + "号", draft.version(), admin);
        }
        Bulletin draft = bulletins.draft(PROVINCE, current.key(), null, null, admin);
        bulletins.edit(draft.id(), draft.title(), draft.body() + "\n（草稿：季度未结束，数据截至起草之日，印发前请核对。）",
                draft.version(), admin);
        return List.of(before.key() + " 已印发", last.key() + " 已印发", current.key() + " 草稿");
    }
}
