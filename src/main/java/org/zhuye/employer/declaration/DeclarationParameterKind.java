package org.zhuye.employer.declaration;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/** Table {@code declaration_parameter} on the 参数管理 pages: a collection year's deadline, review level and residence scope. */
@Component
class DeclarationParameterKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("declaration", "年审申报参数",
            "按比例就业年审：征收年度的申报截止日、审核层级和残疾职工居住地范围；取单位所在地最长区划前缀中该年度的一行，没有则不能为该年度申报。",
            Period.YEAR, 3, null);

    DeclarationParameterKind(JdbcClient jdbc) {
        super(jdbc, DESCRIPTION);
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.date("filingDeadline", "申报截止日", "此日之后不能再首次提交（退回的可以重新提交）"),
                ParameterField.choice("reviewLevel", "审核层级", null, Arrays.stream(ReviewLevel.values())
                        .map(l -> new ParameterField.Choice(l.name(), l.label())).toList()),
                ParameterField.choice("residenceScope", "残疾职工居住地范围", null, Arrays.stream(ResidenceScope.values())
                        .map(s -> new ParameterField.Choice(s.name(), s.label())).toList()));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, year, filing_deadline, review_level, residence_scope, evidence, source
                FROM declaration_parameter ORDER BY region_prefix, year
                """)
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", LocalDate.of(rs.getInt(2), 1, 1),
                        LocalDate.of(rs.getInt(2), 12, 31),
                        List.of(rs.getDate(3).toLocalDate().toString(), rs.getString(4), rs.getString(5)),
                        Evidence.ofCode(rs.getString(6)).orElseThrow(), rs.getString(7)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            LocalDate.parse(values.get("filingDeadline"));
        } catch (DateTimeParseException e) {
            errors.put("filingDeadline", "请填写申报截止日（YYYY-MM-DD）");
        }
        if (Arrays.stream(ReviewLevel.values()).noneMatch(l -> l.name().equals(values.get("reviewLevel")))) {
            errors.put("reviewLevel", "请选择审核层级");
        }
        if (Arrays.stream(ResidenceScope.values()).noneMatch(s -> s.name().equals(values.get("residenceScope")))) {
            errors.put("residenceScope", "请选择残疾职工居住地范围");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO declaration_parameter (region_prefix, year, filing_deadline, review_level, residence_scope,
                                                   evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.regionPrefix(), row.year(), Date.valueOf(LocalDate.parse(row.value("filingDeadline"))),
                        row.value("reviewLevel"), row.value("residenceScope"), row.evidence().code(), row.source())
                .update();
    }
}
