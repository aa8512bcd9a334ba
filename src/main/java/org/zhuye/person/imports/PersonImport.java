package org.zhuye.person.imports;

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

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CodeLists;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonsChanged;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * Imports one file of the {@link PersonTemplate} into the registry, all or nothing, in one
 * transaction: a reading thread ({@link PersonImportReader}) checks every row as it streams by and
 * encrypts the good ones exactly as {@link PersonRegistry} does; each chunk of them is saved while
 * the next is being read — into an empty registry copied straight in ({@link PersonImportFirstLoad}),
 * otherwise through a temporary table and set-based SQL ({@link PersonImportUpsert}: the checks that
 * need the registry, the upsert by certificate hash, the status events); at the end come the
 * duplicate flags and one audit record. A dry run,
 * or a file with any error, is rolled back: nothing is saved. Rows whose data equal the stored
 * record change nothing, so importing the same file twice is harmless.
 */
@Service
class PersonImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImport.class);

    private static final int ERROR_BATCH = 1_000;
    /** Threads that check and encrypt rows while one reads the file and this one saves. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CodeLists codes;
    private final RegionRepository regions;
    private final PersonRegistry registry;
    private final AuditTrail audit;
    private final Tuning tuning;
    private final RegistryStatistics statistics;
    private final org.springframework.context.ApplicationEventPublisher events;

    /**
     * How the work is cut: rows per chunk (large enough that per-statement costs vanish, small
     * enough to hold two in memory), and the fewest new persons for which a load that doubles the
     * registry builds its indexes afterwards (below it, index maintenance costs less than locking),
     * and whether a load into an empty registry is copied straight in ({@link PersonImportFirstLoad};
     * off only in tests that compare it with the general path).
     */
    record Tuning(int chunkRows, long bulkLoadRows, boolean directFirstLoad) {
        static final Tuning DEFAULT = new Tuning(50_000, 100_000, true);
    }

    @Autowired
    PersonImport(DataSource dataSource, PlatformTransactionManager transactions, CodeLists codes,
                 RegionRepository regions, PersonRegistry registry, AuditTrail audit,
                 org.springframework.context.ApplicationEventPublisher events, RegistryStatistics statistics) {
        this(dataSource, transactions, codes, regions, registry, audit, events, statistics, Tuning.DEFAULT);
    }

    PersonImport(DataSource dataSource, PlatformTransactionManager transactions, CodeLists codes,
                 RegionRepository regions, PersonRegistry registry, AuditTrail audit,
                 org.springframework.context.ApplicationEventPublisher events, RegistryStatistics statistics,
                 Tuning tuning) {
        this.tuning = tuning;
        this.statistics = statistics;
        this.events = events;
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
        long estimatedPersons = statistics.estimatedPersons();
        Outcome outcome = runInOneTransaction(request, file, listener);
        if (outcome.saved() && RegistryStatistics.worthAnalysing(outcome.inserted() + outcome.updated(), estimatedPersons)) {
            listener.progress(outcome.rows(), -1, -1, "正在更新统计信息");
            statistics.analyze(RegistryStatistics.IMPORT_TABLES);
        }
        return outcome;
    }

    private Outcome runInOneTransaction(Request request, Path file, Listener listener) {
        Set<String> villages = regions.villageCodes(request.jurisdiction());
        PersonImportCheck check = new PersonImportCheck(codes, villages, request.jurisdiction(), LocalDate.now());
        return transaction.execute(status -> {
            Errors errors = new Errors(listener);
            long started = System.nanoTime();
            // Room for the hash joins over a chunk and the index builds, for this transaction only.
            jdbc.sql("SET LOCAL work_mem = '128MB'").update();
            // A chunk of 50,000 rows is matched against a registry of millions: probing the
            // certificate index is cheaper than the whole-table scan the default page costs
            // (tuned for spinning disks) make the planner prefer; the registry's pages are cached.
            jdbc.sql("SET LOCAL random_page_cost = 1.1").update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            PersonImportFirstLoad firstLoad = null;
            if (!request.dryRun()) {
                // Imports that save run one at a time, so two files with the same new person cannot race.
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('person_import'))").query((rs, i) -> 1).single();
                firstLoad = tuning.directFirstLoad() ? beginFirstLoad(connection) : null;
            }
            PersonImportFirstLoad direct = firstLoad;
            PersonImportUpsert upsert = new PersonImportUpsert(jdbc, tuning.bulkLoadRows());
            long rows;
            long waitedForRows = 0;
            long copying = 0;
            long matching = 0;
            try (PersonImportReader reader = PersonImportReader.start(file, request.format(), check, WORKERS, tuning.chunkRows(),
                    raw -> checkAndEncrypt(check, raw, direct, request.actor()), new PersonImportReader.Sink() {
                        @Override
                        public void errors(List<RowError> found) {
                            errors.addAll(found);
                        }

                        @Override
                        public void progress(long rows, long bytesRead, long totalBytes) {
                            listener.progress(rows, bytesRead, totalBytes, request.dryRun() || errors.count() > 0
                                    ? "正在读取和检查" : "正在读取、检查和保存");
                        }
                    })) {
                PersonImportStaging staging = direct == null ? PersonImportStaging.create(connection) : null;
                while (true) {
                    long waiting = System.nanoTime();
                    PersonImportReader.Chunk chunk = reader.next();
                    waitedForRows += System.nanoTime() - waiting;
                    if (chunk == null) {
                        break;
                    }
                    long loading = System.nanoTime();
                    if (direct != null) {
                        // A file with an error saves nothing: past the first, rows are only checked.
                        if (errors.count() == 0) {
                            direct.save(chunk);
                        }
                        copying += System.nanoTime() - loading;
                        continue;
                    }
                    staging.load(chunk);
                    long loaded = System.nanoTime();
                    errors.addAll(upsert.checkAgainstRegistry(request.jurisdiction()));
                    copying += loaded - loading;
                    matching += System.nanoTime() - loaded;
                    if (!request.dryRun() && errors.count() == 0) {
                        upsert.saveChunk(request.actor(), expectedRows(chunk));
                    }
                }
                rows = reader.rowsRead();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("无法写入暂存表", e);
            }
            errors.flush();
            long read = System.nanoTime();
            if (errors.count() > 0 || request.dryRun()) {
                status.setRollbackOnly();
                log.info("人员导入任务 {}：{} 行，{} 处错误，未保存；用时 {} ms", request.jobId(), rows, errors.count(),
                        (read - started) / 1_000_000);
                return new Outcome(rows, errors.count(), 0, 0, 0, false);
            }
            listener.progress(rows, -1, -1, "正在建立索引和查找疑似重复");
            Outcome outcome = direct != null ? new Outcome(rows, 0, direct.finish(), 0, 0, true) : upsert.finish(rows);
            recordAudit(request, outcome);
            if (outcome.inserted() + outcome.updated() > 0) {
                // Delivered after commit; the overview reloads rather than patch a bulk change row by row.
                events.publishEvent(PersonsChanged.everyone());
            }
            log.info("人员导入任务 {}：{} 行，新增 {}，更新 {}{}；读取检查并逐块保存 {} ms（等待读取 {} ms，写入 {} ms，比对 {} ms），收尾 {} ms",
                    request.jobId(), rows, outcome.inserted(), outcome.updated(), direct != null ? "（首次载入）" : "",
                    (read - started) / 1_000_000, waitedForRows / 1_000_000, copying / 1_000_000, matching / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
            return outcome;
        });
    }

    private PersonImportFirstLoad beginFirstLoad(Connection connection) {
        try {
            return PersonImportFirstLoad.begin(jdbc, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("无法开始首次载入", e);
        }
    }

    private void recordAudit(Request request, Outcome outcome) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", request.jobId());
        summary.put("file", request.fileName());
        summary.put("format", request.format().name());
        summary.put("rows", outcome.rows());
        summary.put("inserted", outcome.inserted());
        summary.put("updated", outcome.updated());
        summary.put("unchanged", outcome.unchanged());
        audit.recordAs(request.actor(), AuditEntry.of(AuditAction.PERSONS_IMPORTED, "person_import_job",
                        String.valueOf(request.jobId()), request.jurisdiction().root().value())
                .withChange(null, summary)
                .withDetail(request.fileName()));
    }

    /** The file's likely number of good rows, from how far the reading had got when the chunk was full. */
    private static long expectedRows(PersonImportReader.Chunk chunk) {
        if (chunk.bytesRead() <= 0 || chunk.totalBytes() <= chunk.bytesRead()) {
            return chunk.rowsRead();
        }
        return (long) (chunk.rowsRead() * ((double) chunk.totalBytes() / chunk.bytesRead()));
    }

    /**
     * A row's own checks and, when it passes, its encrypted COPY lines — for the staging table, or in
     * a first load for {@code person} and its status event: the part that runs on the workers.
     */
    private PersonImportBatches.Checked checkAndEncrypt(PersonImportCheck check, PersonImportBatches.Raw raw,
                                                        PersonImportFirstLoad firstLoad, String actor) {
        PersonImportCheck.Result result = check.checkFields(raw.cells(), raw.numberCells(), raw.row(), raw.sheet());
        byte[] line = null;
        byte[] event = null;
        if (result.ok()) {
            // Encoded here, on the workers, rather than on the one thread that gathers the chunks.
            PersonRepository.Encrypted encrypted = registry.encrypt(result.row().person());
            if (firstLoad == null) {
                line = PersonImportStaging.line(result.row(), encrypted);
            } else {
                long id = firstLoad.idOf(raw.ordinal());
                line = PersonImportFirstLoad.personLine(id, result.row(), encrypted);
                event = PersonImportFirstLoad.eventLine(id, result.row(), actor);
            }
        }
        return new PersonImportBatches.Checked(raw.row(), raw.sheet(), result.certificate(), result.errors(), line, event);
    }

    /**
     * Errors are handed on in batches, so a file full of mistakes never fills the memory. The
     * reading thread and the saving one both add to it. Every error passes here, so here its value
     * is masked and shortened ({@link ShownValue}) before anything keeps it.
     */
    private static final class Errors {
        private final Listener listener;
        private final List<RowError> pending = new ArrayList<>();
        private long count;

        Errors(Listener listener) {
            this.listener = listener;
        }

        synchronized long count() {
            return count;
        }

        synchronized void addAll(List<RowError> errors) {
            for (RowError error : errors) {
                pending.add(ShownValue.of(error));
                count++;
                if (pending.size() >= ERROR_BATCH) {
                    flush();
                }
            }
        }

        synchronized void flush() {
            if (!pending.isEmpty()) {
                listener.errors(List.copyOf(pending));
                pending.clear();
            }
        }
    }
}
