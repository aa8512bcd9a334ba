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

/** Table {@code loan_interest_rule} on the 参数管理 pages: how much of a business loan's interest is subsidised. */
@Component
class LoanInterestRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("loan-interest", "创业贷款贴息标准",
            "创业贷款贴息：贴息比例、计息利率上限、可贴息的贷款额度和期限上限；取最长区划前缀中起始日最晚且不晚于贷款发放日的一行。",
            Period.FROM, 3, null);

    LoanInterestRuleKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("subsidyPercent", "贴息比例（%）", "全额贴息填 100"),
                ParameterField.number("rateCapPercent", "计息年利率上限（%）", "如 LPR+150基点 约 4.95"),
                ParameterField.number("maxAmount", "可贴息贷款额度上限（元）", "如 200000"),
                ParameterField.number("maxTermMonths", "可贴息期限上限（月）", "如 36"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, subsidy_percent, rate_cap_percent, max_amount, max_term_months, evidence, source
                FROM loan_interest_rule ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getBigDecimal(3).toPlainString(), rs.getBigDecimal(4).toPlainString(),
                                rs.getBigDecimal(5).toPlainString(), rs.getString(6)),
                        Evidence.ofCode(rs.getString(7)).orElseThrow(), rs.getString(8)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormFields.decimal(values.get("subsidyPercent"), "subsidyPercent", "贴息比例", BigDecimal.ZERO, new BigDecimal("100"), errors);
        FormFields.decimal(values.get("rateCapPercent"), "rateCapPercent", "计息年利率上限", BigDecimal.ZERO, new BigDecimal("30"), errors);
        FormFields.decimal(values.get("maxAmount"), "maxAmount", "可贴息贷款额度上限", new BigDecimal("1"), new BigDecimal("100000000"), errors);
        ParameterField.checkWholeNumber(values, "maxTermMonths", "可贴息期限上限", 1, 360, errors);
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO loan_interest_rule (region_prefix, valid_from, subsidy_percent, rate_cap_percent, max_amount,
                                                max_term_months, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), new BigDecimal(row.value("subsidyPercent")),
                        new BigDecimal(row.value("rateCapPercent")), new BigDecimal(row.value("maxAmount")),
                        Integer.parseInt(row.value("maxTermMonths")), row.evidence().code(), row.source())
                .update();
    }
}
