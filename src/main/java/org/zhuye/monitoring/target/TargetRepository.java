package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;

/** The stored targets. Reads are scoped to a jurisdiction; writes check the version they were read at. */
@Repository
public class TargetRepository {

    private static final String COLUMNS = """
            id, indicator, region_code, period_from, period_to, value, source, set_by, set_at, version
            """;

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The target of exactly this indicator, region and period. */
    public Optional<Target> find(String indicator, String regionCode, ReportingPeriod period) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM indicator_target
                        WHERE indicator = ? AND region_code = ? AND period_from = ? AND period_to = ?
                        """)
                .params(indicator, regionCode, period.from(), period.to())
                .query(TargetRepository::map).optional();
    }

    /** The targets of a region whose period holds {@code day}: this year's and the plan's, shortest period first. */
    public List<Target> covering(String regionCode, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM indicator_target
                        WHERE region_code = ? AND period_from <= ? AND period_to >= ?
                        ORDER BY indicator, period_to - period_from, period_from
                        """)
                .params(regionCode, day, day)
                .query(TargetRepository::map).list();
    }

    /** Every target of a region within the jurisdiction, by indicator then period. */
    public List<Target> ofRegion(String regionCode, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM indicator_target
                        WHERE region_code = ? AND region_code LIKE ?
                        ORDER BY indicator, period_from, period_to
                        """)
                .params(regionCode, jurisdiction.likePattern())
                .query(TargetRepository::map).list();
    }

    /** The targets of the given child regions for one indicator and period (a split of the parent's target). */
    public List<Target> ofChildren(String indicator, ReportingPeriod period, List<String> childCodes) {
        if (childCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM indicator_target
                        WHERE indicator = ? AND period_from = ? AND period_to = ? AND region_code = ANY(?)
                        ORDER BY region_code
                        """)
                .params(indicator, period.from(), period.to(), childCodes.toArray(String[]::new))
                .query(TargetRepository::map).list();
    }

    /**
     * Sets a target: inserts it, or replaces the value of the one there if {@code expectedVersion} is the
     * version it has (null: there must be none yet). Returns the stored row.
     */
    public Target save(String indicator, String regionCode, ReportingPeriod period, BigDecimal value, String source,
                       String setBy, Integer expectedVersion) {
        Optional<Target> existing = find(indicator, regionCode, period);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new MonitoringConflictException("这个目标已被删除或从未设定，请刷新后再改");
            }
            jdbc.sql("""
                            INSERT INTO indicator_target (indicator, region_code, period_from, period_to, value, source, set_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (indicator, region_code, period_from, period_to) DO NOTHING
                            """)
                    .params(indicator, regionCode, period.from(), period.to(), value, source, setBy).update();
        } else {
            int version = expectedVersion == null ? existing.get().version() : expectedVersion;
            int updated = jdbc.sql("""
                            UPDATE indicator_target SET value = ?, source = ?, set_by = ?, set_at = now(), version = version + 1
                            WHERE id = ? AND version = ?
                            """)
                    .params(value, source, setBy, existing.get().id(), version).update();
            if (updated == 0) {
                throw new MonitoringConflictException("这个目标刚被别人改过，请刷新后再改");
            }
        }
        return find(indicator, regionCode, period).orElseThrow(
                () -> new MonitoringConflictException("这个目标刚被别人设定，请刷新后再改"));
    }

    private static Target map(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getLong("id"), rs.getString("indicator"), rs.getString("region_code"),
                new ReportingPeriod(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                rs.getBigDecimal("value"), rs.getString("source"), rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant(), rs.getInt("version"));
    }
}
