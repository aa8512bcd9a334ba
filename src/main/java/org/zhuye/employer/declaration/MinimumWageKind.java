package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
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

/** Table {@code minimum_wage} on the 参数管理 pages: the monthly minimum wage by region and period. */
@Component
class MinimumWageKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("minimum-wage", "最低工资标准",
            "年审核对残疾职工月工资不低于当地最低工资标准：取单位所在地最长区划前缀中、申报年度12月31日有效的一行（一类、二类地区按旗县设置）。",
            Period.RANGE, 3, null);
    private static final BigDecimal MAX = new BigDecimal("100000");

    MinimumWageKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(ParameterField.number("monthly", "月最低工资（元）", "如 2140 或 2140.00"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, valid_to, monthly, evidence, source FROM minimum_wage
                ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        List.of(rs.getBigDecimal(4).toPlainString()), Evidence.ofCode(rs.getString(5)).orElseThrow(),
                        rs.getString(6)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        String text = values.get("monthly");
        try {
            BigDecimal monthly = new BigDecimal(text);
            if (monthly.signum() <= 0 || monthly.compareTo(MAX) >= 0 || monthly.stripTrailingZeros().scale() > 2) {
                return Map.of("monthly", "月最低工资须为大于0、小于100000的金额（元），最多两位小数");
            }
            return Map.of();
        } catch (NumberFormatException e) {
            return Map.of("monthly", "月最低工资须为数字（元），如 2140");
        }
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO minimum_wage (region_prefix, valid_from, valid_to, monthly, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), row.to() == null ? null : Date.valueOf(row.to()),
                        new BigDecimal(row.value("monthly")), row.evidence().code(), row.source())
                .update();
    }

    @Override
    public void end(ParameterRow row, LocalDate lastDay) {
        jdbc.sql("UPDATE minimum_wage SET valid_to = ? WHERE region_prefix = ? AND valid_from = ? AND valid_to IS NULL")
                .params(Date.valueOf(lastDay), row.regionPrefix(), Date.valueOf(row.from()))
                .update();
    }
}
