package org.zhuye.institution.rating;

import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.NewParameter;
import org.zhuye.parameter.ParameterDescription;
import org.zhuye.parameter.ParameterField;
import org.zhuye.parameter.ParameterRow;
import org.zhuye.parameter.ParameterTable;
import org.zhuye.parameter.Period;

/**
 * Table {@code rating_scheme} on the 参数管理 pages: the 评定方案 of each institution kind, kept by the province
 * (the baselines are the province's, so one scheme serves them all). No Inner Mongolia text was found; the
 * seeded rows are 未确认.
 */
@Component
class RatingSchemeKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("institution-rating-scheme", "服务机构等级评定方案",
            "服务机构等级评定：各类机构的检查项目及满分、成效权重（服务人数、转入就业、稳定就业、培训完成）、等级分数线、"
                    + "期望值收缩常数和满分比值；取评定年度12月31日有效的一行。内蒙古未找到原文，预置值未确认。",
            Period.FROM, 1, "kind");

    RatingSchemeKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.choice("kind", "机构类型", null, Arrays.stream(InstitutionKind.values())
                        .map(k -> new ParameterField.Choice(k.name(), k.label())).toList()),
                ParameterField.text("criteria", "检查项目及满分", "名称:满分，以分号隔开，如 场地与无障碍:20;制度与管理:20"),
                ParameterField.text("outcomes", "成效权重", "服务人数、转入就业、稳定就业、培训完成中适用的，如 服务人数:10;转入就业:10；与检查满分合计100"),
                ParameterField.text("bands", "等级分数线", "从最高等级起，如 五级:90;四级:80;三级:70"),
                ParameterField.number("shrinkK", "期望值收缩常数 k", "格子人数 n 的权重为 n/(n+k)，如 20"),
                ParameterField.number("fullRatioPercent", "满分比值（%）", "实际为期望的百分之几时得满分，如 150"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, kind, valid_from, criteria, outcomes, bands, shrink_k, full_ratio_percent, evidence, source
                FROM rating_scheme ORDER BY region_prefix, kind, valid_from
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), null,
                        List.of(rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)),
                        Evidence.ofCode(rs.getString(9)).orElseThrow(), rs.getString(10)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Arrays.stream(InstitutionKind.values()).noneMatch(k -> k.name().equals(values.get("kind")))) {
            errors.put("kind", "请选择机构类型");
        }
        errors.putAll(RatingScheme.problems(values.get("criteria"), values.get("outcomes"), values.get("bands")));
        ParameterField.checkWholeNumber(values, "shrinkK", "期望值收缩常数 k", 1, 1000, errors);
        ParameterField.checkWholeNumber(values, "fullRatioPercent", "满分比值", 100, 300, errors);
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO rating_scheme (region_prefix, kind, valid_from, criteria, outcomes, bands, shrink_k,
                                           full_ratio_percent, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), row.value("kind"), Date.valueOf(row.from()), row.value("criteria"),
                        row.value("outcomes"), row.value("bands"), Integer.parseInt(row.value("shrinkK")),
                        Integer.parseInt(row.value("fullRatioPercent")), row.evidence().code(), row.source())
                .update();
    }
}
