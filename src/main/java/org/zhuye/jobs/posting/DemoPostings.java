package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.UserAccount;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.employer.EmployerSearch;
import org.zhuye.jobs.JobsDemo;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Fills an empty {@code job_posting} table of the embedded database with the demo employers' postings
 * ({@code zhuye.demo.jobs=true}, set by the {@code demo} profile), after the demo employers: about 300,
 * from eighteen months ago to today, planned by {@link SyntheticPostings} and put through {@link JobPostings}
 * step by step — drafted, submitted, checked (published or returned), filled or withdrawn — with an
 * administrator's rights, validated and audited as "system". Each step goes through the package-private
 * twin that takes its day, so a posting drafted last spring was judged by last spring's "today" (its
 * open-until date not then in the past); the rest is the production path. Postings whose date has passed
 * are then closed as expired by {@link JobPostings#expire}, as the nightly run does. One transaction:
 * a failure leaves the table empty and the product starting.
 */
@Component
@Order(DemoPostings.ORDER)
class DemoPostings implements ApplicationRunner {

    /** After the demo persons (20), employers (30) and casework (40). */
    static final int ORDER = 50;
    private static final String PROVINCE = "15";
    private static final Logger log = LoggerFactory.getLogger(DemoPostings.class);

    private final JobPostings postings;
    private final EmployerRepository employers;
    private final RegionRepository regions;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long seed;
    private final JobsDemo demo;

    DemoPostings(JobPostings postings, EmployerRepository employers, RegionRepository regions, RegionAdministrators administrators,
                 JdbcClient jdbc, PlatformTransactionManager transactionManager, JobsDemo demo) {
        this.postings = postings;
        this.employers = employers;
        this.regions = regions;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.seed = demo.seed();
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "job_posting", "演示岗位",
                () -> administrators.first(RegionCode.of(PROVINCE)));
        if (admin.isEmpty()) {
            return;
        }
        try {
            long started = System.nanoTime();
            Map<SyntheticPostings.Fate, Integer> done = transactions.execute(status -> populate(admin.get(), JobPostings.today()));
            log.info("已生成 {} 个演示岗位 {}，用时 {} 秒", done.values().stream().mapToInt(Integer::intValue).sum(), done,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } catch (JobRuleException e) {
            log.error("演示岗位生成中止，已全部回滚：{}", e.fieldErrors());
        } catch (RuntimeException e) {
            log.error("演示岗位生成中止，已全部回滚", e);
        }
    }

    Map<SyntheticPostings.Fate, Integer> populate(UserAccount admin, LocalDate today) {
        Jurisdiction scope = admin.jurisdiction();
        List<SyntheticPostings.Unit> units = new ArrayList<>();
        Map<String, List<String>> workplacesOfCounty = new HashMap<>();
        for (Employer e : units(scope)) {
            String county = e.regionCode().substring(0, 6);
            units.add(new SyntheticPostings.Unit(e.id(), workplacesOfCounty.computeIfAbsent(county, c -> workplaces(c, scope))));
        }
        Map<SyntheticPostings.Fate, Integer> done = new EnumMap<>(SyntheticPostings.Fate.class);
        for (SyntheticPostings.Plan plan : new SyntheticPostings(seed, today).plans(units)) {
            record(plan, admin, scope);
            done.merge(plan.fate(), 1, Integer::sum);
        }
        postings.expire(today);
        return done;
    }

    private void record(SyntheticPostings.Plan plan, UserAccount admin, Jurisdiction scope) {
        long id = postings.create(plan.input(), admin, scope, plan.created());
        int version = 0;
        if (plan.submitted() == null) {
            return;
        }
        postings.submit(id, version++, admin, scope, plan.submitted());
        if (plan.checked() == null) {
            return;
        }
        if (plan.fate() == SyntheticPostings.Fate.RETURNED) {
            postings.returnForCorrection(id, version, plan.returnReason(), admin, scope);
            return;
        }
        postings.publish(id, version++, new PostingCheck(true, true, plan.checkNote()), admin, scope, plan.checked());
        if (plan.closedReason() != null) {
            postings.close(id, version, plan.closedReason().name(), admin, scope, plan.closed());
        }
    }

    private List<Employer> units(Jurisdiction scope) {
        List<Employer> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            EmployerRepository.Page found = employers.search(new EmployerSearch(null, null, null, null, null, page,
                    EmployerSearch.MAX_PAGE_SIZE), scope);
            all.addAll(found.rows());
            if (!found.hasNext()) {
                return all;
            }
        }
    }

    /** The county's townships and their villages (not development zones), as 12-digit codes. */
    private List<String> workplaces(String county, Jurisdiction scope) {
        List<String> codes = new ArrayList<>();
        for (RegionRepository.RegionWithChildCount township : regions.children(RegionCode.of(county), scope)) {
            Region t = township.region();
            if (t.isZone()) {
                continue;
            }
            codes.add(t.code());
            regions.children(RegionCode.of(t.code()), scope).stream().limit(6)
                    .forEach(v -> codes.add(v.region().code()));
        }
        return codes;
    }
}
