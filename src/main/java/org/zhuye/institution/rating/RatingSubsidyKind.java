package org.zhuye.institution.rating;

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

/** Table {@code rating_subsidy_rule} on the 参数管理 pages: the 奖补 per grade and person served, down to a 盟市. */
@Component
class RatingSubsidyKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("institution-rating-subsidy", "服务机构奖补标准",
            "服务机构等级评定奖补：各等级的定额和按年度服务人数的每人金额，每个机构的上限；取机构所在地最长区划前缀中"
                    + "评定年度12月31日有效的一行。内蒙古未找到原文，预置值未确认。",
            Period.FROM, 2, null);

    RatingSubsidyKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.text("grades", "各等级奖补（元）", "等级:定额+每服务一人金额，以分号隔开，如 五级:50000+300;四级:30000+200"),
                ParameterField.text("cap", "每个机构上限（元）", "如 200000"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("SELECT region_prefix, valid_from, grades, cap, evidence, source FROM rating_subsidy_rule"
                        + " ORDER BY region_prefix, valid_from")
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getString(3), rs.getString(4)), Evidence.ofCode(rs.getString(5)).orElseThrow(),
                        rs.getString(6)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> problems = SubsidyRule.problems(values.get("grades"));
        if (!problems.isEmpty()) {
            errors.put("grades", String.join("；", problems));
        }
        String cap = values.get("cap");
        if (cap == null || !cap.matches("\\d{1,8}") || Integer.parseInt(cap) > 10_000_000) {
            errors.put("cap", "每个机构上限须为 0 到 10000000 的整数（元）");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("INSERT INTO rating_subsidy_rule (region_prefix, valid_from, grades, cap, evidence, source) VALUES (?, ?, ?, ?, ?, ?)")
                .params(row.regionPrefix(), Date.valueOf(row.from()), row.value("grades"), Integer.parseInt(row.value("cap")),
                        row.evidence().code(), row.source())
                .update();
    }
}
