package org.zhuye.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.PageSession;

/**
 * The person page (人员详情) at 1.6 million persons, served over HTTP to 8 signed-in sessions at
 * once, with the event index as V15 defines it and, for comparison, with V3's partial one (which
 * the page's employment history, voided events included, could not use). Writes its section of
 * docs/benchmarks.md. Run: {@code mvn -Pbench test -Dtest=PersonPageBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class PersonPageBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int SESSIONS = 8;
    static final int WARM_UP = 40;

    static {
        BenchReport.freshDataDirectory("person-page");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Test
    void personPageAtProvinceScale() throws Exception {
        // The first three fields: the 1, 5 and 15 minute load averages.
        String load = String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
        long started = System.nanoTime();
        SyntheticRegistrySql.load(jdbc, PERSONS);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        UserAccount staff = accounts.create("bench-page", "150000000000", Role.STAFF);
        long first = jdbc.sql("SELECT min(id) FROM person").query(Long.class).single();

        String indexed = measure(staff, first, 800);
        jdbc.sql("DROP INDEX employment_event_person_idx").update();
        jdbc.sql("CREATE INDEX employment_event_person_idx ON employment_event (person_id, effective_on DESC, id DESC)"
                + " WHERE voided_at IS NULL").update();
        jdbc.sql("DROP INDEX change_request_person_idx").update();
        jdbc.sql("ANALYZE employment_event").update();
        String partial = measure(staff, first, 160);

        String report = """
                ## Person page

                %s, %s, load average at the start %s (above 2, other work shared the
                cores and the figures are inflated; the comparison, in one run, is what counts). `PersonPageBench`
                (`mvn -Pbench test -Dtest=PersonPageBench`): %,d synthetic persons loaded with SQL in %.0f s, then
                `GET /persons/{id}` of random persons over HTTP, %d signed-in sessions at once, after %d warm-up views.

                | event index | views | views/s | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|---|
                | all events (V15) | %s |
                | non-voided only (V3, before) | %s |
                """.formatted(BenchReport.machine(), LocalDate.now(), load, PERSONS, loadSeconds, SESSIONS, WARM_UP,
                indexed, partial);
        System.out.println("\n" + report);
        BenchReport.write("## Person page", report);
    }

    /** {@code views} page views spread over the sessions: "views | views/s | p50 | p95 | max". */
    private String measure(UserAccount staff, long first, int views) throws Exception {
        List<PageSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD));
        }
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < WARM_UP; i++) {
            sessions.get(0).get("/persons/" + (first + random.nextLong(PERSONS)));
        }
        long[] nanos = new long[views];
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        long wall = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                PageSession session = sessions.get(s);
                SplittableRandom ids = random.split();
                int from = s * views / SESSIONS;
                int to = (s + 1) * views / SESSIONS;
                done.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        long t = System.nanoTime();
                        int status = session.get("/persons/" + (first + ids.nextLong(PERSONS))).status();
                        nanos[i] = System.nanoTime() - t;
                        if (status != 200) {
                            throw new IllegalStateException("person page answered " + status);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        return String.format(Locale.ROOT, "%d | %.1f | %s", views, views / seconds, BenchReport.percentiles(nanos));
    }
}
