package org.zhuye.person.imports;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.database.CopyTextLine;

/**
 * A temporary table holding one chunk of an import's checked rows, filled with COPY (text format)
 * on the import's own connection, so that everything after it is a handful of set-based statements.
 * Sensitive numbers arrive already encrypted; the table is dropped when the transaction ends.
 */
final class PersonImportStaging {

    static final String TABLE = "person_import_staging";

    private static final String CREATE = """
            CREATE TEMP TABLE person_import_staging (
                row_no integer NOT NULL, cert_hash bytea NOT NULL, cert_cipher bytea NOT NULL, cert_masked text NOT NULL,
                name text NOT NULL, sex char(1) NOT NULL, birth_date date NOT NULL, category smallint NOT NULL,
                grade smallint NOT NULL, multiple_categories smallint[] NOT NULL, ethnicity text, education text,
                region_code text COLLATE "C" NOT NULL, hukou text NOT NULL, phone_hash bytea, phone_cipher bytea,
                phone_masked text, cert_status text NOT NULL, cert_issued_on date, cert_valid_until date,
                guardian_name text, guardian_relation text, guardian_phone_cipher bytea, guardian_phone_masked text,
                guardian_phone_hash bytea, registered_on date, has_status boolean NOT NULL, effective_on date, employed boolean,
                form smallint, employer_name text, occupation text, monthly_income numeric(10, 2), satisfaction smallint,
                reason smallint, livelihood smallint
            ) ON COMMIT DROP""";

    private final Connection connection;
    private final CopyManager copy;

    private PersonImportStaging(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Creates the table on {@code connection}, inside its transaction. */
    static PersonImportStaging create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute(CREATE);
        }
        return new PersonImportStaging(connection);
    }

    /** Replaces the table's rows with one chunk's, and gives the planner their statistics. */
    void load(PersonImportReader.Chunk chunk) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + TABLE);
        }
        chunk.lines().copyInto(copy, "COPY " + TABLE + " FROM STDIN");
        try (var statement = connection.createStatement()) {
            // Temporary tables get no statistics from autovacuum; the joins that follow need these two.
            statement.execute("ANALYZE " + TABLE + " (row_no, cert_hash)");
        }
    }

    /** The COPY line (UTF-8) of a checked row with its encrypted numbers; pure, so rows can be prepared in parallel. */
    static byte[] line(PersonImportRow row, PersonRepository.Encrypted encrypted) {
        CopyTextLine line = PersonCopyColumns.append(new CopyTextLine().field(row.row()), row.person(), encrypted, null);
        EmploymentInput.Employment e = row.employment();
        line.field(e != null);
        if (e == null) {
            line.nulls(9);
        } else {
            line.field(e.effectiveOn()).field(e.employed()).field(e.form()).field(e.employerName())
                    .field(e.occupation()).field(e.monthlyIncome()).field(e.satisfaction()).field(e.reason())
                    .field(e.livelihood());
        }
        return line.toBytes();
    }
}
