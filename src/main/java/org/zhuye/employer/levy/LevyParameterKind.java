package org.zhuye.employer.levy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
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

/**
 * Table {@code levy_parameter} on the 参数管理 pages: each named levy parameter by region and period.
 * A value is checked by the engine's own reading ({@link LevyParameters#problem}); the engine's
 * in-memory table is re-read after a change.
 */
@Component
class LevyParameterKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("levy", "残保金参数",
            "残疾人就业保障金的计算：安排比例、当地社会平均工资、工资上限倍数、暂免和分档减征等；征收年度取当年1月1日有效的行，"
                    + "每个参数取最长区划前缀（盟市、旗县没有自己的行时沿用上级）。",
            Period.RANGE, 3, "name");

    private final LevyParameterRepository repository;

    LevyParameterKind(JdbcClient jdbc, LevyParameterRepository repository) {
        super(jdbc, DESCRIPTION);
        this.repository = repository;
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.choice("name", "参数", null, Arrays.stream(LevyParameter.values())
                        .map(p -> new ParameterField.Choice(p.name(), p.label())).toList()),
                ParameterField.text("value", "值", "比例写小数（1.5% 写 0.015）；金额写元；取整方式写 HALF_UP（四舍五入）、"
                        + "DOWN（去尾）或 NONE（保留小数）；折算方式写 BY_MONTH（按月）或 WHOLE_PERSON（按整人）；"
                        + "残疾类别写以逗号分隔的代码，如 5,6。社会平均工资用于某征收年度时，有效期写该年的1月1日至12月31日。"));
    }

    @Override
    public List<ParameterRow> rows() {
        return repository.rows().stream()
                .map(r -> new ParameterRow(r.regionPrefix(), r.name().name(), r.validFrom(), r.validTo(),
                        List.of(r.name().name(), r.value()), Evidence.ofCode(r.evidence()).orElseThrow(), r.source()))
                .toList();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        LevyParameter name = Arrays.stream(LevyParameter.values()).filter(p -> p.name().equals(values.get("name")))
                .findFirst().orElse(null);
        if (name == null) {
            errors.put("name", "请选择参数");
        } else if (values.get("value").isEmpty()) {
            errors.put("value", "请填写“" + name.label() + "”的值");
        } else {
            String problem = LevyParameters.problem(name, values.get("value"));
            if (problem != null) {
                errors.put("value", "“" + name.label() + "”的值" + problem);
            }
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO levy_parameter (region_prefix, name, valid_from, valid_to, value, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), row.value("name"), Date.valueOf(row.from()),
                        row.to() == null ? null : Date.valueOf(row.to()), row.value("value"), row.evidence().code(),
                        row.source())
                .update();
    }

    @Override
    public void end(ParameterRow row, LocalDate lastDay) {
        jdbc.sql("""
                UPDATE levy_parameter SET valid_to = ?
                WHERE region_prefix = ? AND name = ? AND valid_from = ? AND valid_to IS NULL
                """)
                .params(Date.valueOf(lastDay), row.regionPrefix(), row.series(), Date.valueOf(row.from()))
                .update();
    }

    @Override
    public void reload() {
        repository.reload();
    }
}
