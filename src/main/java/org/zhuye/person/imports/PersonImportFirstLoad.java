package org.zhuye.person.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.database.BulkLoad;
import org.zhuye.platform.database.CopyTextLine;

/**
 * The first load of an empty registry — a league's or the province's whole list on the day it
 * starts: rows go by COPY straight into {@code person} and {@code employment_event}, with ids
 * given in file order, instead of through the staging table and the matching that a registry
 * with persons needs. Matching is skipped, not weakened: the registry is empty and locked for the
 * whole transaction, and the reader refuses a number repeated within the file.
 *
 * <p>The registry's indexes and foreign keys are built once at the end ({@link BulkLoad}). When its
 * tables and every table pointing at them were empty, they are truncated first, so PostgreSQL
 * writes them without WAL and syncs them at commit, and COPY FREEZE stores the rows frozen and
 * all-visible: no later vacuum has to pass over a province to set what is already known.
 */
final class PersonImportFirstLoad {

    private static final String PERSON_COLUMNS = "id, " + PersonCopyColumns.NAMES + ", employed, employed_since";
    private static final String EVENT_COLUMNS = """
            person_id, effective_on, employed, form, employer_name, occupation, monthly_income, satisfaction, reason,
            livelihood, baseline, recorded_by""";

    private final JdbcClient jdbc;
    private final CopyManager copy;
    private final BulkLoad bulk;
    private final String options;
    private final long firstId;
    private long saved;

    private PersonImportFirstLoad(JdbcClient jdbc, CopyManager copy, BulkLoad bulk, boolean fresh, long firstId) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.bulk = bulk;
        this.options = fresh ? " (FREEZE)" : "";
        this.firstId = firstId;
    }

    /**
     * Starts a first load on {@code connection} (the transaction's, which {@code jdbc} also uses):
     * null, with nothing changed, if the registry has a person or its tables cannot be locked now.
     */
    static PersonImportFirstLoad begin(JdbcClient jdbc, Connection connection) throws SQLException {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM person)").query(Boolean.class).single()) {
            return null;
        }
        BulkLoad bulk = BulkLoad.begin(jdbc, "5s", List.of("person", "employment_event"), Set.of());
        if (bulk == null) {
            return null;
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM person)").query(Boolean.class).single()) {
            // Someone registered a person between the look and the lock: put the indexes back
            // (over a registry of a few rows) and take the general path.
            bulk.finish();
            return null;
        }
        boolean fresh = bulk.startAfreshIfEmpty();
        long firstId = jdbc.sql("SELECT nextval(pg_get_serial_sequence('person', 'id'))").query(Long.class).single();
        return new PersonImportFirstLoad(jdbc, connection.unwrap(PGConnection.class).getCopyAPI(), bulk, fresh, firstId);
    }

    /** The id of the file's {@code ordinal}-th data row (from 1); rows with errors leave gaps, as sequences do. */
    long idOf(long ordinal) {
        return firstId + ordinal - 1;
    }

    /** The row's {@code person} line. Pure, so rows can be prepared in parallel. */
    static byte[] personLine(long id, PersonImportRow row, PersonRepository.Encrypted encrypted) {
        EmploymentInput.Employment e = row.employment();
        return PersonCopyColumns.append(new CopyTextLine().field(id), row.person(), encrypted, java.time.LocalDate.now())
                .field(e == null ? null : e.employed())
                .field(e == null ? null : e.effectiveOn())
                .toBytes();
    }

    /** The row's baseline status as an {@code employment_event} line, or null when the row gives none. */
    static byte[] eventLine(long id, PersonImportRow row, String actor) {
        EmploymentInput.Employment e = row.employment();
        if (e == null) {
            return null;
        }
        return new CopyTextLine().field(id).field(e.effectiveOn()).field(e.employed()).field(e.form())
                .field(e.employerName()).field(e.occupation()).field(e.monthlyIncome()).field(e.satisfaction())
                .field(e.reason()).field(e.livelihood()).field(true).field(actor)
                .toBytes();
    }

    void save(PersonImportReader.Chunk chunk) throws SQLException {
        chunk.lines().copyInto(copy, "COPY person (" + PERSON_COLUMNS + ") FROM STDIN" + options);
        if (chunk.events().size() > 0) {
            chunk.events().copyInto(copy, "COPY employment_event (" + EVENT_COLUMNS + ") FROM STDIN" + options);
        }
        saved += chunk.rows();
    }

    /**
     * After the last chunk: the indexes and foreign keys, the id sequence moved past the ids given,
     * and the lookalike flags (same name, birth date and county), which in a first load can only
     * pair two of the file's own rows. Answers the persons saved.
     */
    long finish() {
        bulk.finish();
        jdbc.sql("SELECT setval(pg_get_serial_sequence('person', 'id'), max(id)) FROM person HAVING count(*) > 0")
                .query((rs, i) -> 1).list();
        // The few keys that occur twice first (one pass over the new rows), then their persons
        // through the duplicate index: cheaper than joining the whole registry with itself.
        jdbc.sql("""
                INSERT INTO duplicate_flag (person_id, other_id, region_code)
                SELECT a.id, b.id, t.county || '000000'
                FROM (SELECT name, birth_date, substr(region_code, 1, 6) AS county FROM person
                      GROUP BY 1, 2, 3 HAVING count(*) > 1) t
                JOIN person a ON a.name = t.name AND a.birth_date = t.birth_date AND substr(a.region_code, 1, 6) = t.county
                JOIN person b ON b.name = t.name AND b.birth_date = t.birth_date AND substr(b.region_code, 1, 6) = t.county
                     AND a.id < b.id
                ON CONFLICT (person_id, other_id) DO NOTHING
                """).update();
        return saved;
    }
}
