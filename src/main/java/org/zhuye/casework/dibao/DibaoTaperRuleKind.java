package org.zhuye.casework.dibao;

import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.NewParameter;
import org.zhuye.parameter.ParameterDescription;
import org.zhuye.parameter.ParameterField;
import org.zhuye.parameter.ParameterRow;
import org.zhuye.parameter.ParameterTable;
import org.zhuye.parameter.Period;

/** Table {@code dibao_taper_rule} on the 参数管理 pages: the 低保渐退 length and monthly shares by region and start date. */
@Component
class DibaoTaperRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("dibao-taper", "低保渐退规则",
            "低保家庭成员就业后的渐退期：月数和每月发放低保的比例；取最长区划前缀中起始日最晚且不晚于就业日的一行。",
            Period.FROM, 2, null);

    DibaoTaperRuleKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("months", "渐退月数", null),
                ParameterField.text("monthlyPercent", "每月发放比例（%）", "每月一个 0–100 的整数，以逗号分隔，个数等于渐退月数，如 100,100,80,80,60,60"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, months, array_to_string(monthly_percent, ','), evidence, source
                FROM dibao_taper_rule ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getString(3), rs.getString(4)), Evidence.ofCode(rs.getString(5)).orElseThrow(),
                        rs.getString(6)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        ParameterField.checkWholeNumber(values, "months", "渐退月数", 1, 60, errors);
        List<String> shares = Arrays.stream(values.get("monthlyPercent").split("[,，]")).map(String::strip).toList();
        if (shares.stream().anyMatch(s -> !s.matches("\\d{1,3}") || Integer.parseInt(s) > 100)) {
            errors.put("monthlyPercent", "每月发放比例须为 0 到 100 的整数，以逗号分隔");
        } else if (!errors.containsKey("months") && shares.size() != Integer.parseInt(values.get("months"))) {
            errors.put("monthlyPercent", "填了 " + shares.size() + " 个月的比例，渐退月数为 " + values.get("months")
                    + "：个数须相等");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        Integer[] shares = Arrays.stream(row.value("monthlyPercent").split("[,，]")).map(String::strip)
                .map(Integer::valueOf).toArray(Integer[]::new);
        jdbc.sql("""
                INSERT INTO dibao_taper_rule (region_prefix, valid_from, months, monthly_percent, evidence, source)
                VALUES (?, ?, ?, string_to_array(?, ',')::integer[], ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), Integer.parseInt(row.value("months")),
                        Arrays.stream(shares).map(String::valueOf).collect(Collectors.joining(",")),
                        row.evidence().code(), row.source())
                .update();
    }
}
