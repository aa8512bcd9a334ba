package org.zhuye.person.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonData;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PhoneNumber;

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
                guardian_phone_hash bytea, has_status boolean NOT NULL, effective_on date, employed boolean,
                form smallint, employer_name text, occupation text, monthly_income numeric(10, 2), satisfaction smallint,
                reason smallint, livelihood smallint
            ) ON COMMIT DROP""";

    private static final HexFormat HEX = HexFormat.of();

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
    void load(PersonImportReader.Chunk chunk) throws SQLException, IOException {
        try (var statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + TABLE);
        }
        copy.copyIn("COPY " + TABLE + " FROM STDIN", new ByteArrayInputStream(chunk.copyText(), 0, chunk.length()));
        try (var statement = connection.createStatement()) {
            // Temporary tables get no statistics from autovacuum; the joins that follow need these two.
            statement.execute("ANALYZE " + TABLE + " (row_no, cert_hash)");
        }
    }

    /** The COPY text line of a checked row with its encrypted numbers; pure, so rows can be prepared in parallel. */
    static String line(PersonImportRow row, PersonRepository.Encrypted encrypted) {
        return new Line().row(row, encrypted);
    }

    private static final class Line {
        private final StringBuilder line = new StringBuilder(1024);

        String row(PersonImportRow row, PersonRepository.Encrypted encrypted) {
            PersonData p = row.person();
            CertificateNumber certificate = p.certificate();
            field(row.row());
            field(encrypted.certificateHash());
            field(encrypted.certificateCipher());
            field(certificate.masked());
            field(p.name());
            field(certificate.sex().code());
            field(certificate.birthDate());
            field(certificate.category().code());
            field(certificate.grade());
            array(p.multipleCategories());
            field(p.ethnicity());
            field(p.education());
            field(p.regionCode());
            field(p.hukou().name());
            field(encrypted.phoneHash());
            field(encrypted.phoneCipher());
            field(PhoneNumber.mask(p.phone()));
            field(p.status().name());
            field(p.issuedOn());
            field(p.validUntil());
            field(p.guardianName());
            field(p.guardianRelation());
            field(encrypted.guardianPhoneCipher());
            field(PhoneNumber.mask(p.guardianPhone()));
            field(encrypted.guardianPhoneHash());
            EmploymentInput.Employment e = row.employment();
            field(e != null);
            if (e == null) {
                line.append("\\N\t".repeat(9));
            } else {
                field(e.effectiveOn());
                field(e.employed());
                field(e.form());
                field(e.employerName());
                field(e.occupation());
                field(e.monthlyIncome());
                field(e.satisfaction());
                field(e.reason());
                field(e.livelihood());
            }
            line.setCharAt(line.length() - 1, '\n');
            return line.toString();
        }

        private void field(Object value) {
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof byte[] bytes) {
                line.append("\\\\x").append(HEX.formatHex(bytes));
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else if (value instanceof BigDecimal d) {
                line.append(d.toPlainString());
            } else if (value instanceof LocalDate || value instanceof Number) {
                line.append(value);
            } else {
                text(value.toString());
            }
            line.append('\t');
        }

        private void array(List<Integer> codes) {
            line.append('{');
            for (int i = 0; i < codes.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(codes.get(i));
            }
            line.append("}\t");
        }

        /** COPY text format: backslash, tab, newline and carriage return are escaped. */
        private void text(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
    }
}
