package org.zhuye.jobs.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.zhuye.jobs.JobsDemo;
import org.zhuye.account.UserAccount;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Fills an empty {@code job_fair} table of the embedded database ({@code zhuye.demo.jobs=true}, profile demo) after
 * the demo postings (order 50) and before the demo referrals (order 70): the past two years' fairs of every league
 * ({@link DemoFairCalendar}, so the SOE count has gaps), one past fair 40 days ago with demo units, their published
 * postings, demo persons registered, most checked in, intents (each a FAIR referral) and half of the 回访 done, and
 * one fair in 20 days with its first registrations. Everything goes through {@link JobFairs} with the first
 * administrator's rights, audited as "system"; past records through its package-private dated paths (an
 * {@link Instant} for when each step happened). One transaction: a failure leaves no fair behind.
 */
@Component
@Order(DemoJobFairs.ORDER)
class DemoJobFairs implements ApplicationRunner {

    static final int ORDER = 60;
    private static final Logger log = LoggerFactory.getLogger(DemoJobFairs.class);
    private static final List<String> ZONES = List.of("国有企业区", "民营及平台企业区", "居家就业区");

    private final JobFairs fairs;
    private final RegionRepository regions;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long seed;
    private final JobsDemo demo;

    DemoJobFairs(JobFairs fairs, RegionRepository regions, RegionAdministrators administrators, JdbcClient jdbc,
                 PlatformTransactionManager transactionManager, JobsDemo demo) {
        this.fairs = fairs;
        this.regions = regions;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.seed = demo.seed();
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "job_fair", "演示招聘会",
                () -> administrators.first(RegionCode.of("15")));
        if (admin.isEmpty()) {
            return;
        }
        try {
            int made = transactions.execute(status -> populate(admin.get(), LocalDate.now()));
            log.info("已生成演示招聘会 {} 场", made);
        } catch (RuntimeException e) {
            // A generator bug must not keep the product from starting; everything was rolled back.
            log.error("演示招聘会生成中止，已全部回滚", e);
        }
    }

    int populate(UserAccount admin, LocalDate today) {
        List<String[]> leagues = new ArrayList<>();
        RegionCode province = RegionCode.of("15");
        regions.children(province, new Jurisdiction(province))
                .forEach(c -> leagues.add(new String[]{c.region().code(), c.region().name()}));
        int made = 0;
        for (DemoFairCalendar.Planned p : DemoFairCalendar.plan(leagues, today, seed).fairs()) {
            fairs.create(new FairInput(p.title(), p.leagueCode(), p.kind().name(), p.online(), p.day().toString(),
                    p.day().toString(), p.online() ? null : "（虚拟）" + p.leagueName() + "人力资源市场", List.of(), "14", null),
                    admin, at(p.day().minusDays(30), 9));
            made++;
        }
        String league = showcaseLeague(today.minusDays(40)).orElse(leagues.get(0)[0]);
        String leagueName = leagues.stream().filter(l -> l[0].equals(league)).findFirst().map(l -> l[1]).orElse("");
        showcase(admin, league, leagueName + "残疾人就业援助专场招聘会（往期）", today.minusDays(40), 20, true);
        showcase(admin, league, leagueName + "残疾人专场招聘会（即将举办）", today.plusDays(20), 8, false);
        return made + 2;
    }

    /** The league whose units have the most published postings open on {@code day}, among those with persons out of work. */
    private Optional<String> showcaseLeague(LocalDate day) {
        return jdbc.sql("""
                        SELECT substr(e.region_code, 1, 4) || '00000000' FROM job_posting p JOIN employer e ON e.id = p.employer_id
                        WHERE p.status = 'PUBLISHED' AND (p.published_on IS NULL OR p.published_on <= ?) AND p.open_until >= ?
                          AND EXISTS (SELECT 1 FROM person s WHERE s.region_code LIKE substr(e.region_code, 1, 4) || '%'
                                        AND s.merged_into IS NULL AND s.employed IS NOT TRUE)
                        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""")
                .params(day, day).query(String.class).optional();
    }

    private void showcase(UserAccount admin, String league, String title, LocalDate day, int persons, boolean past) {
        long fairId = fairs.create(new FairInput(title, league, "GENERAL", false, day.toString(), day.toString(),
                "（虚拟）盟市残疾人综合服务中心", ZONES, "14", "演示数据"), admin, at(day.minusDays(30), 9));
        LocalDate enrolled = past ? day.minusDays(10) : LocalDate.now();
        // Units of the league with postings open on the fair's day first (those bring jobs to it), then others.
        List<Long> units = jdbc.sql("""
                        SELECT e.id FROM employer e WHERE e.region_code LIKE ?
                        ORDER BY EXISTS (SELECT 1 FROM job_posting p WHERE p.employer_id = e.id AND p.status = 'PUBLISHED'
                                           AND (p.published_on IS NULL OR p.published_on <= ?) AND p.open_until >= ?) DESC, e.id
                        LIMIT 4""")
                .params(league.substring(0, 4) + "%", enrolled, day).query(Long.class).list();
        List<Long> postings = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            fairs.addEmployer(fairId, units.get(i), ZONES.get(i % ZONES.size()), "A" + (i + 1), admin, at(enrolled, 10));
            for (long posting : jdbc.sql("""
                            SELECT id FROM job_posting WHERE employer_id = ? AND status = 'PUBLISHED'
                              AND (published_on IS NULL OR published_on <= ?) AND open_until >= ? ORDER BY id LIMIT 3""")
                    .params(units.get(i), enrolled, day).query(Long.class).list()) {
                fairs.addPosting(fairId, posting, admin, at(enrolled, 11));
                postings.add(posting);
            }
        }
        List<Long> people = jdbc.sql("""
                        SELECT id FROM person WHERE region_code LIKE ? AND merged_into IS NULL AND employed IS NOT TRUE
                          AND birth_date BETWEEN ? AND ? ORDER BY id LIMIT ?""")
                .params(league.substring(0, 4) + "%", day.minusYears(55), day.minusYears(18), persons)
                .query(Long.class).list();
        for (int i = 0; i < people.size(); i++) {
            long person = people.get(i);
            fairs.register(fairId, person, admin, at(enrolled.minusDays(i % 5), 14));
            if (past && i % 5 != 4) {
                fairs.checkIn(fairId, person, admin, at(day, 9 + i % 3));
                long posting = postings.isEmpty() ? 0 : postings.get(i % postings.size());
                // The postings demo may already have referred this person to this posting; one referral per pair.
                boolean referred = jdbc.sql("SELECT EXISTS (SELECT 1 FROM job_referral WHERE posting_id = ? AND person_id = ?)")
                        .params(posting, person).query(Boolean.class).single();
                if (!postings.isEmpty() && i % 3 != 2 && !referred) {
                    long intent = fairs.recordIntent(fairId, person, posting, day, admin, at(day, 15));
                    if (i % 2 == 0) {
                        fairs.recordCallback(fairId, intent, day.plusDays(14 + i % 4), "已电话回访，单位已安排面试", admin);
                    }
                }
            }
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant();
    }
}
