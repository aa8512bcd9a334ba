package org.zhuye.bench;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a registry of any size straight into the database with SQL (generate_series), far faster
 * than the import: persons spread over the real villages with employment histories, some voided.
 * For benchmarks of reads, where how the rows got there does not matter.
 */
final class SyntheticRegistrySql {
    // Category, grade and sex come from independent hashes of the row number: derived from the
    // number by simple modular arithmetic they were perfectly correlated, so some combinations
    // never occurred and searches for them measured an artefact of the data.

    static final int CHUNK = 200_000;

    private SyntheticRegistrySql() {
    }

    /**
     * A chunk's INSERT took over the application's 60 s statement timeout on a busy machine, so this loader
     * has its own: long enough for a loaded machine, short enough that a stuck load still ends.
     */
    static final int STATEMENT_TIMEOUT_SECONDS = 30 * 60;

    /** With the loader's own statement timeout rather than the application's. */
    static void load(DataSource dataSource, int persons) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
        load(JdbcClient.create(template), persons);
    }

    /** In chunks, with {@code jdbc}'s statement timeout (the application's is 60 s: see above). */
    static void load(JdbcClient jdbc, int persons) {
        for (int from = 1; from <= persons; from += CHUNK) {
            loadChunk(jdbc, from, Math.min(persons, from + CHUNK - 1));
        }
        jdbc.sql("UPDATE employment_event SET voided_at = now(), voided_by = 'bench', void_reason = '误录' WHERE id % 50 = 0").update();
        jdbc.sql("ANALYZE").update();
    }

    private static void loadChunk(JdbcClient jdbc, long first, long last) {
        jdbc.sql("""
                INSERT INTO person (cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade,
                                    region_code, hukou, cert_status, registered_on)
                SELECT decode(md5('bench-' || g), 'hex'), decode(md5('cipher-' || g), 'hex'),
                       substr(v.codes[1 + ((g * 104729) % v.n)::int], 1, 6) || '********' || lpad((g % 10000)::text, 4, '0')
                           || '·' || (1 + abs(hashint8(g) % 7)) || (1 + abs(hashint8(g + 7919) % 4)),
                       '合成人员' || g,
                       CASE WHEN hashint8(g + 104729) % 2 = 0 THEN 'M' ELSE 'F' END,
                       DATE '1938-01-01' + ((g * 7919) % 31000)::int,
                       1 + abs(hashint8(g) % 7), 1 + abs(hashint8(g + 7919) % 4),
                       v.codes[1 + ((g * 104729) % v.n)::int],
                       CASE WHEN g % 3 = 0 THEN 'URBAN' ELSE 'RURAL' END,
                       CASE WHEN g % 97 = 0 THEN 'DECEASED' WHEN g % 89 = 0 THEN 'REVOKED' ELSE 'VALID' END,
                       TIMESTAMP '2015-01-01 09:00' + ((g * 4099) % 4300)::int * INTERVAL '1 day'
                FROM generate_series(?::bigint, ?::bigint) g,
                     (SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n FROM region WHERE level = 5) v
                """).params(first, last).update();
        long[] ids = jdbc.sql("SELECT min(id), max(id) FROM person WHERE name IN (?, ?)")
                .params("合成人员" + first, "合成人员" + last)
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        // About half have a baseline status, dated over ten years so that every recent year has moves; a quarter
        // of those later change (out of work or into it), some of those records voided.
        jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, reason, livelihood, baseline, recorded_by)
                SELECT id, least(greatest(birth_date + 5844, DATE '2016-01-01') + ((id * 13) % 3650)::int, DATE '2026-06-30'),
                       id % 4 <> 2, CASE WHEN id % 4 <> 2 THEN 1 + id % 7 END,
                       CASE WHEN id % 4 = 2 THEN 3 END, CASE WHEN id % 4 = 2 THEN 4 END, true, 'bench'
                FROM person WHERE id BETWEEN ? AND ? AND id % 2 = 0 AND birth_date < DATE '2008-01-01'
                """).params(ids[0], ids[1]).update();
        jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, reason, livelihood, baseline, recorded_by)
                SELECT person_id, least(effective_on + 60 + ((person_id * 7) % 700)::int, DATE '2026-09-30'),
                       NOT employed, CASE WHEN NOT employed THEN 1 + person_id % 7 END,
                       CASE WHEN employed THEN 7 END, CASE WHEN employed THEN 5 END, false, 'bench'
                FROM employment_event WHERE person_id BETWEEN ? AND ? AND person_id % 8 IN (0, 2)
                """).params(ids[0], ids[1]).update();
    }
}
