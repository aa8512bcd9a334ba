package org.zhuye.employer.levy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.RegionCode;

/**
 * Table {@code levy_parameter}, held in memory (it is small and read for every levy). Policy
 * parameters are public, so reads take no jurisdiction. Call {@link #reload()} after the table changes.
 */
@Repository
public class LevyParameterRepository {

    private final JdbcClient jdbc;
    private volatile LevyParameterTable table;

    LevyParameterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = load();
    }

    /** The parameters for a region and collection year; {@link NoLevyParameters} when the table lacks any. */
    public LevyParameters resolve(RegionCode region, int year) {
        return table.resolve(region, year);
    }

    public List<LevyParameterRow> rows() {
        return rows(jdbc);
    }

    public void reload() {
        table = load();
    }

    private LevyParameterTable load() {
        return new LevyParameterTable(rows(jdbc));
    }

    private static List<LevyParameterRow> rows(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT region_prefix, name, valid_from, valid_to, value, evidence, source
                FROM levy_parameter ORDER BY region_prefix, name, valid_from
                """)
                .query((rs, i) -> new LevyParameterRow(rs.getString(1), LevyParameter.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
