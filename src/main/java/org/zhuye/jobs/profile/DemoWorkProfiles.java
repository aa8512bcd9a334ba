package org.zhuye.jobs.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.jobs.JobsDemo;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.region.Jurisdiction;

/**
 * Work profiles for the demo: every working-age person not in work who had a 四个一 assessment or job
 * demand (their capabilities and occupations prefilled from those, as the form does), and a sample of
 * others, up to {@link #LIMIT}; each dated in the past two years, a quarter updated later, a few asking
 * not to be recommended or (in work) wanting a change, needs and capabilities varied so that both
 * candidates and exclusions show. Through {@link WorkProfiles#record} as "system", validated and audited.
 * Runs only with {@code zhuye.demo.jobs}, on the embedded database, while {@code work_profile} is empty.
 */
@Component
@Order(DemoWorkProfiles.ORDER)
class DemoWorkProfiles implements ApplicationRunner {

    /** After the persons (20), employers (30), casework (40) and the demo postings. */
    static final int ORDER = 55;
    static final int LIMIT = 1_000;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoWorkProfiles.class);

    private final WorkProfiles profiles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long seed;
    private final JobsDemo demo;

    DemoWorkProfiles(WorkProfiles profiles, JdbcClient jdbc, PlatformTransactionManager transactionManager, JobsDemo demo) {
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.seed = demo.seed();
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.intoEmpty(jdbc, "work_profile", "演示就业能力与意愿档案")) {
            return;
        }
        try {
            log.info("已生成 {} 份演示就业能力与意愿档案", populate("15", LocalDate.now()));
        } catch (RuntimeException e) {
            log.error("演示就业能力与意愿档案生成中止", e);
        }
    }

    /** Records the profiles of persons registered under {@code prefix}; returns how many rows. */
    int populate(String prefix, LocalDate today) {
        List<Long> served = jdbc.sql("""
                SELECT DISTINCT p.id FROM person p JOIN casework_service s ON s.person_id = p.id
                WHERE s.kind IN ('ASSESSMENT', 'DEMAND') AND s.voided_at IS NULL AND p.merged_into IS NULL
                  AND p.employed IS NOT TRUE AND p.birth_date BETWEEN ? AND ? AND p.region_code LIKE ?
                ORDER BY p.id LIMIT ?""")
                .params(today.minusYears(59), today.minusYears(17), prefix + "%", LIMIT * 7 / 10).query(Long.class).list();
        List<Long> others = jdbc.sql("""
                SELECT id FROM person WHERE merged_into IS NULL AND birth_date BETWEEN ? AND ? AND id <> ALL(?)
                  AND region_code LIKE ?
                ORDER BY md5(id::text) LIMIT ?""")
                .params(today.minusYears(59), today.minusYears(17), served.toArray(Long[]::new), prefix + "%", LIMIT - served.size())
                .query(Long.class).list();
        List<Long> persons = new ArrayList<>(served);
        persons.addAll(others);
        int saved = 0;
        for (int from = 0; from < persons.size(); from += 200) {
            List<Long> batch = persons.subList(from, Math.min(persons.size(), from + 200));
            saved += transactions.execute(status -> {
                int n = 0;
                for (long person : batch) {
                    SplittableRandom random = new SplittableRandom(seed * 131 + person);
                    LocalDate first = today.minusDays(random.nextInt(730));
                    n += record(person, random, first) ? 1 : 0;
                    if (random.nextInt(4) == 0) {
                        LocalDate later = first.plusDays(1 + random.nextInt((int) Math.max(1, today.toEpochDay() - first.toEpochDay())));
                        n += record(person, random, later.isAfter(today) ? today : later) ? 1 : 0;
                    }
                }
                return n;
            });
        }
        return saved;
    }

    private boolean record(long person, SplittableRandom r, LocalDate validFrom) {
        WorkProfileInput base = profiles.findPrefill(person, PROVINCE).input();
        String[] caps = {base.eyesight(), base.bothHands(), base.handWork(), base.lifting(), base.standingWalking(),
                base.listeningTalking()};
        if (base.assessmentServiceId() == null || base.assessmentServiceId().isBlank()) {
            for (int i = 0; i < 6; i++) {
                caps[i] = String.valueOf(r.nextInt(10) < 6 ? 3 : r.nextInt(4));
            }
        }
        List<String> needs = r.nextInt(10) < 6 ? List.of() : List.of(WorkplaceFeature.values()[r.nextInt(WorkplaceFeature.values().length)].name());
        List<String> modes = switch (r.nextInt(6)) {
            case 0 -> List.of(WorkMode.HOME_BASED.name(), WorkMode.REMOTE.name());
            case 1 -> List.of(WorkMode.ON_SITE.name(), WorkMode.HOME_BASED.name());
            case 2 -> List.of(WorkMode.ON_SITE.name(), WorkMode.PLATFORM.name());
            default -> List.of(WorkMode.ON_SITE.name());
        };
        TravelRange[] ranges = {TravelRange.TOWNSHIP, TravelRange.COUNTY, TravelRange.COUNTY, TravelRange.COUNTY, TravelRange.LEAGUE, TravelRange.ANY};
        List<String> occupations = base.occupationCodes().isEmpty()
                ? List.of(new String[]{"4-07", "4-10", "6-05", "4-01", "6-31", "4-03"}[r.nextInt(6)]) : base.occupationCodes();
        WorkProfileInput input = new WorkProfileInput(caps[0], caps[1], caps[2], caps[3], caps[4], caps[5], needs, modes,
                String.valueOf(new int[]{20, 30, 40, 40, 44}[r.nextInt(5)]), ranges[r.nextInt(ranges.length)].name(),
                r.nextInt(3) == 0 ? "" : String.valueOf(1800 + 100 * r.nextInt(30)), occupations,
                String.valueOf(r.nextInt(25) == 0), String.valueOf(r.nextInt(15) == 0), validFrom.toString(),
                base.assessmentServiceId());
        try {
            profiles.record(person, input, PROVINCE);
            return true;
        } catch (JobRuleException e) {
            log.debug("演示档案未保存：{} {}", person, e.fieldErrors());
            return false;
        }
    }
}
