package org.zhuye.person.imports;

import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Planner statistics refreshed as soon as a bulk load has committed. Until a table is analysed the
 * planner costs it from what it held before (an empty registry, or a tenth of it): after a first load
 * of 6.4 million persons, search took 815 ms instead of 5.6 ms for the two minutes autovacuum needed
 * to get round to it. ANALYZE reads a fixed sample (30,000 rows a table), so it takes about a second
 * however large the registry.
 */
@Component
public class RegistryStatistics {

    /** What an import writes: the persons, their status events and the duplicate flags found among them. */
    static final List<String> IMPORT_TABLES = List.of("person", "employment_event", "duplicate_flag");
    /** What the demo writes besides: households, their members and members' statuses, 低保 periods. */
    public static final List<String> DEMO_TABLES = List.of("person", "employment_event", "duplicate_flag",
            "household", "household_member", "member_employment_event", "dibao_interval");
    /**
     * Changed rows, as a share of the rows a table held, from which a load is analysed at once; the same
     * share at which autovacuum would analyse it later (autovacuum_analyze_scale_factor's default). A few
     * rows into a large registry leave the statistics good enough, and are not worth a sample read.
     */
    static final double CHANGED_SHARE = 0.1;
    private static final Logger log = LoggerFactory.getLogger(RegistryStatistics.class);

    private final JdbcClient jdbc;

    RegistryStatistics(DataSource dataSource) {
        // Not the application's JdbcTemplate: ANALYZE of a large table may run past its query timeout on a busy machine.
        this.jdbc = JdbcClient.create(new JdbcTemplate(dataSource));
    }

    /** The persons the planner believes the registry holds (-1 before it was ever analysed or vacuumed). */
    long estimatedPersons() {
        return jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'person'::regclass").query(Long.class).single();
    }

    /** Whether {@code changed} rows into a registry estimated at {@code estimated} persons call for fresh statistics. */
    static boolean worthAnalysing(long changed, long estimated) {
        return changed > 0 && (estimated <= 0 || changed >= CHANGED_SHARE * estimated);
    }

    /** ANALYZE of each table, outside any transaction, so the statistics are there for every reader at once. */
    public void analyze(List<String> tables) {
        long started = System.nanoTime();
        // The names are this class's constants, never input.
        jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
        log.info("已更新统计信息（{}），用时 {} ms", String.join("、", tables), (System.nanoTime() - started) / 1_000_000);
    }
}
