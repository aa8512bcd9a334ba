package org.zhuye.casework.demo;

import java.time.LocalDate;
import java.util.List;
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
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.region.Jurisdiction;

/**
 * Places a seeded sample of the demo's persons not in work in 公益性岗位, each through {@link PublicPosts#place}
 * (validated, audited, the move into work recorded), with start days spread over the last two years and terms
 * of one to three years, so that persons in post, the terms ending and — for those whose household is on 低保
 * that day — 低保渐退 show on every month of the monitoring indicators, not only today. Persons in a household on
 * 低保 are sampled more often, as the policy sends them first. Only persons aged 20–50 today are sampled, most of whom
 * are of working age over a term started up to two years ago; a placement the rules refuse (one reaching
 * retirement) is skipped. Runs only with the demo persons, on the embedded database, while no placement exists.
 */
@Component
@Order(DemoCasework.ORDER + 1)
class DemoPublicPosts implements ApplicationRunner {

    /** Share of the persons not in work placed; of those in a household on 低保 today. */
    static final double SAMPLE = 0.15;
    static final double SAMPLE_ON_DIBAO = 0.4;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final List<String> POSTS = List.of("社区保洁员", "护林员", "护路员", "村级残疾人专职委员", "托养服务助理");
    private static final Logger log = LoggerFactory.getLogger(DemoPublicPosts.class);

    private final PublicPosts posts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int requestedPersons;
    private final long seed;
    private final String datasourceUrl;

    DemoPublicPosts(PublicPosts posts, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                    @Value("${zhuye.demo.persons:0}") int requestedPersons,
                    @Value("${zhuye.demo.seed:15}") long seed,
                    @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.posts = posts;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.requestedPersons = requestedPersons;
        this.seed = seed;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requestedPersons <= 0 || (datasourceUrl != null && !datasourceUrl.isBlank())
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM public_post_placement)").query(Boolean.class).single()) {
            return;
        }
        populate("15", seed, LocalDate.now());
    }

    private record Candidate(long id, LocalDate registeredOn, boolean onDibao) {
    }

    /** Places the sample under {@code prefix}; returns how many were placed. */
    int populate(String prefix, long seed, LocalDate today) {
        List<Candidate> candidates = jdbc.sql("""
                        SELECT p.id, p.registered_on, EXISTS (
                            SELECT 1 FROM household_member m JOIN dibao_interval d ON d.household_id = m.household_id
                            WHERE m.person_id = p.id AND m.end_on IS NULL AND d.start_on <= ? AND d.end_on IS NULL)
                        FROM person p WHERE p.region_code LIKE ? AND p.merged_into IS NULL AND p.employed IS NOT TRUE
                          AND p.birth_date BETWEEN ? AND ?
                        ORDER BY p.id""")
                .params(java.sql.Date.valueOf(today), prefix + "%", java.sql.Date.valueOf(today.minusYears(50)),
                        java.sql.Date.valueOf(today.minusYears(20)))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3)))
                .list();
        int placed = 0;
        int refused = 0;
        for (Candidate c : candidates) {
            // One generator per person, as the services demo: the sample does not move when others are added.
            SplittableRandom random = new SplittableRandom(seed * 37 + c.id());
            if (random.nextDouble() >= (c.onDibao() ? SAMPLE_ON_DIBAO : SAMPLE)) {
                continue;
            }
            LocalDate start = today.minusDays(random.nextInt(730));
            if (start.isBefore(c.registeredOn())) {
                start = c.registeredOn();
            }
            LocalDate end = start.plusMonths(12 + random.nextInt(25)).minusDays(1);
            PlacementInput input = new PlacementInput(POSTS.get(random.nextInt(POSTS.size())), "", "所在苏木乡镇人民政府",
                    start.toString(), end.toString(), "");
            try {
                transactions.executeWithoutResult(status -> posts.place(c.id(), input, false, PROVINCE));
                placed++;
            } catch (RuntimeException refusedByRule) {
                refused++;  // the rules said no for this person on that day; the demo takes the next
            }
        }
        log.info("已生成 {} 条演示公益性岗位安置（{} 人不符合安置条件未安置）", placed, refused);
        return placed;
    }
}
