package org.zhuye.monitoring.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.monitoring.MonitoringConflictException;

/** Table {@code annual_report} and its steps. Reports hold no person's data: figures are counts. */
@Repository
class AnnualReportStore {

    private static final String COLUMNS = "id, region_code, year, state, measures, problems, plans, frozen_figures::text, "
            + "first_submitted_at, version";

    private final JdbcClient jdbc;

    AnnualReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnnualReport> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE id = ?").param(id).query(AnnualReportStore::row).optional();
    }

    Optional<AnnualReport> find(String regionCode, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE region_code = ? AND year = ?")
                .params(regionCode, year).query(AnnualReportStore::row).optional();
    }

    /** The reports of a year of the given regions (the children a list or a readiness check is about). */
    List<AnnualReport> ofRegions(Collection<String> regionCodes, int year) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE year = :year AND region_code IN (:codes) ORDER BY region_code")
                .param("year", year).param("codes", regionCodes).query(AnnualReportStore::row).list();
    }

    /** Reports of regions whose parent is {@code parentCode} in one of the states (the level above's queue). */
    long countOfChildrenIn(String parentCode, Collection<String> states) {
        return jdbc.sql("""
                SELECT count(*) FROM annual_report a JOIN region r ON r.code = a.region_code
                WHERE r.parent_code = :parent AND a.state IN (:states)
                """).param("parent", parentCode).param("states", states).query(Long.class).single();
    }

    long insert(String regionCode, int year, String actor) {
        return jdbc.sql("INSERT INTO annual_report (region_code, year, state, created_by) VALUES (?, ?, 'DRAFT', ?) RETURNING id")
                .params(regionCode, year, actor).query(Long.class).single();
    }

    void saveNarrative(long id, int expectedVersion, String measures, String problems, String plans) {
        int n = jdbc.sql("""
                UPDATE annual_report SET measures = ?, problems = ?, plans = ?, version = version + 1
                WHERE id = ? AND version = ?
                """).params(measures, problems, plans, id, expectedVersion).update();
        stale(n);
    }

    /** Moves the report to {@code state}; frozen figures set on approval, cleared otherwise. */
    void move(long id, int expectedVersion, ReportState state, String frozenFigures, Instant firstSubmittedAt) {
        int n = jdbc.sql("""
                UPDATE annual_report SET state = ?, frozen_figures = CAST(? AS jsonb),
                       first_submitted_at = coalesce(first_submitted_at, ?), version = version + 1
                WHERE id = ? AND version = ?
                """).params(state.name(), frozenFigures, firstSubmittedAt == null ? null : Timestamp.from(firstSubmittedAt), id,
                expectedVersion).update();
        stale(n);
    }

    void addStep(long reportId, String action, ReportState toState, String actor, String actorName, String actorRegion, Instant at,
                 String comment, String frozenFigures) {
        jdbc.sql("""
                INSERT INTO annual_report_step (report_id, action, to_state, actor, actor_name, actor_region, at, comment, frozen_figures)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                """).params(reportId, action, toState.name(), actor, actorName, actorRegion, Timestamp.from(at), comment, frozenFigures)
                .update();
    }

    List<ReportStep> steps(long reportId) {
        return jdbc.sql("SELECT action, to_state, actor, actor_name, actor_region, at, comment FROM annual_report_step "
                        + "WHERE report_id = ? ORDER BY at, id")
                .param(reportId)
                .query((rs, i) -> new ReportStep(rs.getString(1), ReportState.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    /** The last step of each report, for the lists (who did the last step and when). */
    java.util.Map<Long, ReportStep> lastSteps(Collection<Long> reportIds) {
        java.util.Map<Long, ReportStep> last = new java.util.HashMap<>();
        if (reportIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (report_id) report_id, action, to_state, actor, actor_name, actor_region, at, comment
                FROM annual_report_step WHERE report_id IN (:ids) ORDER BY report_id, at DESC, id DESC
                """).param("ids", reportIds)
                .query(rs -> {
                    last.put(rs.getLong(1), new ReportStep(rs.getString(2), ReportState.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)));
                });
        return last;
    }

    /** When each report was last submitted and last approved (null where it never was), for the API's list. */
    java.util.Map<Long, Instant[]> submittedAndApproved(Collection<Long> reportIds) {
        java.util.Map<Long, Instant[]> times = new java.util.HashMap<>();
        if (reportIds.isEmpty()) {
            return times;
        }
        jdbc.sql("""
                SELECT report_id, max(at) FILTER (WHERE action = 'SUBMIT'), max(at) FILTER (WHERE action = 'APPROVE')
                FROM annual_report_step WHERE report_id IN (:ids) GROUP BY report_id
                """).param("ids", reportIds)
                .query(rs -> {
                    Timestamp submitted = rs.getTimestamp(2);
                    Timestamp approved = rs.getTimestamp(3);
                    times.put(rs.getLong(1), new Instant[]{submitted == null ? null : submitted.toInstant(),
                            approved == null ? null : approved.toInstant()});
                });
        return times;
    }

    private static void stale(int updated) {
        if (updated == 0) {
            throw new MonitoringConflictException("报告已被他人修改或办理，请刷新后再试");
        }
    }

    private static AnnualReport row(ResultSet rs, int i) throws SQLException {
        Timestamp first = rs.getTimestamp(9);
        return new AnnualReport(rs.getLong(1), rs.getString(2), rs.getInt(3), ReportState.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), first == null ? null : first.toInstant(), rs.getInt(10));
    }
}
