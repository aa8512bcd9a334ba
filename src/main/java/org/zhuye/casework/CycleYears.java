package org.zhuye.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The years the 四个一 applies in, per region prefix ({@code casework_cycle}). A year is a
 * calendar year; its cycle runs from 1 January to 31 December, or to today while it is under way.
 * A year without a row is an error that says so: coverage of a year policy never set is not zero,
 * it is undefined.
 */
@Component
public class CycleYears {

    private final List<Row> rows;

    CycleYears(JdbcClient jdbc) {
        this.rows = jdbc.sql("SELECT region_prefix, year, source FROM casework_cycle ORDER BY length(region_prefix) DESC")
                .query((rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** The cycle of {@code year} for a region, as of {@code today}. */
    public Cycle cycle(String regionCode, int year, LocalDate today) {
        Row row = rows.stream().filter(r -> r.year() == year && regionCode.startsWith(r.regionPrefix())).findFirst()
                .orElseThrow(() -> new NoCycle("区划 " + regionCode + " 没有 " + year + " 年度的“四个一”服务周期（"
                        + "周期表中没有该年度，请先在 casework_cycle 中补充该年度及其政策依据）"));
        LocalDate from = LocalDate.of(year, 1, 1);
        if (from.isAfter(today)) {
            throw new NoCycle(year + " 年度尚未开始，今天是 " + today);
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return new Cycle(year, from, end.isAfter(today) ? today : end, row.source());
    }

    /** The years offered for a region, latest first, up to the current one. */
    public List<Integer> years(String regionCode, LocalDate today) {
        return rows.stream().filter(r -> regionCode.startsWith(r.regionPrefix()) && r.year() <= today.getYear())
                .map(Row::year).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private record Row(String regionPrefix, int year, String source) {
    }

    /**
     * One cycle: the year, its first day and the day it is counted to (the last day, or today while
     * the year is under way), and the policy it rests on.
     */
    public record Cycle(int year, LocalDate from, LocalDate to, String source) {
        public boolean underWay() {
            return to.getYear() == year && to.isBefore(LocalDate.of(year, 12, 31));
        }
    }

    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    public static class NoCycle extends RuntimeException {
        public NoCycle(String message) {
            super(message);
        }
    }
}
