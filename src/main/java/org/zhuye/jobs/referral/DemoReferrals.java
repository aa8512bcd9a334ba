package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

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
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonSearch;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;

/**
 * Demo referrals ({@code zhuye.demo.jobs=true}, profile {@code demo}), after the demo postings and the
 * fair (order 60), on the embedded database while {@code job_referral} holds none but the fair's. Over
 * the past 18 months, up to {@value #PER_POSTING} demo persons of each published posting's league —
 * valid certificate, of working age and not in work on the day, registered by then, each referred once —
 * are referred and taken through the funnel on past days through {@link Referrals#refer} and
 * {@link Referrals#step}: the unit records 已投递, 面试, 录用 and 未录用 (with a reason), the person 本人放弃,
 * some stay open. A hire records the casework employment service and the registry's move into work on
 * its past day, so casework's follow-ups fall due from it (the follow-up forms are casework's sub-package,
 * which this module cannot reach; staff record them on the demo). The fair's referrals are advanced the
 * same way. Every step is validated and audited as {@code system}; one transaction per referral, so a
 * person whose registry history refuses a past move into work is skipped, not the whole demo.
 *
 * <p>No dated back door is needed: {@code refer} and {@code step} take the day of the act and refuse
 * only future days, which is what replaying the past asks for.
 */
@Component
@Order(DemoReferrals.ORDER)
class DemoReferrals implements ApplicationRunner {

