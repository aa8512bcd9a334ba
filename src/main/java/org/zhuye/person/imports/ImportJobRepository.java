package org.zhuye.person.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/** SQL over {@code person_import_job} and {@code person_import_error}. Reads are inside a jurisdiction. */
@Repository
@JurisdictionScoped
class ImportJobRepository {

    private static final String COLUMNS = """
            id, created_by, jurisdiction, file_name, format, dry_run, status, message, rows_read, total_bytes,
            bytes_read, inserted, updated, unchanged, errors, created_at, started_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long create(String user, Jurisdiction jurisdiction, String fileName, PersonImportFormat format, boolean dryRun,
                long totalBytes) {
        return jdbc.sql("""
                INSERT INTO person_import_job (created_by, jurisdiction, file_name, format, dry_run, total_bytes)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(user, jurisdiction.root().value(), fileName, format.name(), dryRun, totalBytes)
                .query(Long.class).single();
    }

    /** A job of this user, if its jurisdiction lies inside the caller's. */
    public Optional<ImportJob> find(long id, String user, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_import_job WHERE id = ? AND created_by = ? AND jurisdiction LIKE ?")
                .params(id, user, jurisdiction.likePattern())
                .query(ImportJobRepository::map).optional();
    }

    public List<ImportJob> findRecent(String user, Jurisdiction jurisdiction, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_import_job WHERE created_by = ? AND jurisdiction LIKE ?"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(user, jurisdiction.likePattern(), limit)
                .query(ImportJobRepository::map).list();
    }

    /**
     * The user's real (not dry-run) imports of the last 30 days that failed and were not followed by one
     * that succeeded; served by person_import_job_user_idx (created_by, created_at).
     */
    public long countFailedAwaitingRetry(String user, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT count(*) FROM person_import_job j
                WHERE j.created_by = ? AND j.jurisdiction LIKE ? AND j.status = 'FAILED' AND NOT j.dry_run
                  AND j.created_at > now() - interval '30 days'
                  AND NOT EXISTS (SELECT 1 FROM person_import_job s WHERE s.created_by = j.created_by
                                  AND s.status = 'SUCCEEDED' AND NOT s.dry_run AND s.created_at > j.created_at)
                """)
                .params(user, jurisdiction.likePattern())
                .query(Long.class).single();
    }

    public List<RowError> findErrors(long jobId, Jurisdiction jurisdiction, int offset, int limit) {
        return jdbc.sql("""
                SELECT e.row_no, e.col, e.value, e.message FROM person_import_error e
                JOIN person_import_job j ON j.id = e.job_id
                WHERE e.job_id = ? AND j.jurisdiction LIKE ?
                ORDER BY e.row_no, e.id LIMIT ? OFFSET ?
                """)
                .params(jobId, jurisdiction.likePattern(), limit, offset)
                .query((rs, i) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every error of a job in row order, handed over one at a time from a cursor. */
    public void streamErrors(long jobId, Jurisdiction jurisdiction, Consumer<RowError> each) {
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1_000);
        cursor.query("""
                SELECT e.row_no, e.col, e.value, e.message FROM person_import_error e
                JOIN person_import_job j ON j.id = e.job_id
                WHERE e.job_id = ? AND j.jurisdiction LIKE ?
                ORDER BY e.row_no, e.id
                """, rs -> {
            each.accept(new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }, jobId, jurisdiction.likePattern());
    }

    void addErrors(long jobId, List<RowError> errors) {
        template.batchUpdate("INSERT INTO person_import_error (job_id, row_no, col, value, message) VALUES (?, ?, ?, ?, ?)",
                errors, 1_000, (ps, e) -> {
                    ps.setLong(1, jobId);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.value());
                    ps.setString(5, e.rule());
                });
        jdbc.sql("UPDATE person_import_job SET errors = errors + ? WHERE id = ?").params(errors.size(), jobId).update();
    }

    void started(long id) {
        jdbc.sql("UPDATE person_import_job SET status = 'RUNNING', started_at = now(), message = '正在读取和检查' WHERE id = ?")
                .param(id).update();
    }

    void progress(long id, long rows, long bytesRead, String phase) {
        jdbc.sql("""
                UPDATE person_import_job SET rows_read = ?, bytes_read = CASE WHEN ? < 0 THEN bytes_read ELSE ? END,
                    message = ? WHERE id = ?
                """)
                .params(rows, bytesRead, bytesRead, phase, id).update();
    }

    void finished(long id, ImportJob.Status status, String message, PersonImport.Outcome outcome) {
        jdbc.sql("""
                UPDATE person_import_job SET status = ?, message = ?, rows_read = ?, bytes_read = total_bytes,
                    inserted = ?, updated = ?, unchanged = ?, finished_at = now()
                WHERE id = ?
                """)
                .params(status.name(), message, outcome.rows(), outcome.inserted(), outcome.updated(),
                        outcome.unchanged(), id)
                .update();
    }

    void failed(long id, String message) {
        jdbc.sql("UPDATE person_import_job SET status = 'FAILED', message = ?, inserted = 0, updated = 0, unchanged = 0,"
                        + " finished_at = now() WHERE id = ?")
                .params(message, id).update();
    }

    /** Jobs a stopped application left queued or running, created before {@code before}. */
    @OutsideJurisdiction("start-up recovery of the whole application's interrupted jobs, not a user's read")
    List<Long> findInterrupted(Instant before) {
        return jdbc.sql("SELECT id FROM person_import_job WHERE status IN ('QUEUED', 'RUNNING') AND created_at < ?")
                .param(Timestamp.from(before))
                .query(Long.class).list();
    }

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getLong("id"), rs.getString("created_by"), rs.getString("jurisdiction"),
                rs.getString("file_name"), rs.getString("format"), rs.getBoolean("dry_run"),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getString("message"), rs.getLong("rows_read"),
                rs.getLong("total_bytes"), rs.getLong("bytes_read"), rs.getLong("inserted"), rs.getLong("updated"),
                rs.getLong("unchanged"), rs.getLong("errors"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
