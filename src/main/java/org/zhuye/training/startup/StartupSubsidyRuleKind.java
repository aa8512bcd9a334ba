package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.sql.Date;
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
import org.zhuye.platform.form.FormFields;

/** Table {@code startup_subsidy_rule} on the 参数管理 pages: the one-time 创业补贴 by region and start date. */
@Component
class StartupSubsidyRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("startup-subsidy", "创业补贴标准",
            "残疾人首次创业的一次性创业补贴：金额和须正常经营的月数；取最长区划前缀中起始日最晚且不晚于发放日的一行。",
            Period.FROM, 3, null);

    StartupSubsidyRuleKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("amount", "补贴金额（元）", "如 5000"),
                ParameterField.number("minOperatingMonths", "须正常经营满（月）", "如 6"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, amount, min_operating_months, evidence, source
                FROM startup_subsidy_rule ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getBigDecimal(3).toPlainString(), rs.getString(4)),
                        Evidence.ofCode(rs.getString(5)).orElseThrow(), rs.getString(6)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormFields.decimal(values.get("amount"), "amount", "补贴金额", new BigDecimal("0.01"), new BigDecimal("1000000"), errors);
        ParameterField.checkWholeNumber(values, "minOperatingMonths", "须正常经营的月数", 0, 120, errors);
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO startup_subsidy_rule (region_prefix, valid_from, amount, min_operating_months, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), new BigDecimal(row.value("amount")),
                        Integer.parseInt(row.value("minOperatingMonths")), row.evidence().code(), row.source())
                .update();
    }
}
