package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.person.imports.RegistryStatistics;
import org.zhuye.region.Jurisdiction;

/**
 * Fills an empty embedded database with {@code zhuye.demo.persons} synthetic persons (the
 * {@code demo} profile asks for 3,000) and their households, so that a first look at Zhuye shows a
 * living registry.
 * They go through the real registration and employment paths, validated and audited as "system",
 * exactly as if someone had typed them in. Never against a configured database
 * ({@code spring.datasource.url}), and never once anyone is registered: demo persons must not
 * mix with real ones.
 */
@Component
@Order(DemoPopulation.ORDER)
class DemoPopulation implements ApplicationRunner {

    /** After the region tree (RegionSeeder, 0) and the first administrator (InitialAdmin, 10). */
    static final int ORDER = 20;
    /** Rows per transaction: one commit (one fsync) per row would make 3,000 rows take minutes. */
    static final int BATCH = 500;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final PersonRegistry registry;
    private final EmploymentHistory employment;
    private final DemoHouseholds households;
    private final RegistryStatistics statistics;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int requested;
    private final long seed;
    private final String datasourceUrl;

    DemoPopulation(PersonRegistry registry, EmploymentHistory employment, DemoHouseholds households,
                   RegistryStatistics statistics, JdbcClient jdbc,
                   PlatformTransactionManager transactionManager,
                   @Value("${zhuye.demo.persons:0}") int requested,
                   @Value("${zhuye.demo.seed:" + GeneratePersons.DEFAULT_SEED + "}") long seed,
                   @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.registry = registry;
        this.employment = employment;
        this.households = households;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.requested = requested;
        this.seed = seed;
        this.datasourceUrl = datasourceUrl;
    }

    /** Whether to populate: asked for, on the embedded database, and nobody registered yet. */
    static boolean shouldPopulate(int requested, String datasourceUrl, boolean registryEmpty) {
        return requested > 0 && (datasourceUrl == null || datasourceUrl.isBlank()) && registryEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested <= 0) {
            return;
        }
        boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM person)").query(Boolean.class).single();
        if (!shouldPopulate(requested, datasourceUrl, empty)) {
            log.info("未生成演示人员：{}", empty ? "已配置外部数据库 spring.datasource.url" : "人员表中已有数据");
            return;
        }
        log.info("正在生成 {} 名虚拟残疾人（演示数据，姓名带“{}”）……", requested, SyntheticNames.MARKER);
        try {
            populate(SyntheticPopulation.innerMongolia(seed, LocalDate.now()), requested);
        } catch (PersonRuleException e) {
            // A generator bug must not keep the product from starting; the failed batch is rolled back.
            log.error("演示人员生成中止：{}", e.fieldErrors());
        }
    }

    /**
     * Registers {@code count} persons from {@code population}, {@value #BATCH} per transaction, then
     * records their households ({@link SyntheticHouseholds}).
     */
    int populate(SyntheticPopulation population, int count) {
        long started = System.nanoTime();
        long[] ids = new long[count];
        List<SyntheticHouseholds.Resident> residents = new ArrayList<>(count);
        int done = 0;
        while (done < count) {
            int first = done;
            int batch = Math.min(BATCH, count - done);
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < batch; i++) {
                    SyntheticPopulation.SyntheticPerson person = population.nextPerson();
                    ids[first + i] = register(person);
                    residents.add(SyntheticHouseholds.Resident.of(person.row()));
                }
            });
            done += batch;
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("演示人员 {}/{}，{} 行/秒", done, count, Math.round(done / Math.max(seconds, 1e-9)));
        }
        log.info("已生成 {} 名虚拟残疾人，用时 {} 秒", done, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        households.record(population.households().plan(residents), ids,
                DemoHouseholds.area(residents.stream().map(SyntheticHouseholds.Resident::village).toList()), population.asOf());
        // The registry was empty: without this the planner costs every first page of the demo as if it still were.
        statistics.analyze(RegistryStatistics.DEMO_TABLES);
        return done;
    }

    /** The person on their 建档日期, then their statuses from it on: the first is the baseline found at registration. */
    private long register(SyntheticPopulation.SyntheticPerson person) {
        long id = registry.register(PersonTemplate.person(person.row()), PROVINCE);
        boolean baseline = true;
        for (EmploymentInput status : person.statuses()) {
            employment.record(id, status, baseline, PROVINCE);
            baseline = false;
        }
        return id;
    }
}
