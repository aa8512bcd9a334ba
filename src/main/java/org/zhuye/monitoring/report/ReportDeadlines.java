package org.zhuye.monitoring.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.parameter.MissingParameters;

/**
 * The deadline of a region's report of a year, from {@code annual_report_deadline}: the longest region prefix
 * with a row, its latest row in force by the year's end. The table is a handful of rows, read once per list.
 */
@Component
class ReportDeadlines {

    private record Row(String prefix, LocalDate from, String monthDay) {
    }

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    ReportDeadlines(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    LocalDate of(String regionCode, int year) {
        return forYear(year).apply(regionCode);
    }

    /** Each region's deadline of the year; a region without a row is refused naming the missing parameter. */
    Function<String, LocalDate> forYear(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Row> rows = jdbc.sql("SELECT region_prefix, valid_from, month_day FROM annual_report_deadline")
                .query((rs, i) -> new Row(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3))).list()
                .stream().filter(r -> !r.from().isAfter(yearEnd))
                .sorted(Comparator.comparing((Row r) -> r.prefix().length()).thenComparing(Row::from).reversed())
                .toList();
        return regionCode -> rows.stream().filter(r -> regionCode.startsWith(r.prefix())).findFirst()
                .map(r -> ReportDeadlineKind.parse(r.monthDay()).atYear(year))
                .orElseThrow(() -> MonitoringRuleException.of("deadline",
                        missing.message(ReportDeadlineKind.DESCRIPTION, year + " 年度", regionCode)));
    }
}
