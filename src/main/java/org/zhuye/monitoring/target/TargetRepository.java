package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.RegionCode;

/**
 * The {@code indicator_target} table. Targets are no one's personal data (figures a level is given), so reads
 * take no jurisdiction here; the callers ({@link Targets}, the pages, the API) check the region first.
 */
@Repository
public class TargetRepository {

    private static final String COLUMNS = "id, indicator, region_code, period_from, period_to, value, source, set_by, set_at, version";

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The target of exactly this indicator, region and period. */
    public Optional<Target> find(String indicator, RegionCode region, ReportingPeriod period) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM indicator_target WHERE indicator = :i AND region_code = :r"
                        + " AND period_from = :f AND period_to = :t")
                .param("i", indicator).param("r", region.value()).param("f", period.from()).param("t", period.to())
                .query(TargetRepository::row).optional();
    }

    /** The region's targets whose period includes {@code day} (this year's and the running plan's). */
    public List<Target> covering(RegionCode region, LocalDate day) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM indicator_target WHERE region_code = :r AND period_from <= :d AND period_to >= :d"
                        + " ORDER BY indicator, period_from, period_to")
                .param("r", region.value()).param("d", day).query(TargetRepository::row).list();
    }

    /** Every target of the region, the latest periods first. */
    public List<Target> ofRegion(RegionCode region) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM indicator_target WHERE region_code = :r"
                        + " ORDER BY period_to DESC, period_from, indicator")
                .param("r", region.value()).query(TargetRepository::row).list();
    }

    /** Every target of any of these regions (a region and its children, for the overview). */
    public List<Target> ofRegions(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_target WHERE region_code IN (:r)"
                        + " ORDER BY period_to DESC, period_from, indicator, region_code")
                .param("r", regionCodes).query(TargetRepository::row).list();
    }

    /** The children's targets of one split: this indicator and period, for the given child regions. */
    public List<Target> ofChildren(String indicator, ReportingPeriod period, Collection<String> childCodes) {
        if (childCodes.isEmpty()) {
            return List.of();
        }
        // Generic: a region's children are always the same list, so each region's statement is prepared once.
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM indicator_target WHERE indicator = :i"
                        + " AND period_from = :f AND period_to = :t AND region_code IN (:c) ORDER BY region_code")
                .param("i", indicator).param("f", period.from()).param("t", period.to()).param("c", childCodes)
                .query(TargetRepository::row).list();
    }

    /**
     * How many of the region's own targets (of periods not yet over on {@code day}) no child region has a
     * target of: the work of splitting still to do. {@code childPattern} matches the direct children's codes.
     */
    public long countUnsplit(RegionCode region, String childPattern, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) FROM indicator_target t
                        WHERE t.region_code = :r AND t.period_to >= :d
                          AND NOT EXISTS (SELECT 1 FROM indicator_target c
                                          WHERE c.indicator = t.indicator AND c.period_from = t.period_from
                                            AND c.period_to = t.period_to AND c.region_code <> t.region_code
                                            AND c.region_code LIKE :children)
                          AND EXISTS (SELECT 1 FROM region WHERE parent_code = :r)""")
                .param("r", region.value()).param("d", day).param("children", childPattern)
                .query(Long.class).single();
    }

    /**
     * Sets the value: inserts when there is no target yet and {@code expectedVersion} is null, else updates
     * the target read at {@code expectedVersion}. Anything else — a target someone set meanwhile, or a
     * version that is no longer current — is 409 and changes nothing.
     */
    public Target save(String indicator, RegionCode region, ReportingPeriod period, BigDecimal value, String source,
                       String setBy, Integer expectedVersion) {
        if (expectedVersion == null) {
            int inserted = jdbc.sql("""
                            INSERT INTO indicator_target (indicator, region_code, period_from, period_to, value, source, set_by)
                            VALUES (:i, :r, :f, :t, :v, :s, :by) ON CONFLICT (indicator, region_code, period_from, period_to) DO NOTHING""")
                    .param("i", indicator).param("r", region.value()).param("f", period.from()).param("t", period.to())
                    .param("v", value).param("s", source).param("by", setBy).update();
            if (inserted == 0) {
                throw stale(region, period);
            }
        } else {
            int updated = jdbc.sql("""
                            UPDATE indicator_target SET value = :v, source = :s, set_by = :by, set_at = now(), version = version + 1
                            WHERE indicator = :i AND region_code = :r AND period_from = :f AND period_to = :t AND version = :version""")
                    .param("i", indicator).param("r", region.value()).param("f", period.from()).param("t", period.to())
                    .param("v", value).param("s", source).param("by", setBy).param("version", expectedVersion).update();
            if (updated == 0) {
                throw stale(region, period);
            }
        }
        return find(indicator, region, period).orElseThrow();
    }

    /** The plan's figures on start: inserted only where absent and the region exists, never overwriting. */
    boolean insertIfAbsent(String indicator, RegionCode region, ReportingPeriod period, BigDecimal value, String source) {
        return jdbc.sql("""
                        INSERT INTO indicator_target (indicator, region_code, period_from, period_to, value, source, set_by)
                        SELECT :i, code, :f, :t, :v, :s, 'system' FROM region WHERE code = :r
                        ON CONFLICT (indicator, region_code, period_from, period_to) DO NOTHING""")
                .param("i", indicator).param("r", region.value()).param("f", period.from()).param("t", period.to())
                .param("v", value).param("s", source).update() > 0;
    }

    private static MonitoringConflictException stale(RegionCode region, ReportingPeriod period) {
        return new MonitoringConflictException("目标已被他人修改（" + region.significantPrefix() + "，" + period.label()
                + "）：请重新打开后再改");
    }

    private static Target row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("set_at");
        return new Target(rs.getLong("id"), rs.getString("indicator"), rs.getString("region_code"),
                new ReportingPeriod(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                rs.getBigDecimal("value"), rs.getString("source"), rs.getString("set_by"), at.toInstant(), rs.getInt("version"));
    }
}
