package org.zhuye.casework.publicpost;

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

/** Table {@code public_post_rule} on the 参数管理 pages: the limits of 公益性岗位 placements by region and start date. */
@Component
class PublicPostRuleKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("public-post", "公益性岗位安置规则",
            "公益性岗位安置：补贴期限、距退休可延至退休的年限和累计安置次数；取最长区划前缀中起始日最晚且不晚于安置开始日的一行。",
            Period.FROM, 2, null);

    PublicPostRuleKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("maxTermMonths", "补贴期限（月）", "如3年填 36"),
                ParameterField.number("nearRetirementYears", "距退休不足几年可延至退休", null),
                ParameterField.number("maxPlacements", "累计安置次数上限", null));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, max_term_months, near_retirement_years, max_placements, evidence, source
                FROM public_post_rule ORDER BY region_prefix, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getString(3), rs.getString(4), rs.getString(5)),
                        Evidence.ofCode(rs.getString(6)).orElseThrow(), rs.getString(7)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        ParameterField.checkWholeNumber(values, "maxTermMonths", "补贴期限", 1, 120, errors);
        ParameterField.checkWholeNumber(values, "nearRetirementYears", "距退休年限", 0, 20, errors);
        ParameterField.checkWholeNumber(values, "maxPlacements", "累计安置次数上限", 1, 20, errors);
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO public_post_rule (region_prefix, valid_from, max_term_months, near_retirement_years,
                                              max_placements, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), Date.valueOf(row.from()), Integer.parseInt(row.value("maxTermMonths")),
                        Integer.parseInt(row.value("nearRetirementYears")), Integer.parseInt(row.value("maxPlacements")),
                        row.evidence().code(), row.source())
                .update();
    }
}
