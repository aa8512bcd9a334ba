package org.zhuye.person.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.EmploymentInput;
import org.zhuye.platform.csv.RowError;
import org.zhuye.platform.database.BulkLoad;
import org.zhuye.region.Jurisdiction;

/**
 * The set-based half of one import, run on its connection for each chunk of checked rows in
 * {@code person_import_staging}: the checks that need the registry, then the upsert by
 * certificate hash and the status events; at the end the duplicate flags.
 */
final class PersonImportUpsert {

    private static final String CERTIFICATE = PersonTemplate.HEADERS.get(0);
    private static final String STATUS_DATE = EmploymentInput.LABELS.get("effectiveOn");

    private final JdbcClient jdbc;
    private final long bulkLoadRows;
    private boolean started;
    private boolean bulkDecided;
    private BulkLoad bulk;
    private long inserted;
    private long updated;

    PersonImportUpsert(JdbcClient jdbc, long bulkLoadRows) {
        this.bulkLoadRows = bulkLoadRows;
        this.jdbc = jdbc;
    }

    /**
     * Matches the staged rows with the registry in one statement, and reports rows that the
     * registry refuses: a number registered outside the caller's area, and a status dated before
     * the person's latest one (it would not become their current status, so the next import of
     * the same file would add it again).
     */
    List<RowError> checkAgainstRegistry(Jurisdiction jurisdiction) {
        jdbc.sql("DROP TABLE IF EXISTS person_import_match").update();
        jdbc.sql("""
                CREATE TEMP TABLE person_import_match ON COMMIT DROP AS
                WITH matched AS (
                    SELECT s.row_no, p.id AS person_id, p.region_code LIKE :scope AS inside,
                           (p.cert_masked, p.name, p.multiple_categories, p.ethnicity, p.education, p.region_code,
                            p.hukou, p.phone_hash, p.cert_status, p.cert_issued_on, p.cert_valid_until, p.guardian_name,
                            p.guardian_relation, p.guardian_phone_hash, p.registered_on)
                           IS DISTINCT FROM
                           (s.cert_masked, s.name, s.multiple_categories, s.ethnicity, s.education, s.region_code,
                            s.hukou, s.phone_hash, s.cert_status, s.cert_issued_on, s.cert_valid_until, s.guardian_name,
                            s.guardian_relation, s.guardian_phone_hash, coalesce(s.registered_on, p.registered_on)) AS data_changed
                    FROM person_import_staging s JOIN person p ON p.cert_hash = s.cert_hash
                ), latest AS (
                    SELECT DISTINCT ON (e.person_id) e.person_id, e.effective_on, e.employed, e.form, e.employer_name,
                           e.occupation, e.monthly_income, e.satisfaction, e.reason, e.livelihood
                    FROM employment_event e JOIN matched m ON m.person_id = e.person_id AND m.inside
                    WHERE e.voided_at IS NULL
                    ORDER BY e.person_id, e.effective_on DESC, e.id DESC
                )
                SELECT m.row_no, m.person_id, m.inside, m.data_changed, c.effective_on AS current_on,
                       c.person_id IS NULL AS no_status,
                       s.has_status AND (c.person_id IS NULL OR
                           (c.employed, c.form, c.employer_name, c.occupation, c.monthly_income, c.satisfaction,
                            c.reason, c.livelihood)
                           IS DISTINCT FROM
                           (s.employed, s.form, s.employer_name, s.occupation, s.monthly_income, s.satisfaction,
                            s.reason, s.livelihood)) AS status_changed
                FROM matched m
                JOIN person_import_staging s ON s.row_no = m.row_no
                LEFT JOIN latest c ON c.person_id = m.person_id
                """)
                .param("scope", jurisdiction.likePattern())
                .update();
        jdbc.sql("ANALYZE person_import_match").update();
        List<RowError> errors = new ArrayList<>(jdbc.sql("""
                SELECT m.row_no, s.cert_masked FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE NOT m.inside ORDER BY m.row_no
                """)
                .query((rs, i) -> new RowError(rs.getInt(1), CERTIFICATE, rs.getString(2),
                        "此残疾人证号已在其他地区登记，如需迁入请联系原登记地"))
                .list());
        errors.addAll(jdbc.sql("""
                SELECT m.row_no, s.effective_on, m.current_on
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE m.inside AND m.status_changed AND s.effective_on < m.current_on ORDER BY m.row_no
                """)
                .query((rs, i) -> new RowError(rs.getInt(1), STATUS_DATE, rs.getDate(2).toString(),
                        "早于系统中此人最近一次就业状况的日期（" + rs.getDate(3) + "），新状况须不早于该日期"))
                .list());
        errors.sort(Comparator.comparingInt(RowError::row));
        return errors;
    }

