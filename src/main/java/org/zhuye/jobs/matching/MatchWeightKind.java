package org.zhuye.jobs.matching;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.Evidence;
import org.zhuye.parameter.MissingParameters;
import org.zhuye.parameter.NewParameter;
import org.zhuye.parameter.ParameterDescription;
import org.zhuye.parameter.ParameterField;
import org.zhuye.parameter.ParameterRow;
import org.zhuye.parameter.ParameterTable;
import org.zhuye.parameter.Period;

/**
 * Table {@code match_weight} on the 参数管理 pages, and the weights in force for a region on a day
 * (longest prefix, then the latest start on or before the day), kept in memory and re-read after a change.
 */
@Component
class MatchWeightKind extends ParameterTable {

    static final ParameterDescription DESCRIPTION = new ParameterDescription("match-weight", "岗位匹配评分权重",
            "岗位匹配的得分 = 100 × Σ(权重 × 符合程度) ÷ 权重之和；按岗位工作地点（求职者查看岗位时按本人户籍地）"
                    + "取最长区划前缀中起始日最晚且不晚于当天的一行。", Period.FROM, 2, null);

    private static final String[] FIELDS = {"occupation", "education", "wage", "distance", "category", "ability"};

    private final MissingParameters missing;
    private volatile List<Row> table;

    MatchWeightKind(JdbcClient jdbc, MissingParameters missing) {
        super(jdbc, DESCRIPTION);
        this.missing = missing;
    }

    record Row(String prefix, LocalDate from, MatchWeights weights) {
    }

    /** The weights for {@code regionCode} on {@code day}; a region without a row is refused by name. */
    MatchWeights on(String regionCode, LocalDate day) {
        List<Row> rows = table;
        if (rows == null) {
            rows = load();
            table = rows;
        }
        for (Row row : rows) {
            if (regionCode.startsWith(row.prefix()) && !row.from().isAfter(day)) {
                return row.weights();
            }
        }
        throw new MissingWeights(missing.message(DESCRIPTION, DESCRIPTION.label(), day + " 适用的", regionCode));
    }

    private List<Row> load() {
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                SELECT region_prefix, valid_from, occupation, education, wage, distance, category, ability FROM match_weight""")
                .query((rs, i) -> new Row(rs.getString(1), rs.getDate(2).toLocalDate(), new MatchWeights(rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))))
                .list());
        rows.sort(Comparator.comparing((Row r) -> r.prefix().length()).reversed().thenComparing(Row::from, Comparator.reverseOrder()));
        return List.copyOf(rows);
    }

    @Override
    public void reload() {
        table = null;
    }

    @Override
    public List<ParameterField> fields() {
        return List.of(
                ParameterField.number("occupation", "职业意向权重", "0–100"),
                ParameterField.number("education", "文化程度权重", "0–100"),
                ParameterField.number("wage", "工资权重", "0–100"),
                ParameterField.number("distance", "距离权重", "0–100"),
                ParameterField.number("category", "适合残疾类别权重", "0–100"),
                ParameterField.number("ability", "职业能力评估权重", "0–100"));
    }

    @Override
    public List<ParameterRow> rows() {
        return jdbc.sql("""
                SELECT region_prefix, valid_from, occupation, education, wage, distance, category, ability, evidence, source
                FROM match_weight ORDER BY region_prefix, valid_from""")
                .query((rs, i) -> new ParameterRow(rs.getString(1), "", rs.getDate(2).toLocalDate(), null,
                        List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                        Evidence.ofCode(rs.getString(9)).orElseThrow(), rs.getString(10)))
                .list();
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterField field : fields()) {
            ParameterField.checkWholeNumber(values, field.name(), field.label(), 0, 100, errors);
        }
        if (errors.isEmpty() && java.util.Arrays.stream(FIELDS).mapToInt(f -> Integer.parseInt(values.get(f))).sum() == 0) {
            errors.put("occupation", "各项权重不能全为 0");
        }
        return errors;
    }

    @Override
    public void insert(NewParameter row) {
        jdbc.sql("""
                INSERT INTO match_weight (region_prefix, valid_from, occupation, education, wage, distance, category,
                                          ability, evidence, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.regionPrefix(), Date.valueOf(row.from()), Integer.parseInt(row.value("occupation")),
                        Integer.parseInt(row.value("education")), Integer.parseInt(row.value("wage")),
                        Integer.parseInt(row.value("distance")), Integer.parseInt(row.value("category")),
                        Integer.parseInt(row.value("ability")), row.evidence().code(), row.source())
                .update();
        reload();
    }

    /** No weights apply to a region on a day: nothing can be scored there until an administrator adds a row. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
    static class MissingWeights extends RuntimeException {
        MissingWeights(String message) {
            super(message);
        }
    }
}