    static final int ORDER = 70;
    static final int PER_POSTING = 4;
    static final int MONTHS_BACK = 18;
    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);
    private static final ReferralActor SYSTEM = ReferralActor.staff("system", "演示数据", Jurisdiction.of("15"));

    /** How referrals end, in turn: about a third hired, some rejected, some declined, the rest open. */
    enum Outcome { HIRED, REJECTED, OPEN_REFERRED, DECLINED, HIRED_AFTER_INTERVIEW, OPEN_INTERVIEW, REJECTED_EARLY, OPEN_DELIVERED, HIRED_DIRECT }

    private static final String[] REJECTIONS = {"岗位需要熟练使用办公软件，暂不匹配", "通勤时间过长，双方协商未录用",
            "岗位已由其他应聘者补足", "试岗后双方认为岗位强度不适合"};
    private static final String[] DECLINES = {"已在别处就业", "家中需要照料，暂不外出工作", "工资低于预期"};

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final PersonRepository persons;
    private final WorkingAgeRules workingAge;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long seed;
    private final boolean enabled;

    DemoReferrals(Referrals referrals, ReferralRepository repository, PersonRepository persons, WorkingAgeRules workingAge,
                  JdbcClient jdbc, PlatformTransactionManager transactionManager, JobsDemo demo) {
        this.referrals = referrals;
        this.repository = repository;
        this.persons = persons;
        this.workingAge = workingAge;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.seed = demo.seed();
        this.enabled = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long own = jdbc.sql("SELECT count(*) FROM job_referral WHERE source <> 'FAIR'").query(Long.class).single();
        if (own > 0) {
            log.info("未生成演示岗位推介：推介表中已有数据");
            return;
        }
        Result result = populate(LocalDate.now(), new Random(seed + ORDER));
        log.info("演示岗位推介：新推介 {} 条，推进招聘会推介 {} 条，其中录用 {} 条，跳过 {} 条",
                result.referred(), result.fairAdvanced(), result.hired(), result.skipped());
    }

    record Result(int referred, int fairAdvanced, int hired, int skipped) {
    }

    /** A published posting as the demo needs it. */
    record Posting(long id, String regionCode, LocalDate publishedOn, LocalDate openUntil) {
        String league() {
            return regionCode.substring(0, 4);
        }
    }

    Result populate(LocalDate today, Random random) {
        List<Posting> postings = jdbc.sql("""
                        SELECT id, region_code, COALESCE(published_on, created_at::date), open_until FROM job_posting
                        WHERE status = 'PUBLISHED' ORDER BY id""")
                .query((rs, i) -> new Posting(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate())).list();
        Map<String, List<Person>> seekers = new TreeMap<>();
        Set<Long> used = new HashSet<>(jdbc.sql("SELECT person_id FROM job_referral").query(Long.class).list());
        LocalDate earliest = today.minusMonths(MONTHS_BACK);
        int referred = 0;
        int hired = 0;
        int skipped = 0;
        int turn = 0;
        for (Posting posting : postings) {
            List<Person> pool = seekers.computeIfAbsent(posting.league(), league -> notInWork(league, today));
            int taken = 0;
            for (Person person : pool) {
                if (taken == PER_POSTING) {
                    break;
                }
                if (used.contains(person.id())) {
                    continue;
                }
                LocalDate start = latest(earliest, posting.publishedOn(), person.registeredOn());
                LocalDate end = posting.openUntil().isBefore(today.minusDays(1)) ? posting.openUntil() : today.minusDays(1);
                if (start.isAfter(end) || !ofWorkingAge(person, start)) {
                    continue;
                }
                used.add(person.id());
                taken++;
                LocalDate day = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
                Outcome outcome = Outcome.values()[turn++ % Outcome.values().length];
                Boolean done = attempt(() -> advance(referrals.refer(posting.id(), person.id(), ReferralSource.STAFF,
                        null, day, Jurisdiction.of(person.regionCode())), outcome, today, random));
                if (done == null) {
                    skipped++;
                } else {
                    referred++;
                    hired += done ? 1 : 0;
                }
            }
        }
        int fairAdvanced = 0;
        List<Long> fair = jdbc.sql("SELECT id FROM job_referral WHERE source = 'FAIR' AND status = 'REFERRED' ORDER BY id")
                .query(Long.class).list();
        for (long id : fair) {
            Outcome outcome = Outcome.values()[turn++ % Outcome.values().length];
            Boolean done = attempt(() -> advance(id, outcome, today, random));
            if (done == null) {
                skipped++;
            } else {
                fairAdvanced++;
                hired += done ? 1 : 0;
            }
        }
        return new Result(referred, fairAdvanced, hired, skipped);
    }

    /**
     * One referral in its own transaction: true if hired, false if not, null if a rule refused it (the
     * transaction rolls back and the demo goes on with the next).
     */
    private Boolean attempt(java.util.function.Supplier<Boolean> referral) {
        return transactions.execute(status -> {
            try {
                return referral.get();
            } catch (RuntimeException e) {
                log.debug("演示推介跳过：{}", e.getMessage());
                status.setRollbackOnly();
                return null;
            }
        });
    }

    /** Takes a referral through its planned steps, each a few days after the last, stopping at today; true if hired. */
    private boolean advance(long id, Outcome outcome, LocalDate today, Random random) {
        Referral referral = repository.lock(id).orElseThrow();
        ReferralActor unit = ReferralActor.employer("system", "演示数据", referral.employerId());
        ReferralActor self = ReferralActor.person("system", "演示数据", referral.personId());
        List<Object[]> plan = new ArrayList<>();
        switch (outcome) {
            case HIRED, HIRED_AFTER_INTERVIEW -> {
                plan.add(new Object[]{ReferralStatus.DELIVERED, unit, null});
                plan.add(new Object[]{ReferralStatus.INTERVIEW, unit, null});
                plan.add(new Object[]{ReferralStatus.HIRED, unit, null});
            }
            case HIRED_DIRECT -> plan.add(new Object[]{ReferralStatus.HIRED, SYSTEM, null});
            case REJECTED -> {
                plan.add(new Object[]{ReferralStatus.DELIVERED, unit, null});
                plan.add(new Object[]{ReferralStatus.INTERVIEW, unit, null});
                plan.add(new Object[]{ReferralStatus.REJECTED, unit, REJECTIONS[random.nextInt(REJECTIONS.length)]});
            }
            case REJECTED_EARLY -> {
                plan.add(new Object[]{ReferralStatus.DELIVERED, unit, null});
                plan.add(new Object[]{ReferralStatus.REJECTED, unit, REJECTIONS[random.nextInt(REJECTIONS.length)]});
            }
            case DECLINED -> {
                plan.add(new Object[]{ReferralStatus.DELIVERED, SYSTEM, null});
                plan.add(new Object[]{ReferralStatus.DECLINED, self, DECLINES[random.nextInt(DECLINES.length)]});
            }
            case OPEN_INTERVIEW -> {
                plan.add(new Object[]{ReferralStatus.DELIVERED, unit, null});
                plan.add(new Object[]{ReferralStatus.INTERVIEW, unit, null});
            }
            case OPEN_DELIVERED -> plan.add(new Object[]{ReferralStatus.DELIVERED, unit, null});
            case OPEN_REFERRED -> {
            }
        }
        LocalDate day = referral.statusOn();
        int version = referral.version();
        boolean hired = false;
        for (Object[] step : plan) {
            day = day.plusDays(2 + random.nextInt(12));
            if (day.isAfter(today)) {
                break;
            }
            ReferralStatus status = (ReferralStatus) step[0];
            String words = (String) step[2];
            StepInput input = status == ReferralStatus.REJECTED
                    ? new StepInput(status, day, null, words, version, null)
                    : new StepInput(status, day, words, null, version, null);
            version = referrals.step(id, input, (ReferralActor) step[1]).version();
            hired = status == ReferralStatus.HIRED;
        }
        return hired;
    }

    /** Demo persons of a league with a valid certificate and not in work today, in the registry's order. */
    private List<Person> notInWork(String league, LocalDate today) {
        List<Person> found = new ArrayList<>();
        Jurisdiction area = Jurisdiction.of(league);
        for (int page = 0; page < 5; page++) {
            PersonRepository.Page rows = persons.search(new PersonSearch(null, null, league, null, null, null, "NOT_EMPLOYED",
                    18, 59, page, PersonSearch.MAX_PAGE_SIZE), null, today, area);
            rows.rows().stream().filter(p -> p.certStatus() == CertificateStatus.VALID && p.mergedInto() == null)
                    .forEach(found::add);
            if (!rows.hasNext()) {
                break;
            }
        }
        return found;
    }

    private boolean ofWorkingAge(Person person, LocalDate day) {
        try {
            return workingAge.on(person.regionCode(), day).isOfWorkingAge(person.sex(), person.birthDate(), day);
        } catch (WorkingAgeRules.NoRule e) {
            return false;
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return c != null && c.isAfter(max) ? c : max;
    }
}