    /**
     * Saves the staged chunk: updates changed records, inserts new persons with their baseline
     * status, adds changed statuses, and keeps the keys that {@link #finish} checks for lookalikes.
     * {@code expectedRows} (the file's estimated size) helps decide whether the load is large
     * enough to build the registry's indexes afterwards instead of row by row.
     */
    void saveChunk(String actor, long expectedRows) {
        if (!started) {
            started = true;
            jdbc.sql("DROP TABLE IF EXISTS person_import_keys").update();
            jdbc.sql("""
                    CREATE TEMP TABLE person_import_keys (id bigint, name text, birth_date date, county text COLLATE "C")
                    ON COMMIT DROP""").update();
        }
        considerBulkLoad(expectedRows);
        jdbc.sql("""
                UPDATE person p SET cert_cipher = s.cert_cipher, cert_masked = s.cert_masked, name = s.name,
                    multiple_categories = s.multiple_categories, ethnicity = s.ethnicity, education = s.education,
                    region_code = s.region_code, hukou = s.hukou, phone_hash = s.phone_hash,
                    phone_cipher = s.phone_cipher, phone_masked = s.phone_masked, cert_status = s.cert_status,
                    cert_issued_on = s.cert_issued_on, cert_valid_until = s.cert_valid_until,
                    guardian_name = s.guardian_name, guardian_relation = s.guardian_relation,
                    guardian_phone_cipher = s.guardian_phone_cipher, guardian_phone_masked = s.guardian_phone_masked,
                    guardian_phone_hash = s.guardian_phone_hash,
                    registered_on = coalesce(s.registered_on, p.registered_on), updated_at = now(), version = p.version + 1
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE p.id = m.person_id AND m.data_changed
                """).update();
        jdbc.sql("DROP TABLE IF EXISTS person_import_new").update();
        jdbc.sql("CREATE TEMP TABLE person_import_new (id bigint, row_no integer) ON COMMIT DROP").update();
        // A new person's first status is their baseline, written with them. No ORDER BY: the
        // staging table is already in the file's order, and a sort of wide rows would spill.
        inserted += jdbc.sql("""
                WITH added AS (
                    INSERT INTO person (cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade,
                        multiple_categories, ethnicity, education, region_code, hukou, phone_hash, phone_cipher,
                        phone_masked, cert_status, cert_issued_on, cert_valid_until, guardian_name, guardian_relation,
                        guardian_phone_cipher, guardian_phone_masked, guardian_phone_hash, registered_on, employed, employed_since)
                    SELECT s.cert_hash, s.cert_cipher, s.cert_masked, s.name, s.sex, s.birth_date, s.category, s.grade,
                        s.multiple_categories, s.ethnicity, s.education, s.region_code, s.hukou, s.phone_hash,
                        s.phone_cipher, s.phone_masked, s.cert_status, s.cert_issued_on, s.cert_valid_until,
                        s.guardian_name, s.guardian_relation, s.guardian_phone_cipher, s.guardian_phone_masked,
                        s.guardian_phone_hash, coalesce(s.registered_on, CURRENT_DATE), s.employed, s.effective_on
                    FROM person_import_staging s
                    WHERE NOT EXISTS (SELECT 1 FROM person_import_match m WHERE m.row_no = s.row_no)
                    RETURNING id, cert_hash
                )
                INSERT INTO person_import_new (id, row_no)
                SELECT a.id, s.row_no FROM added a JOIN person_import_staging s ON s.cert_hash = a.cert_hash
                """).update();
        jdbc.sql("ANALYZE person_import_new").update();
        jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, employer_name, occupation,
                    monthly_income, satisfaction, reason, livelihood, baseline, recorded_by)
                SELECT x.person_id, s.effective_on, s.employed, s.form, s.employer_name, s.occupation, s.monthly_income,
                       s.satisfaction, s.reason, s.livelihood, x.baseline, :actor
                FROM (SELECT n.id AS person_id, n.row_no, true AS baseline FROM person_import_new n
                      UNION ALL
                      SELECT m.person_id, m.row_no, m.no_status FROM person_import_match m WHERE m.status_changed) x
                JOIN person_import_staging s ON s.row_no = x.row_no
                WHERE s.has_status
                """)
                .param("actor", actor)
                .update();
        jdbc.sql("""
                UPDATE person p SET employed = s.employed, employed_since = s.effective_on
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE p.id = m.person_id AND m.status_changed
                """).update();
        jdbc.sql("""
                INSERT INTO person_import_keys (id, name, birth_date, county)
                SELECT n.id, s.name, s.birth_date, substr(s.region_code, 1, 6)
                FROM person_import_new n JOIN person_import_staging s ON s.row_no = n.row_no
                UNION ALL
                SELECT m.person_id, s.name, s.birth_date, substr(s.region_code, 1, 6)
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE m.data_changed
                """).update();
        updated += jdbc.sql("SELECT count(*) FROM person_import_match WHERE data_changed OR status_changed")
                .query(Long.class).single();
    }

    /** After the last chunk: the indexes (if they were set aside) and the lookalike flags. */
    PersonImport.Outcome finish(long rows) {
        if (bulk != null) {
            bulk.finish();
        }
        if (started) {
            flagLookalikes();
        }
        return new PersonImport.Outcome(rows, 0, inserted, updated, rows - inserted - updated, true);
    }

    /**
     * A file that at least doubles the registry (a first load, a province merging its counties'
     * lists) is cheaper to save with the indexes built once afterwards than maintained row by row;
     * smaller files leave the registry open to readers while they save. Decided once the new rows
     * expected — from this chunk's share of new rows and the file's expected size, or from the
     * rows saved so far when the size is unknown — reach the threshold; from then on the rest of
     * the file is saved that way.
     */
    private void considerBulkLoad(long expectedRows) {
        if (bulkDecided) {
            return;
        }
        long staged = jdbc.sql("SELECT count(*) FROM person_import_staging").query(Long.class).single();
        long fresh = jdbc.sql("""
                SELECT count(*) FROM person_import_staging s
                WHERE NOT EXISTS (SELECT 1 FROM person_import_match m WHERE m.row_no = s.row_no)
                """).query(Long.class).single();
        long extrapolated = staged == 0 ? 0 : fresh * Math.max(expectedRows, staged) / staged;
        long expectedFresh = Math.max(extrapolated, inserted + fresh);
        if (expectedFresh < bulkLoadRows) {
            return;
        }
        bulkDecided = true;
        long present = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM person LIMIT :limit) p")
                .param("limit", expectedFresh + inserted).query(Long.class).single() - inserted;
        if (present < expectedFresh) {
            // The certificate key and the event index stay: later chunks are matched through them.
            bulk = BulkLoad.begin(jdbc, "5s", List.of("person", "employment_event"),
                    Set.of("person_cert_hash_key", "employment_event_person_idx"));
        }
    }

    /**
     * As {@code DuplicateFlags}, for every new or changed person at once: another person with the
     * same name and birth date in the same county. The new and changed rows' keys were kept from
     * each chunk, so only the other side needs the registry's duplicate index.
     */
    private void flagLookalikes() {
        jdbc.sql("ANALYZE person_import_keys").update();
        jdbc.sql("""
                INSERT INTO duplicate_flag (person_id, other_id, region_code)
                SELECT DISTINCT least(x.id, b.id), greatest(x.id, b.id), x.county || '000000'
                FROM person_import_keys x
                JOIN person b ON b.name = x.name AND b.birth_date = x.birth_date
                     AND substr(b.region_code, 1, 6) = x.county AND b.id <> x.id AND b.merged_into IS NULL
                ON CONFLICT (person_id, other_id) DO NOTHING
                """).update();
    }

}
