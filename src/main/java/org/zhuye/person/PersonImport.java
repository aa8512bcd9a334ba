package org.zhuye.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * Imports one file of the {@link PersonTemplate} into the registry, all or nothing, in one
 * transaction: every row is read and checked as it streams by, the good ones are encrypted
 * exactly as {@link PersonRegistry} does and copied into a temporary table, and the rest is
 * set-based SQL — the checks that need the registry, then the upsert by certificate hash, the
 * status events, the duplicate flags and one audit record. A dry run, or a file with any error,
 * is rolled back: nothing is saved. Rows whose data equal the stored record change nothing, so
 * importing the same file twice is harmless.
 */
@Service
class PersonImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImport.class);

    private static final int ERROR_BATCH = 1_000;
    /** Threads that check and encrypt rows while this one reads the file and feeds COPY. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;
    private static final String CERTIFICATE = PersonTemplate.HEADERS.get(0);
    private static final String STATUS_DATE = EmploymentInput.LABELS.get("effectiveOn");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CodeLists codes;
    private final RegionRepository regions;
    private final PersonRegistry registry;
    private final AuditTrail audit;

    PersonImport(DataSource dataSource, PlatformTransactionManager transactions, CodeLists codes,
                 RegionRepository regions, PersonRegistry registry, AuditTrail audit) {
        this.dataSource = dataSource;
        // Statements here may run for minutes on a province-sized file: no query timeout.
        this.jdbc = JdbcClient.create(new JdbcTemplate(dataSource));
        this.transaction = new TransactionTemplate(transactions);
        this.codes = codes;
        this.regions = regions;
        this.registry = registry;
        this.audit = audit;
    }

    /** What the import is told and what it reports as it goes. */
    interface Listener {
        void progress(long rows, long bytesRead, long totalBytes, String phase);

        void errors(List<RowError> errors);
    }

    record Request(long jobId, String actor, Jurisdiction jurisdiction, String fileName, PersonImportFormat format,
                   boolean dryRun) {
    }

    record Outcome(long rows, long errors, long inserted, long updated, long unchanged, boolean saved) {
    }

    Outcome run(Request request, Path file, Listener listener) {
        Set<String> villages = regions.villageCodes(request.jurisdiction());
        PersonImportCheck check = new PersonImportCheck(codes, villages, request.jurisdiction(), LocalDate.now());
        return transaction.execute(status -> {
            Errors errors = new Errors(listener);
            Outcome outcome;
            try {
                // Room for the hash joins and sorts over the whole file, for this transaction only.
                jdbc.sql("SET LOCAL work_mem = '128MB'").update();
                if (!request.dryRun()) {
                    // Imports that save run one at a time, so two files with the same new person cannot race.
                    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('person_import'))").query((rs, i) -> 1).single();
                }
                long started = System.nanoTime();
                long rows = stage(file, request.format(), check, errors, listener);
                long staged = System.nanoTime();
                listener.progress(rows, -1, -1, "正在与登记库比对");
                errors.addAll(checkAgainstRegistry(request.jurisdiction()));
                errors.flush();
                long matched = System.nanoTime();
                if (errors.count > 0 || request.dryRun()) {
                    status.setRollbackOnly();
                    log.info("人员导入任务 {}：{} 行，{} 处错误，未保存；读取检查 {} ms，比对 {} ms", request.jobId(), rows,
                            errors.count, (staged - started) / 1_000_000, (matched - staged) / 1_000_000);
                    return new Outcome(rows, errors.count, 0, 0, 0, false);
                }
                listener.progress(rows, -1, -1, "正在保存");
                outcome = save(request, rows);
                log.info("人员导入任务 {}：{} 行，新增 {}，更新 {}；读取检查 {} ms，比对 {} ms，保存 {} ms", request.jobId(), rows,
                        outcome.inserted(), outcome.updated(), (staged - started) / 1_000_000,
                        (matched - staged) / 1_000_000, (System.nanoTime() - matched) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return outcome;
        });
    }

    /** Reads, checks and copies every row; answers the number of data rows. */
    private long stage(Path file, PersonImportFormat format, PersonImportCheck check, Errors errors, Listener listener)
            throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long rows = 0;
        long lastReport = System.nanoTime();
        PersonImportSource opened;
        try {
            opened = PersonImportSource.open(file, format);
        } catch (IOException | RuntimeException e) {
            errors.add(new RowError(1, null, null, format == PersonImportFormat.XLSX
                    ? "无法读取XLSX文件，请确认它是用Excel或WPS保存的.xlsx工作簿（不支持旧的.xls）"
                    : "无法读取文件：" + e.getMessage()));
            try {
                PersonImportStaging.open(connection).close();
            } catch (SQLException failure) {
                throw new IllegalStateException("无法创建暂存表", failure);
            }
            return 0;
        }
        try (PersonImportSource source = opened;
             PersonImportBatches batches = new PersonImportBatches(WORKERS, raw -> checkAndEncrypt(check, raw))) {
            PersonImportStaging staging = PersonImportStaging.open(connection);
            Consumer<PersonImportBatches.Checked> sink = checked -> {
                RowError repeat = check.repeated(checked.certificate(), checked.row(), checked.sheet());
                if (checked.line() != null && repeat == null) {
                    staging.add(checked.line());
                } else {
                    errors.addAll(checked.errors());
                    if (repeat != null) {
                        errors.add(repeat);
                    }
                }
            };
            boolean sawHeader = false;
            try {
                List<PersonImportBatches.Raw> batch = new ArrayList<>(PersonImportBatches.BATCH);
                List<String> cells;
                while ((cells = nextRow(source, errors)) != null) {
                    if (source.header()) {
                        sawHeader = true;
                        errors.addAll(PersonImportCheck.checkHeader(cells, source.rowNumber(), source.sheet()));
                        continue;
                    }
                    rows++;
                    batch.add(new PersonImportBatches.Raw(source.rowNumber(), source.sheet(), cells));
                    if (batch.size() == PersonImportBatches.BATCH) {
                        batches.submit(batch, sink);
                        batch = new ArrayList<>(PersonImportBatches.BATCH);
                        if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                            errors.flush();
                            listener.progress(rows, source.bytesRead(), source.totalBytes(), "正在读取和检查");
                            lastReport = System.nanoTime();
                        }
                    }
                }
                batches.submit(batch, sink);
                batches.drain(sink);
                staging.close();
            } catch (IOException | RuntimeException e) {
                staging.abort();
                throw e;
            }
            if (!sawHeader) {
                errors.add(new RowError(1, null, null, "文件是空的：第1行应为模板的表头"));
            } else if (rows == 0) {
                errors.add(new RowError(2, null, null, "文件只有表头，没有数据行"));
            }
            listener.progress(rows, source.totalBytes(), source.totalBytes(), "正在与登记库比对");
        } catch (SQLException e) {
            throw new IllegalStateException("无法写入暂存表", e);
        }
        jdbc.sql("ANALYZE " + PersonImportStaging.TABLE).update();
        return rows;
    }

    /** A row's own checks and, when it passes, its encrypted COPY line: the part that runs on the workers. */
    private PersonImportBatches.Checked checkAndEncrypt(PersonImportCheck check, PersonImportBatches.Raw raw) {
        PersonImportCheck.Result result = check.checkFields(raw.cells(), raw.row(), raw.sheet());
        String line = result.ok() ? PersonImportStaging.line(result.row(), registry.encrypt(result.row().person())) : null;
        return new PersonImportBatches.Checked(raw.row(), raw.sheet(), result.certificate(), result.errors(), line);
    }

    /** A file that is not CSV at all (an unterminated quote) ends the reading with one error for that row. */
    private static List<String> nextRow(PersonImportSource source, Errors errors) throws IOException {
        try {
            return source.next();
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), null, null, "CSV格式错误：引号未闭合，此行之后的内容无法读取"));
            return null;
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IllegalStateException e) {
            errors.add(new RowError(Math.max(1, source.rowNumber()), null, null, "无法读取XLSX文件：" + e.getMessage()));
            return null;
        }
    }

    /**
     * Matches the staged rows with the registry in one statement, and reports rows that the
     * registry refuses: a number registered outside the caller's area, and a status dated before
     * the person's latest one (it would not become their current status, so the next import of
     * the same file would add it again).
     */
    private List<RowError> checkAgainstRegistry(Jurisdiction jurisdiction) {
        jdbc.sql("DROP TABLE IF EXISTS person_import_match").update();
        jdbc.sql("""
                CREATE TEMP TABLE person_import_match ON COMMIT DROP AS
                WITH matched AS (
                    SELECT s.row_no, p.id AS person_id, p.region_code LIKE :scope AS inside,
                           (p.cert_masked, p.name, p.multiple_categories, p.ethnicity, p.education, p.region_code,
                            p.hukou, p.phone_hash, p.cert_status, p.cert_issued_on, p.cert_valid_until, p.guardian_name,
                            p.guardian_relation, p.guardian_phone_hash)
                           IS DISTINCT FROM
                           (s.cert_masked, s.name, s.multiple_categories, s.ethnicity, s.education, s.region_code,
                            s.hukou, s.phone_hash, s.cert_status, s.cert_issued_on, s.cert_valid_until, s.guardian_name,
                            s.guardian_relation, s.guardian_phone_hash) AS data_changed
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
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return errors;
    }

    private Outcome save(Request request, long rows) {
        long updatedData = jdbc.sql("""
                UPDATE person p SET cert_cipher = s.cert_cipher, cert_masked = s.cert_masked, name = s.name,
                    multiple_categories = s.multiple_categories, ethnicity = s.ethnicity, education = s.education,
                    region_code = s.region_code, hukou = s.hukou, phone_hash = s.phone_hash,
                    phone_cipher = s.phone_cipher, phone_masked = s.phone_masked, cert_status = s.cert_status,
                    cert_issued_on = s.cert_issued_on, cert_valid_until = s.cert_valid_until,
                    guardian_name = s.guardian_name, guardian_relation = s.guardian_relation,
                    guardian_phone_cipher = s.guardian_phone_cipher, guardian_phone_masked = s.guardian_phone_masked,
                    guardian_phone_hash = s.guardian_phone_hash, updated_at = now(), version = p.version + 1
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE p.id = m.person_id AND m.data_changed
                """).update();
        jdbc.sql("DROP TABLE IF EXISTS person_import_new").update();
        jdbc.sql("CREATE TEMP TABLE person_import_new (id bigint, row_no integer) ON COMMIT DROP").update();
        // A new person's first status is their baseline, written with them.
        long inserted = jdbc.sql("""
                WITH added AS (
                    INSERT INTO person (cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade,
                        multiple_categories, ethnicity, education, region_code, hukou, phone_hash, phone_cipher,
                        phone_masked, cert_status, cert_issued_on, cert_valid_until, guardian_name, guardian_relation,
                        guardian_phone_cipher, guardian_phone_masked, guardian_phone_hash, employed, employed_since)
                    SELECT s.cert_hash, s.cert_cipher, s.cert_masked, s.name, s.sex, s.birth_date, s.category, s.grade,
                        s.multiple_categories, s.ethnicity, s.education, s.region_code, s.hukou, s.phone_hash,
                        s.phone_cipher, s.phone_masked, s.cert_status, s.cert_issued_on, s.cert_valid_until,
                        s.guardian_name, s.guardian_relation, s.guardian_phone_cipher, s.guardian_phone_masked,
                        s.guardian_phone_hash, s.employed, s.effective_on
                    FROM person_import_staging s
                    WHERE NOT EXISTS (SELECT 1 FROM person_import_match m WHERE m.row_no = s.row_no)
                    ORDER BY s.row_no
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
                ORDER BY x.row_no
                """)
                .param("actor", request.actor())
                .update();
        jdbc.sql("""
                UPDATE person p SET employed = s.employed, employed_since = s.effective_on
                FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                WHERE p.id = m.person_id AND m.status_changed
                """).update();
        flagLookalikes();
        long updated = jdbc.sql("SELECT count(*) FROM person_import_match WHERE data_changed OR status_changed")
                .query(Long.class).single();
        long unchanged = rows - inserted - updated;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", request.jobId());
        summary.put("file", request.fileName());
        summary.put("format", request.format().name());
        summary.put("rows", rows);
        summary.put("inserted", inserted);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        audit.recordAs(request.actor(), AuditEntry.of(AuditAction.PERSONS_IMPORTED, "person_import_job",
                        String.valueOf(request.jobId()), request.jurisdiction().root().value())
                .withChange(null, summary)
                .withDetail(request.fileName()));
        return new Outcome(rows, 0, inserted, updated, unchanged, true);
    }

    /**
     * As {@link DuplicateFlags}, for every new or changed person at once: another person with the
     * same name and birth date in the same county. The new rows' keys come from the staging table,
     * so only the other side needs the registry's duplicate index.
     */
    private void flagLookalikes() {
        jdbc.sql("""
                INSERT INTO duplicate_flag (person_id, other_id, region_code)
                SELECT DISTINCT least(x.id, b.id), greatest(x.id, b.id), x.county || '000000'
                FROM (SELECT n.id, s.name, s.birth_date, substr(s.region_code, 1, 6) AS county
                      FROM person_import_new n JOIN person_import_staging s ON s.row_no = n.row_no
                      UNION ALL
                      SELECT m.person_id, s.name, s.birth_date, substr(s.region_code, 1, 6)
                      FROM person_import_match m JOIN person_import_staging s ON s.row_no = m.row_no
                      WHERE m.data_changed) x
                JOIN person b ON b.name = x.name AND b.birth_date = x.birth_date
                     AND substr(b.region_code, 1, 6) = x.county AND b.id <> x.id AND b.merged_into IS NULL
                ON CONFLICT (person_id, other_id) DO NOTHING
                """).update();
    }

    /** Errors are handed on in batches, so a file full of mistakes never fills the memory. */
    private static final class Errors {
        private final Listener listener;
        private final List<RowError> pending = new ArrayList<>();
        long count;

        Errors(Listener listener) {
            this.listener = listener;
        }

        void add(RowError error) {
            pending.add(error);
            count++;
            if (pending.size() >= ERROR_BATCH) {
                flush();
            }
        }

        void addAll(List<RowError> errors) {
            errors.forEach(this::add);
        }

        void flush() {
            if (!pending.isEmpty()) {
                listener.errors(List.copyOf(pending));
                pending.clear();
            }
        }
    }
}
