package org.zhuye.monitoring.report;

import java.sql.Date;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.NewParameter;
import org.zhuye.parameter.ParameterDescription;
import org.zhuye.parameter.ParameterField;
import org.zhuye.parameter.ParameterRow;
import org.zhuye.parameter.ParameterTable;
import org.zhuye.parameter.Period;

/** Table {@code annual_report_deadline} on the 参数管理 pages: by which day of the year a region's annual report is due. */
@Component
class ReportDeadlineKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("annual-report-deadline", "年度报告报送截止日",
            "盟市、旗县年度工作落实情况的报送截止日（月-日），用于报送率与及时率；取最长区划前缀中起始日最晚且不晚于报告年度末的一行。",
            Period.FROM, 3, null);

    ReportDeadlineKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(ParameterField.text("monthDay", "截止日（月-日）", "如11月30日填 11-30"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("SELECT region_prefix, valid_from, month_day, evidence, source FROM annual_report_deadline ORDER BY region_prefix, valid_from")
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null, List.of(rs.getString(3)),
                        Evidence.ofCode(rs.getString(4)).orElseThrow(), rs.getString(5)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = values.get("monthDay");
        if (parse(text) == null) {
            errors.put("monthDay", "截止日须为“月-日”，如 11-30");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("INSERT INTO annual_report_deadline (region_prefix, valid_from, month_day, evidence, source) VALUES (?, ?, ?, ?, ?)")
                .params(row.regionPrefix(), Date.valueOf(row.from()), parse(row.value("monthDay")).toString().substring(2),
                        row.evidence().code(), row.source())
                .update();
    }

    /** 11-30 (or 11-3 written short) as a month-day; null when it is not one (02-30 is not). */
    static MonthDay parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}-\\d{1,2}")) {
            return null;
        }
        String[] parts = text.strip().split("-");
        try {
            return MonthDay.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
