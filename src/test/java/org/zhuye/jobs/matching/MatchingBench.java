package org.zhuye.jobs.matching;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import static org.zhuye.bench.BenchReport.machine;
import static org.zhuye.bench.BenchReport.percentiles;

/**
 * Matching at the size the issue names: 350,000 seekers with profiles over the real villages of the
 * region and 20,000 open postings, generated with a fixed seed. Times top-20 candidates for a posting
 * (province-wide jurisdiction: the whole index is scanned) and top-20 postings for a person, both with
 * explanations, beside a plain SQL scan over the same rows with the same hard filters and an
 * occupation/distance ordering. Writes target/matching-bench.md. Run:
 * {@code mvn -Pbench test -Dtest=MatchingBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class MatchingBench {

    static final int SEEKERS = Integer.getInteger("zhuye.bench.seekers", 350_000);
    static final int POSTINGS = Integer.getInteger("zhuye.bench.postings", 20_000);
    static final int CALLS = 200;
    /** long id and home, int capabilities, needs, wage, ageFrom, ageUntil, 8 byte fields, 3 references. */
    static final int BYTES_PER_SEEKER = 8 + 8 + 4 * 5 + 8 + 3 * 4;
    static final int SQL_CALLS = 20;
    static final LocalDate TODAY = LocalDate.now();
    static final String[] OCCUPATIONS = {"4-07-02-01", "4-07-02", "4-07", "4-01-01", "4-03", "4-10-01", "6-05-01", "6-31-01",
            "2-02-01", "3-01", "5-01-01", "4-14-02", "6-18", "4"};

    static {
        Path dir = Path.of("target/bench-data/matching").toAbsolutePath();
        System.setProperty("zhuye.bench.data-dir", dir.toString());
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void matchingAtRegionScale() throws IOException {
        List<String> villages = jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '15%' ORDER BY code")
                .query(String.class).list();
        SplittableRandom random = new SplittableRandom(20_261_205L);
        long started = System.nanoTime();
        List<Seeker> seekers = new ArrayList<>(SEEKERS);
        for (int i = 1; i <= SEEKERS; i++) {
            seekers.add(seeker(random, i, villages));
        }
        List<Opening> openings = new ArrayList<>(POSTINGS);
        for (int i = 1; i <= POSTINGS; i++) {
            openings.add(opening(random, i, villages));
        }
        double generated = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        SeekerColumns.Builder builder = new SeekerColumns.Builder(SEEKERS);
        seekers.forEach(builder::add);
        SeekerColumns columns = builder.build();
        PostingColumns postingColumns = new PostingColumns(openings);
        double built = (System.nanoTime() - started) / 1e6;
        loadSql(seekers, openings);
        seekers = null;

        long[] candidateNanos = new long[CALLS];
        long[] postingNanos = new long[CALLS];
        long survivors = 0;
        for (int warm = 0; warm < 50; warm++) {
            Ranking.candidates(columns, openings.get(warm), "15", MatchWeights.DEFAULT, TODAY, 20);
            Ranking.postings(postingColumns, columns.seeker(warm), MatchWeights.DEFAULT, TODAY, 20, i -> true);
        }
        for (int i = 0; i < CALLS; i++) {
            Opening o = openings.get(100 + i * 37 % POSTINGS);
            long t = System.nanoTime();
            List<Match> found = Ranking.candidates(columns, o, "15", MatchWeights.DEFAULT, TODAY, 20);
            candidateNanos[i] = System.nanoTime() - t;
            survivors += found.size();
            Seeker s = columns.seeker((i * 1_747) % columns.size);
            t = System.nanoTime();
            Ranking.postings(postingColumns, s, MatchWeights.DEFAULT, TODAY, 20, x -> true);
            postingNanos[i] = System.nanoTime() - t;
        }
        long[] sqlCandidateNanos = new long[SQL_CALLS];
        long[] sqlPostingNanos = new long[SQL_CALLS];
        for (int i = 0; i < SQL_CALLS; i++) {
            Opening o = openings.get(100 + i * 37 % POSTINGS);
            long t = System.nanoTime();
            sqlCandidates(o);
            sqlCandidateNanos[i] = System.nanoTime() - t;
            Seeker s = columns.seeker((i * 1_747) % columns.size);
            t = System.nanoTime();
            sqlPostings(s);
            sqlPostingNanos[i] = System.nanoTime() - t;
        }
        String report = String.format(Locale.ROOT, """
                ## Benchmark

                %s, %s. `MatchingBench` (`mvn -Pbench test -Dtest=MatchingBench`, surefire `-Xmx1g`): %,d synthetic
                seekers with profiles over the region's %,d real villages and %,d open postings, generated in memory with
                a fixed seed (%.0f ms); columns built in %.0f ms; the seekers' primitive columns take about %.0f MB (%d bytes
                a seeker, besides the shared occupation strings). Candidates are asked for province-wide (the whole index is scanned), on average %.1f
                returned of 20. Both answers carry their explanations (components and reasons).

                | query | calls | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|
                | top-20 candidates for a posting (index) | %d | %s |
                | top-20 postings for a person (index) | %d | %s |
                | the same candidates, plain SQL scan | %d | %s |
                | the same postings, plain SQL scan | %d | %s |

                Ratio of medians, SQL over index: candidates %.0f×, postings %.0f×.
                """, machine(), TODAY, SEEKERS, villages.size(), POSTINGS, generated, built,
                SEEKERS * (double) BYTES_PER_SEEKER / 1e6, BYTES_PER_SEEKER, survivors / (double) CALLS,
                CALLS, percentiles(candidateNanos), CALLS, percentiles(postingNanos),
                SQL_CALLS, percentiles(sqlCandidateNanos), SQL_CALLS, percentiles(sqlPostingNanos),
                median(sqlCandidateNanos) / median(candidateNanos), median(sqlPostingNanos) / median(postingNanos));
        Files.writeString(Path.of("target/matching-bench.md"), report);
        System.out.println(report);
        // The targets are printed against the figures, never asserted: a timing depends on the machine's load.
        System.out.printf("targets: candidates p95 %.1f ms (≤ 50: %s), postings p95 %.1f ms (≤ 20: %s)%n",
                p95(candidateNanos), p95(candidateNanos) <= 50.0 ? "met" : "MISSED",
                p95(postingNanos), p95(postingNanos) <= 20.0 ? "met" : "MISSED");
    }

    static Seeker seeker(SplittableRandom r, long id, List<String> villages) {
        int[] caps = new int[6];
        for (int k = 0; k < 6; k++) {
            caps[k] = r.nextInt(10) < 6 ? 3 : r.nextInt(4);
        }
        Set<WorkplaceFeature> needs = r.nextInt(10) < 7 ? Set.of() : Set.of(WorkplaceFeature.values()[r.nextInt(9)]);
        Set<WorkMode> modes = r.nextInt(10) < 5 ? Set.of(WorkMode.ON_SITE) : r.nextInt(2) == 0
                ? Set.of(WorkMode.ON_SITE, WorkMode.HOME_BASED, WorkMode.REMOTE) : Set.of(WorkMode.HOME_BASED, WorkMode.REMOTE);
        TravelRange[] ranges = {TravelRange.VILLAGE, TravelRange.TOWNSHIP, TravelRange.TOWNSHIP, TravelRange.COUNTY,
                TravelRange.COUNTY, TravelRange.COUNTY, TravelRange.COUNTY, TravelRange.LEAGUE, TravelRange.LEAGUE, TravelRange.ANY};
        LocalDate birth = LocalDate.of(1965 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<String> occupations = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            occupations.add(OCCUPATIONS[r.nextInt(OCCUPATIONS.length)]);
        }
        return new Seeker(id, villages.get(r.nextInt(villages.size())), 1 + r.nextInt(7),
                new String[]{"20", "30", "40", "60", "70", "80", "00"}[r.nextInt(7)], r.nextInt(10) < 3, r.nextInt(10) < 2,
                r.nextInt(20) == 0, r.nextInt(50) != 0, "有效", birth.plusYears(16), birth.plusYears(60), null,
                WorkDemands.of(caps), needs, modes, 20 + r.nextInt(45), ranges[r.nextInt(ranges.length)],
                r.nextInt(3) == 0 ? null : 1500 + r.nextInt(5000), occupations.stream().distinct().toList(), r.nextInt(5));
    }

    static Opening opening(SplittableRandom r, long id, List<String> villages) {
        int[] demands = new int[6];
        for (int k = 0; k < 6; k++) {
            demands[k] = r.nextInt(10) < 5 ? 0 : r.nextInt(4);
        }
        WorkMode[] modes = {WorkMode.ON_SITE, WorkMode.ON_SITE, WorkMode.ON_SITE, WorkMode.ON_SITE, WorkMode.ON_SITE,
                WorkMode.ON_SITE, WorkMode.ON_SITE, WorkMode.HOME_BASED, WorkMode.REMOTE, WorkMode.PLATFORM};
        Set<WorkplaceFeature> features = r.nextInt(3) == 0 ? Set.of(WorkplaceFeature.STEP_FREE, WorkplaceFeature.FLEXIBLE_HOURS,
                WorkplaceFeature.ACCESSIBLE_TOILET) : Set.of(WorkplaceFeature.STEP_FREE);
        int wageMin = 1800 + r.nextInt(3000);
        return new Opening(id, "岗位" + id, villages.get(r.nextInt(villages.size())), OCCUPATIONS[r.nextInt(OCCUPATIONS.length)],
                modes[r.nextInt(modes.length)], 20 + r.nextInt(30), wageMin + r.nextInt(2000),
                r.nextInt(3) == 0 ? "70" : null, r.nextInt(4) == 0 ? List.of(1 + r.nextInt(7)) : List.of(), features,
                WorkDemands.of(demands), true, TODAY.plusDays(1 + r.nextInt(90)));
    }

    private void loadSql(List<Seeker> seekers, List<Opening> openings) {
        jdbc.sql("DROP TABLE IF EXISTS bench_seeker, bench_posting").update();
        jdbc.sql("""
                CREATE UNLOGGED TABLE bench_seeker (person_id bigint, home text COLLATE "C", c0 int, c1 int, c2 int, c3 int, c4 int,
                    c5 int, needs int, modes int, hours_max int, travel_digits int, wage int, occupations text[], flags int,
                    age_from int, age_until int)""").update();
        jdbc.sql("""
                CREATE UNLOGGED TABLE bench_posting (id bigint, workplace text COLLATE "C", d0 int, d1 int, d2 int, d3 int, d4 int,
                    d5 int, features int, mode int, hours int, wage_max int, occupation text, open_until int, travels boolean)""").update();
        for (int from = 0; from < seekers.size(); from += 50_000) {
            List<Seeker> chunk = seekers.subList(from, Math.min(seekers.size(), from + 50_000));
            StringBuilder values = new StringBuilder();
            for (Seeker s : chunk) {
                SeekerColumns.Builder b = new SeekerColumns.Builder(1).add(s);
                int[] c = s.capabilities().toArray();
                values.append(values.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                        "(%d,'%s',%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,'{%s}',%d,%d,%d)", s.personId(), s.regionCode(), c[0], c[1], c[2],
                        c[3], c[4], c[5], b.needs[0], b.modes[0], s.hoursPerWeekMax(), s.travelRange().prefixLength(),
                        b.wage[0], String.join(",", s.occupationCodes()), b.flags[0], b.ageFrom[0], b.ageUntil[0]));
            }
            jdbc.sql("INSERT INTO bench_seeker VALUES " + values).update();
        }
        StringBuilder values = new StringBuilder();
        for (Opening o : openings) {
            int[] d = o.demands().toArray();
            values.append(values.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                    "(%d,'%s',%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,'%s',%d,%s)", o.postingId(), o.regionCode(), d[0], d[1], d[2], d[3],
                    d[4], d[5], PostingColumns.featureMask(o), o.workMode().ordinal(), o.hoursPerWeek(), o.wageMax(),
                    o.occupationCode(), o.openUntil().toEpochDay(), o.workMode().needsTravel()));
        }
        jdbc.sql("INSERT INTO bench_posting VALUES " + values).update();
        jdbc.sql("ANALYZE bench_seeker").update();
        jdbc.sql("ANALYZE bench_posting").update();
    }

    private List<Long> sqlCandidates(Opening o) {
        int[] d = o.demands().toArray();
        return jdbc.sql("""
                        SELECT person_id FROM bench_seeker
                        WHERE flags & 16 = 0 AND home LIKE '15%' AND modes & :mode <> 0 AND hours_max >= :hours
                          AND :day >= age_from AND :day < age_until AND needs & ~:features = 0
                          AND c0 >= :d0 AND c1 >= :d1 AND c2 >= :d2 AND c3 >= :d3 AND c4 >= :d4 AND c5 >= :d5
                          AND (NOT :travels OR left(home, travel_digits) = left(:work, travel_digits))
                        ORDER BY (CASE WHEN :occ = ANY(occupations) THEN 35 WHEN EXISTS (SELECT 1 FROM unnest(occupations) x
                                  WHERE split_part(x, '-', 1) = split_part(:occ, '-', 1)) THEN 14 ELSE 0 END)
                               + (CASE WHEN NOT :travels OR home = :work THEN 20 WHEN left(home, 9) = left(:work, 9) THEN 16
                                  WHEN left(home, 6) = left(:work, 6) THEN 12 WHEN left(home, 4) = left(:work, 4) THEN 8 ELSE 4 END) DESC,
                                 person_id
                        LIMIT 20""")
                .param("mode", 1 << o.workMode().ordinal()).param("hours", o.hoursPerWeek()).param("day", (int) TODAY.toEpochDay())
                .param("features", PostingColumns.featureMask(o)).param("d0", d[0]).param("d1", d[1]).param("d2", d[2])
                .param("d3", d[3]).param("d4", d[4]).param("d5", d[5]).param("travels", o.workMode().needsTravel())
                .param("work", o.regionCode()).param("occ", o.occupationCode())
                .query(Long.class).list();
    }

    private List<Long> sqlPostings(Seeker s) {
        SeekerColumns.Builder b = new SeekerColumns.Builder(1).add(s);
        int[] c = s.capabilities().toArray();
        return jdbc.sql("""
                        SELECT id FROM bench_posting
                        WHERE open_until >= :day AND (:modes & (1 << mode)) <> 0 AND hours <= :hours AND :needs & ~features = 0
                          AND d0 <= :c0 AND d1 <= :c1 AND d2 <= :c2 AND d3 <= :c3 AND d4 <= :c4 AND d5 <= :c5
                          AND (NOT travels OR left(workplace, :reach) = left(:home, :reach))
                        ORDER BY (CASE WHEN occupation = ANY(:occ) THEN 35 ELSE 0 END)
                               + (CASE WHEN NOT travels OR workplace = :home THEN 20 WHEN left(workplace, 9) = left(:home, 9) THEN 16
                                  WHEN left(workplace, 6) = left(:home, 6) THEN 12 ELSE 4 END) DESC, id
                        LIMIT 20""")
                .param("day", (int) TODAY.toEpochDay()).param("modes", (int) b.modes[0]).param("hours", s.hoursPerWeekMax())
                .param("needs", b.needs[0]).param("c0", c[0]).param("c1", c[1]).param("c2", c[2]).param("c3", c[3])
                .param("c4", c[4]).param("c5", c[5]).param("reach", s.travelRange().prefixLength()).param("home", s.regionCode())
                .param("occ", s.occupationCodes().toArray(String[]::new))
                .query(Long.class).list();
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }

}
