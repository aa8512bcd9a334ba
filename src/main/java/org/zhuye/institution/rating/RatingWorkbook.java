package org.zhuye.institution.rating;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhuye.platform.xlsx.XlsxWriter;

/**
 * A year's ratings as a workbook: one row per institution with every figure, actual and expected outcomes, the
 * points, grade and 奖补; then each rating's expectation cell by cell, and the parameter rows used.
 */
final class RatingWorkbook {

    private RatingWorkbook() {
    }

    static String fileName(RatingYear year, String area) {
        return "服务机构等级评定-" + area + "-" + year.year() + ".xlsx";
    }

    static void write(RatingYear year, Map<String, String> names, OutputStream out) throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter(out, "等级评定")) {
            xlsx.widths(List.of(28, 14, 20, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10, 8, 8, 12, 10));
            xlsx.header(List.of("机构", "类型", "地区", "状态", "服务人数", "容量", "转入就业", "期望转入就业", "稳定就业",
                    "期望稳定就业", "满六个月基数", "培训结业", "培训完成", "检查得分", "成效得分", "总分", "等级", "奖补（元）", "计算日"));
            List<List<String>> explanation = new ArrayList<>();
            List<List<String>> parameters = new ArrayList<>();
            for (RatingRepository.Row row : year.rows()) {
                Rating r = row.rating();
                List<String> cells = new ArrayList<>(List.of(row.institution().name(), row.institution().kind().label(),
                        names.getOrDefault(row.institution().regionCode(), row.institution().regionCode())));
                if (r == null) {
                    cells.add("未录入检查评分");
                    xlsx.row(cells);
                    continue;
                }
                cells.add(r.status().label());
                RatingSnapshot s = r.snapshot();
                if (s == null) {
                    xlsx.row(cells);
                    continue;
                }
                RatingFigures f = s.figures();
                cells.addAll(List.of(String.valueOf(f.served()), String.valueOf(f.capacity()), String.valueOf(f.placed()),
                        two(s.expectedPlaced().expected()), String.valueOf(f.retained()), two(s.expectedRetained().expected()),
                        String.valueOf(f.retentionBase()), text(f.trainingEnded()), text(f.trainingCompleted()),
                        r.inspectionPoints().toPlainString(), r.outcomePoints().toPlainString(), r.score().toPlainString(),
                        r.gradeLabel(), r.subsidy().toPlainString(), s.asOf().toString()));
                xlsx.row(cells);
                lines(explanation, row.institution().name(), "转入就业", s.expectedPlaced());
                lines(explanation, row.institution().name(), "稳定就业", s.expectedRetained());
                for (UsedParameter used : s.parameters()) {
                    parameters.add(List.of(row.institution().name(), used.label(), used.regionPrefix(), used.from().toString(),
                            used.value(), used.evidence(), used.source()));
                }
            }
            xlsx.row(List.of());
            xlsx.row(List.of("期望值的形成", "成效", "格子（类别·等级·年龄）", "人数", "基准人数 n", "格子比率", "收缩权重",
                    "类别人数", "类别比率", "全体比率", "收缩后比率", "旗县", "旗县系数", "期望"));
            for (List<String> line : explanation) {
                xlsx.row(line);
            }
            xlsx.row(List.of());
            xlsx.row(List.of("所用参数", "参数", "区划前缀", "起始日", "取值", "证据", "来源"));
            for (List<String> line : parameters) {
                xlsx.row(line);
            }
        }
    }

    private static void lines(List<List<String>> into, String institution, String outcome, ExpectedOutcomes.Expectation e) {
        for (ExpectedOutcomes.Line line : e.lines()) {
            Baseline.CellRate rate = line.rate();
            into.add(List.of(institution, outcome, line.cell(), String.valueOf(line.persons()), String.valueOf(rate.n()),
                    pct(rate.raw()), two(rate.weight()), String.valueOf(rate.categoryN()), pct(rate.categoryRaw()),
                    pct(rate.allRate()), pct(rate.rate()), line.county(), two(line.countyFactor()), two(line.expected())));
        }
    }

    static String two(double value) {
        return String.format("%.2f", value);
    }

    static String pct(double value) {
        return String.format("%.1f%%", value * 100);
    }

    private static String text(Integer value) {
        return value == null ? "—" : value.toString();
    }
}
