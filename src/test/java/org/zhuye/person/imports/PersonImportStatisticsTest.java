package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/** A bulk import leaves the planner fresh statistics of what it wrote, before its job reports done. */
@ZhuyeTest
class PersonImportStatisticsTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @Autowired
    ImportJobs jobs;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoadOfATenthOfTheRegistryIsAnalysedBeforeItsJobEnds() throws IOException {
        // The database is shared with other tests: the file is a tenth of whatever the registry holds now.
        long persons = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        int rows = (int) Math.max(200, persons / 10 + 100);
        OffsetDateTime before = now();

        ImportJob job = importRows(rows);

        assertThat(job.inserted()).isEqualTo(rows);
        for (String table : List.of("person", "employment_event")) {
            assertThat(lastAnalyze(table)).as(table).isAfterOrEqualTo(before);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pg_stats WHERE tablename = 'person' AND attname = 'region_code'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(statistics.estimatedPersons()).isGreaterThanOrEqualTo(rows);
    }

    @Test
    void aFewRowsIntoALargeRegistryLeaveTheStatisticsToAutovacuum() throws IOException {
        importRows(Math.max(200, (int) (jdbc.sql("SELECT count(*) FROM person").query(Long.class).single() / 10 + 100)));
        OffsetDateTime analysed = lastAnalyze("person");

        ImportJob job = importRows(1);

        assertThat(job.inserted()).isEqualTo(1);
        assertThat(lastAnalyze("person")).isEqualTo(analysed);
    }

    @Test
    void theShareOfChangedRowsDecides() {
        assertThat(RegistryStatistics.worthAnalysing(1, -1)).as("never analysed").isTrue();
        assertThat(RegistryStatistics.worthAnalysing(100_000, 1_000_000)).isTrue();
        assertThat(RegistryStatistics.worthAnalysing(99_999, 1_000_000)).isFalse();
        assertThat(RegistryStatistics.worthAnalysing(0, -1)).as("nothing saved").isFalse();
    }

    private ImportJob importRows(int count) throws IOException {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(ImportFiles.row(ImportFiles.certificate(4, 2), ImportFiles.uniqueName("统计")));
        }
        ImportJob job = jobs.runNow(new ByteArrayInputStream(ImportFiles.csv(rows)), "statistics.csv", false,
                "statistics-tester", XINCHENG);
        assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.SUCCEEDED);
        return job;
    }

    private OffsetDateTime lastAnalyze(String table) {
        return jdbc.sql("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?").param(table)
                .query(OffsetDateTime.class).optional().orElse(null);
    }

    private OffsetDateTime now() {
        return jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
    }
}
