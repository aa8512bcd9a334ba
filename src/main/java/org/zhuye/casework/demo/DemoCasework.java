package org.zhuye.casework.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

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
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Records 四个一 services for a seeded sample of the demo's working-age persons not in work, over the
 * last and the current cycle year, so that 服务覆盖, the home page's tasks and a person's casework page
 * show partial progress on the demo. Each goes through {@link CaseworkServices#record}, validated and
 * audited as "system". Fewer persons get each later kind (most are verified, fewer assessed and
 * registered, fewest served), none is dated before the person's 建档日期 or after today, and no
 * service ends in a job: moves into work belong to the registry's history. Runs only with the demo
 * persons ({@code zhuye.demo.persons}), on the embedded database, while no service is recorded.
 */
@Component
@Order(DemoCasework.ORDER)
class DemoCasework implements ApplicationRunner {

    /** After the demo persons (DemoPopulation, 20) and employers (30). */
    static final int ORDER = 40;
    /** Services per transaction, as the demo persons: one commit per row would be slow. */
    static final int BATCH = 500;
    /** Share of the working-age persons not in work who get any service. */
    static final double SAMPLE = 0.4;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final String STAFF = "演示工作人员（虚拟）";
    private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);

    private final CaseworkServices services;
    private final WorkingAgeRules workingAge;
    private final OutOfWorkCohort cohort;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int requestedPersons;
    private final long seed;
    private final String datasourceUrl;

    DemoCasework(CaseworkServices services, WorkingAgeRules workingAge, OutOfWorkCohort cohort, JdbcClient jdbc,
                 PlatformTransactionManager transactionManager,
                 @Value("${zhuye.demo.persons:0}") int requestedPersons,
                 @Value("${zhuye.demo.seed:15}") long seed,
                 @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.services = services;
        this.workingAge = workingAge;
        this.cohort = cohort;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.requestedPersons = requestedPersons;
        this.seed = seed;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requestedPersons <= 0) {
            return;
        }
        boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM casework_service)").query(Boolean.class).single();
        if (!empty || (datasourceUrl != null && !datasourceUrl.isBlank())) {
            log.info("未生成演示服务记录：{}", empty ? "已配置外部数据库 spring.datasource.url" : "已有服务记录");
            return;
        }
        try {
            populate("15", seed, LocalDate.now());
        } catch (CaseworkRuleException e) {
            // A generator bug must not keep the product from starting; the failed batch is rolled back.
            log.error("演示服务记录生成中止：{}", e.fieldErrors());
        } catch (RuntimeException e) {
            log.error("演示服务记录生成中止", e);
        }
    }

    /** Records the services of the sampled persons registered under {@code prefix}; returns how many. */
    int populate(String prefix, long seed, LocalDate today) {
        long started = System.nanoTime();
        List<ServiceInput> planned = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        int lastYear = today.getYear() - 1;
        List<Set<Long>> cohorts = List.of(cohortOf(prefix, lastYear, today), cohortOf(prefix, today.getYear(), today));
        for (Candidate person : candidates(prefix, today)) {
            // One generator per person, so the sample does not change when others are added; SplittableRandom
            // because java.util.Random gives nearly the same first number for neighbouring seeds.
            SplittableRandom random = new SplittableRandom(seed * 31 + person.id());
            if (random.nextDouble() >= SAMPLE) {
                continue;
            }
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                List<ServiceInput> inputs = DemoServiceYear.plan(random, person.registeredOn(), year, today, STAFF);
                // Only a year whose cohort holds the person: someone in work all that year is owed no service then.
                if (!cohorts.get(year - lastYear).contains(person.id())) {
                    continue;
                }
                for (ServiceInput input : inputs) {
                    planned.add(input);
                    owners.add(person.id());
                }
            }
        }
        for (int first = 0; first < planned.size(); first += BATCH) {
            int from = first;
            int to = Math.min(first + BATCH, planned.size());
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < to; i++) {
                    services.record(owners.get(i), planned.get(i), PROVINCE);
                }
            });
        }
        log.info("已生成 {} 条演示“四个一”服务记录，用时 {} 秒", planned.size(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return planned.size();
    }

    /** The cycle year's cohort under {@code prefix}: out of work and of working age on some day of it (to today). */
    private Set<Long> cohortOf(String prefix, int year, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        cohort.visit(RegionCode.of(prefix), List.of(), from, to, PROVINCE, (child, region, id, outOfWorkOnTo) -> ids.add(id));
        return ids;
    }

    /** Working-age persons not in work today, in id order so that the sample is reproducible. */
    private List<Candidate> candidates(String prefix, LocalDate today) {
        return jdbc.sql("""
                SELECT id, region_code, sex, birth_date, registered_on FROM person
                WHERE region_code LIKE ? AND merged_into IS NULL AND employed IS NOT TRUE
                ORDER BY id
                """).param(prefix + "%")
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("region_code"),
                        "M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE,
                        rs.getDate("birth_date").toLocalDate(), rs.getDate("registered_on").toLocalDate()))
                .list().stream()
                .filter(c -> ofWorkingAge(c, today))
                .toList();
    }

    private boolean ofWorkingAge(Candidate c, LocalDate today) {
        try {
            return workingAge.on(c.regionCode(), today).isOfWorkingAge(c.sex(), c.birthDate(), today);
        } catch (WorkingAgeRules.NoRule e) {
            return false;
        }
    }

    private record Candidate(long id, String regionCode, Sex sex, LocalDate birthDate, LocalDate registeredOn) {
    }
}
