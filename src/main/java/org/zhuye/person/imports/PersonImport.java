package org.zhuye.person.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CodeLists;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonsChanged;
import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * Imports one file of the {@link PersonTemplate} into the registry, all or nothing, in one
 * transaction: every row is read and checked as it streams by, the good ones are encrypted
 * exactly as {@link PersonRegistry} does and copied into a temporary table, and the rest is
 * set-based SQL ({@link PersonImportUpsert}) — the checks that need the registry, then the upsert
 * by certificate hash, the status events, the duplicate flags and one audit record. A dry run,
 * or a file with any error, is rolled back: nothing is saved. Rows whose data equal the stored
 * record change nothing, so importing the same file twice is harmless.
 */
@Service
class PersonImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImport.class);

    private static final int ERROR_BATCH = 1_000;
    /** Threads that check and encrypt rows while this one reads the file and feeds COPY. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CodeLists codes;
    private final RegionRepository regions;
    private final PersonRegistry registry;
    private final PersonImportUpsert upsert;
    private final org.springframework.context.ApplicationEventPublisher events;

    PersonImport(DataSource dataSource, PlatformTransactionManager transactions, CodeLists codes,
                 RegionRepository regions, PersonRegistry registry, AuditTrail audit,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dataSource = dataSource;
        // Statements here may run for minutes on a province-sized file: no query timeout.
        this.jdbc = JdbcClient.create(new JdbcTemplate(dataSource));
        this.transaction = new TransactionTemplate(transactions);
        this.codes = codes;
        this.regions = regions;
        this.registry = registry;
        this.upsert = new PersonImportUpsert(jdbc, audit);
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
                errors.addAll(upsert.checkAgainstRegistry(request.jurisdiction()));
                errors.flush();
                long matched = System.nanoTime();
                if (errors.count > 0 || request.dryRun()) {
                    status.setRollbackOnly();
                    log.info("人员导入任务 {}：{} 行，{} 处错误，未保存；读取检查 {} ms，比对 {} ms", request.jobId(), rows,
                            errors.count, (staged - started) / 1_000_000, (matched - staged) / 1_000_000);
                    return new Outcome(rows, errors.count, 0, 0, 0, false);
                }
                listener.progress(rows, -1, -1, "正在保存");
                outcome = upsert.save(request, rows);
                if (outcome.inserted() + outcome.updated() > 0) {
                    // Delivered after commit; the overview reloads rather than patch a bulk change row by row.
                    events.publishEvent(PersonsChanged.everyone());
                }
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
