package org.zhuye.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonSearch;
import org.zhuye.person.Sex;
import org.zhuye.region.Jurisdiction;

/**
 * Person search as the 人员查询 page runs it, at 1.6 million persons: the kinds of query staff
 * make, each timed over 200 calls after warm-up. Prints p50/p95/max and writes them to
 * docs/benchmarks.md. Run: {@code mvn -Pbench test -Dtest=PersonSearchBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class PersonSearchBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int WARM_UP = 50;
    static final int CALLS = 200;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    static {
        BenchReport.freshDataDirectory("person-search");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRepository persons;

    @Test
    void personSearchAtProvinceScale() throws IOException {
        long started = System.nanoTime();
        SyntheticRegistrySql.load(jdbc, PERSONS);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        // The loader sets employed only through events; the page filters on the cached current status.
        jdbc.sql("""
                UPDATE person p SET employed = s.employed, employed_since = s.effective_on
                FROM (SELECT DISTINCT ON (person_id) person_id, employed, effective_on FROM employment_event
                      WHERE voided_at IS NULL ORDER BY person_id, effective_on DESC, id DESC) s
                WHERE s.person_id = p.id
                """).update();
        jdbc.sql("VACUUM ANALYZE person").update();
        byte[] someCertificate = jdbc.sql("SELECT cert_hash FROM person WHERE id = 777777").query(byte[].class).single();
        LocalDate today = LocalDate.now();

        Map<String, Supplier<PersonRepository.Page>> queries = new LinkedHashMap<>();
        queries.put("province, no filter, first page", () -> persons.search(search(null, null, null, null, null, null, 0), null, today, PROVINCE));
        queries.put("province, no filter, page 20", () -> persons.search(search(null, null, null, null, null, null, 20), null, today, PROVINCE));
        queries.put("province, exact certificate number (keyed hash)", () -> persons.search(search(null, null, null, null, null, null, 0), someCertificate, today, PROVINCE));
        queries.put("province, name prefix 合成人员12345", () -> persons.search(search("合成人员12345", null, null, null, null, null, 0), null, today, PROVINCE));
        queries.put("county 150102, 肢体 二级", () -> persons.search(search(null, "150102", 4, 2, null, null, 0), null, today, PROVINCE));
        queries.put("league 1525, not employed, 16–34", () -> persons.search(new PersonSearch(null, null, "1525", null, null, null, "NOT_EMPLOYED", 16, 34, 0, 50), null, today, PROVINCE));
        queries.put("province, 言语 一级 女", () -> persons.search(search(null, null, 3, 1, Sex.FEMALE, null, 0), null, today, PROVINCE));
        queries.put("village 150102001001, everyone", () -> persons.search(search(null, "150102001001", null, null, null, null, 0), null, today, PROVINCE));

        List<String> rows = new ArrayList<>();
        for (var query : queries.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                query.getValue().get();
            }
            long[] nanos = new long[CALLS];
            int found = 0;
            for (int i = 0; i < CALLS; i++) {
                long t = System.nanoTime();
                found = query.getValue().get().rows().size();
                nanos[i] = System.nanoTime() - t;
            }
            rows.add("| " + query.getKey() + " | " + found + " | " + BenchReport.percentiles(nanos) + " |");
        }
        String report = """
                ## Person search

                %s, %s. `PersonSearchBench` (`mvn -Pbench test -Dtest=PersonSearchBench`): %,d synthetic persons
                loaded with SQL in %.0f s, then `PersonRepository.search` (what the 人员查询 page and
                `GET /api/v1/persons` call) with a page size of 50, %d calls after %d warm-up calls each. Target: p95 ≤ 20 ms.

                | query | rows on the page | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|
                %s
                """.formatted(BenchReport.machine(), today, PERSONS, loadSeconds, CALLS, WARM_UP, String.join("\n", rows));
        System.out.println("\n" + report);
        BenchReport.write("## Person search", report);
    }

    private static PersonSearch search(String name, String region, Integer category, Integer grade, Sex sex,
                                       String employment, int page) {
        return new PersonSearch(name, null, region, category, grade, sex, employment, null, null, page, 50);
    }
}
