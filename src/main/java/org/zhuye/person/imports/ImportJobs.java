package org.zhuye.person.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.platform.csv.RowError;
import org.zhuye.platform.database.DataDirectory;
import org.zhuye.platform.web.DatabaseUnavailable;
import org.zhuye.region.Jurisdiction;

/**
 * Import jobs: the upload is saved under the data directory ({@code uploads/}), processed on one
 * background thread (or, for the API, on the caller's), and deleted when done, since it holds personal
 * data in clear. A file the operator placed in {@code imports/} ({@link PlacedFiles}) goes through the
 * same job, read in place and left where it is. Progress and errors are written in their own short transactions, so the page sees them
 * while the import's one transaction is still open. A job that a stopped application left
 * unfinished is marked failed at the next start: its transaction never committed, so nothing of
 * it was saved.
 */
@Service
public class ImportJobs {

    static final String INTERRUPTED = "导入因系统停止而中断，未保存任何数据，请重新上传文件";
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final PersonImport personImport;
    private final TransactionTemplate separately;
    private final TransactionTemplate readOnly;
    private final Path uploads;
    private final PlacedFiles placed;
    private final Instant startedAt = Instant.now();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "person-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ImportJobRepository jobs, PersonImport personImport, PlatformTransactionManager transactions,
               DataDirectory dataDirectory, PlacedFiles placed) {
        this.jobs = jobs;
        this.personImport = personImport;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.uploads = dataDirectory.resolve("uploads");
        this.placed = placed;
    }

    @PostConstruct
    void recoverInterrupted() {
        recoverInterrupted(startedAt);
        try (Stream<Path> leftovers = Files.list(uploads)) {
            leftovers.forEach(ImportJobs::deleteQuietly);
        } catch (IOException e) {
            log.warn("无法清理导入临时文件目录 {}", uploads, e);
        }
        // Uploads were kept in imports/ before it became the operator's: what they left there is cleared too.
        try (Stream<Path> leftovers = Files.list(placed.directory())) {
            leftovers.filter(p -> p.getFileName().toString().matches("job-\\d+\\.(csv|xlsx)|.+\\.part"))
                    .forEach(ImportJobs::deleteQuietly);
        } catch (IOException e) {
            log.warn("无法清理导入目录 {}", placed.directory(), e);
        }
    }

    /** Marks jobs created before {@code before} and still open as failed; answers how many. */
    int recoverInterrupted(Instant before) {
        List<Long> interrupted = jobs.findInterrupted(before);
        interrupted.forEach(id -> jobs.failed(id, INTERRUPTED));
        if (!interrupted.isEmpty()) {
            log.warn("{} 个人员导入任务因系统停止而中断，已标记为失败", interrupted.size());
        }
        return interrupted.size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Saves the upload and queues it; answers the job's id at once. */
    public long submit(InputStream upload, String fileName, boolean dryRun, String user, Jurisdiction jurisdiction)
            throws IOException {
        Prepared prepared = prepare(upload, fileName, dryRun, user, jurisdiction);
        executor.submit(() -> process(prepared));
        return prepared.request().jobId();
    }

    /** Saves the upload and imports it on this thread; answers the finished job. */
    public ImportJob runNow(InputStream upload, String fileName, boolean dryRun, String user, Jurisdiction jurisdiction)
            throws IOException {
        Prepared prepared = prepare(upload, fileName, dryRun, user, jurisdiction);
        process(prepared);
        return jobs.find(prepared.request().jobId(), user, jurisdiction).orElseThrow();
    }

    /**
     * Queues an import of a file the operator placed in the imports directory; answers the job's id.
     * Empty when no such file is there (any name with a path in it included).
     */
    public java.util.Optional<Long> submitPlaced(String name, boolean dryRun, String user, Jurisdiction jurisdiction)
            throws IOException {
        java.util.Optional<Path> file = placed.find(name);
        if (file.isEmpty()) {
            return java.util.Optional.empty();
        }
        PersonImportFormat format = PersonImportFormat.detect(name, file.get());
        long id = jobs.create(user, jurisdiction, name, format, dryRun, Files.size(file.get()));
        Prepared prepared = new Prepared(new PersonImport.Request(id, user, jurisdiction, name, format, dryRun), file.get(), false);
        executor.submit(() -> process(prepared));
        return java.util.Optional.of(id);
    }

    public java.util.Optional<ImportJob> find(long id, String user, Jurisdiction jurisdiction) {
        return jobs.find(id, user, jurisdiction);
    }

    public List<ImportJob> findRecent(String user, Jurisdiction jurisdiction) {
        return jobs.findRecent(user, jurisdiction, 50);
    }

    public List<RowError> findErrors(long id, Jurisdiction jurisdiction, int offset, int limit) {
        return jobs.findErrors(id, jurisdiction, offset, limit);
    }

    /** Every error of a job, in row order, from a cursor (in a read-only transaction, which PostgreSQL needs for one). */
    public void streamErrors(long id, Jurisdiction jurisdiction, Consumer<RowError> each) {
        readOnly.executeWithoutResult(status -> jobs.streamErrors(id, jurisdiction, each));
    }

    private Prepared prepare(InputStream upload, String fileName, boolean dryRun, String user, Jurisdiction jurisdiction)
            throws IOException {
        Path part = uploads.resolve(UUID.randomUUID() + ".part");
        try {
            Files.copy(upload, part, StandardCopyOption.REPLACE_EXISTING);
            PersonImportFormat format = PersonImportFormat.detect(fileName, part);
            String name = fileName == null || fileName.isBlank() ? "未命名." + format.name().toLowerCase(Locale.ROOT) : fileName;
            long id = jobs.create(user, jurisdiction, name, format, dryRun, Files.size(part));
            Path file = uploads.resolve("job-" + id + "." + format.name().toLowerCase(Locale.ROOT));
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return new Prepared(new PersonImport.Request(id, user, jurisdiction, name, format, dryRun), file, true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private void process(Prepared prepared) {
        long id = prepared.request().jobId();
        try {
            separately.executeWithoutResult(s -> jobs.started(id));
            PersonImport.Outcome outcome = personImport.run(prepared.request(), prepared.file(), new PersonImport.Listener() {
                @Override
                public void progress(long rows, long bytesRead, long totalBytes, String phase) {
                    separately.executeWithoutResult(s -> jobs.progress(id, rows, bytesRead, phase));
                }

                @Override
                public void errors(List<RowError> errors) {
                    separately.executeWithoutResult(s -> jobs.addErrors(id, errors));
                }
            });
            ImportJob.Status status = outcome.errors() > 0 ? ImportJob.Status.FAILED : ImportJob.Status.SUCCEEDED;
            separately.executeWithoutResult(s -> jobs.finished(id, status, message(prepared.request(), outcome), outcome));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                // Nothing was saved, and the job's row cannot be written either: the caller gets the
                // database's 503, and the next start marks the job cut short as failed.
                throw e;
            }
            log.error("人员导入任务 {} 出错", id, e);
            // The exception's text may quote SQL or file contents: it goes to the log, not to the user.
            separately.executeWithoutResult(s -> jobs.failed(id, "导入出错，未保存任何数据（任务 " + id
                    + "，原因已记入系统日志）；请检查文件后重新上传，或联系管理员"));
        } finally {
            if (prepared.uploaded()) {
                deleteQuietly(prepared.file());
            }
        }
    }

    static String message(PersonImport.Request request, PersonImport.Outcome outcome) {
        if (outcome.errors() > 0) {
            return "发现 " + outcome.errors() + " 处错误，文件未导入，未保存任何数据";
        }
        if (request.dryRun()) {
            return "试运行：" + outcome.rows() + " 行全部通过检查，未保存。取消“只检查”后再次上传即可导入";
        }
        return "已导入 " + outcome.rows() + " 行：新增 " + outcome.inserted() + "，更新 " + outcome.updated()
                + "，未变 " + outcome.unchanged();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("无法删除导入文件 {}", file, e);
        }
    }

    /** A job's request and its file: an upload of ours (deleted when done) or a file the operator placed (kept). */
    private record Prepared(PersonImport.Request request, Path file, boolean uploaded) {
    }
}
