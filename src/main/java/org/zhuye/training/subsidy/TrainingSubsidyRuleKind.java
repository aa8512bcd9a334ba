package org.zhuye.training.subsidy;

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

/** Table {@code training_subsidy_rule} on the 参数管理 pages: the training subsidy's threshold, window and rates. */
@Component
class TrainingSubsidyRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("training-subsidy", "职业培训补贴规则",
            "培训补贴：出勤率门槛、结业后计入就业的月数，以及取证并就业、仅取证、专项职业能力证书三档占补贴标准的百分比；"
                    + "取最长区划前缀中起始日最晚且不晚于结业日的一行。",
            Period.FROM, 3, null);

    TrainingSubsidyRuleKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("minAttendancePercent", "出勤率门槛（%）", "低于此出勤率不予补贴，如 80"),
                ParameterField.number("employmentMonths", "结业后计入就业的月数", "如 6"),
                ParameterField.number("fullPercent", "取证并就业（%）", "占课程补贴标准的百分比"),
                ParameterField.number("certificatePercent", "仅取证（%）", null),
                ParameterField.number("specialPercent", "专项职业能力证书（%）", null));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, min_attendance_percent, employment_months, full_percent,
                       certificate_percent, special_percent, evidence, source
                FROM training_subsidy_rule ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                        Evidence.ofCode(rs.getString(8)).orElseThrow(), rs.getString(9)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        ParameterField.checkWholeNumber(values, "minAttendancePercent", "出勤率门槛", 0, 100, errors);
        ParameterField.checkWholeNumber(values, "employmentMonths", "计入就业的月数", 0, 24, errors);
        ParameterField.checkWholeNumber(values, "fullPercent", "取证并就业比例", 0, 100, errors);
        ParameterField.checkWholeNumber(values, "certificatePercent", "仅取证比例", 0, 100, errors);
        ParameterField.checkWholeNumber(values, "specialPercent", "专项职业能力证书比例", 0, 100, errors);
        if (errors.isEmpty()) {
            int full = Integer.parseInt(values.get("fullPercent"));
            int certificate = Integer.parseInt(values.get("certificatePercent"));
            int special = Integer.parseInt(values.get("specialPercent"));
            // A better basis must never pay less.
            if (certificate > full) {
                errors.put("certificatePercent", "仅取证比例不能高于取证并就业比例");
            }
            if (special > certificate) {
                errors.put("specialPercent", "专项职业能力证书比例不能高于仅取证比例");
            }
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO training_subsidy_rule (region_prefix, valid_from, min_attendance_percent, employment_months,
                    full_percent, certificate_percent, special_percent, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), Integer.parseInt(row.value("minAttendancePercent")),
                        Integer.parseInt(row.value("employmentMonths")), Integer.parseInt(row.value("fullPercent")),
                        Integer.parseInt(row.value("certificatePercent")), Integer.parseInt(row.value("specialPercent")),
                        row.evidence().code(), row.source())
                .update();
    }
}
