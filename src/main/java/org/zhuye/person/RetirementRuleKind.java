package org.zhuye.person;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Table {@code retirement_rule} on the 参数管理 pages: the working-age rule by region, sex and start date.
 * A row applies from its start until a later row of the region and sex; {@link WorkingAgeRules} is re-read.
 */
@Component
class RetirementRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("retirement", "退休年龄规则",
            "就业年龄段（就业率、年审核对、四个一工作清单）：按性别的最低就业年龄、原法定退休年龄和渐进式延迟的步长；"
                    + "取最长区划前缀中起始日最晚且不晚于当日的一行。",
            Period.FROM, 1, "sex");

    private final WorkingAgeRules rules;

    RetirementRuleKind(JdbcClient jdbc, WorkingAgeRules rules) {
        super(jdbc, DESCRIPTION);
        this.rules = rules;
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.choice("sex", "性别", null, List.of(new ParameterField.Choice("M", "男"),
                        new ParameterField.Choice("F", "女"))),
                ParameterField.number("minimumAgeYears", "最低就业年龄（周岁）", null),
                ParameterField.number("baseAgeYears", "原法定退休年龄（周岁）", null),
                ParameterField.date("firstDelayedBirthMonth", "开始延迟的出生月份", "此月（含）以后出生的人开始延迟，填该月1日"),
                ParameterField.number("birthMonthsPerStep", "每延迟1个月对应的出生月数", "如每4个月延迟1个月填 4"),
                ParameterField.number("maxDelayMonths", "最多延迟月数", "不延迟填 0"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, sex, valid_from, minimum_age_years, base_age_years, first_delayed_birth_month,
                       birth_months_per_step, max_delay_months, evidence, source
                FROM retirement_rule ORDER BY region_prefix, sex DESC, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), null,
                        List.of(rs.getString(2), rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate().toString(),
                                rs.getString(7), rs.getString(8)),
                        Evidence.ofCode(rs.getString(9)).orElseThrow(), rs.getString(10)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!List.of("M", "F").contains(values.get("sex"))) {
            errors.put("sex", "请选择性别");
        }
        ParameterField.checkWholeNumber(values, "minimumAgeYears", "最低就业年龄", 14, 18, errors);
        ParameterField.checkWholeNumber(values, "baseAgeYears", "原法定退休年龄", 40, 70, errors);
        ParameterField.checkWholeNumber(values, "birthMonthsPerStep", "每延迟1个月对应的出生月数", 1, 12, errors);
        ParameterField.checkWholeNumber(values, "maxDelayMonths", "最多延迟月数", 0, 120, errors);
        try {
            if (LocalDate.parse(values.get("firstDelayedBirthMonth")).getDayOfMonth() != 1) {
                errors.put("firstDelayedBirthMonth", "开始延迟的出生月份须填该月1日");
            }
        } catch (DateTimeParseException e) {
            errors.put("firstDelayedBirthMonth", "请填写开始延迟的出生月份（YYYY-MM-01）");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO retirement_rule (region_prefix, sex, valid_from, minimum_age_years, base_age_years,
                    first_delayed_birth_month, birth_months_per_step, max_delay_months, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), row.value("sex"), Date.valueOf(row.from()),
                        Integer.parseInt(row.value("minimumAgeYears")), Integer.parseInt(row.value("baseAgeYears")),
                        Date.valueOf(LocalDate.parse(row.value("firstDelayedBirthMonth"))),
                        Integer.parseInt(row.value("birthMonthsPerStep")), Integer.parseInt(row.value("maxDelayMonths")),
                        row.evidence().code(), row.source())
                .update();
    }

    @Override
    public void reload() {
        rules.reload();
    }
}
