package org.zhuye.training.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.training.CourseKind;

/** The figures as the rows of one sheet: child regions with their totals, then the course kinds. Both exports write it. */
final class FiguresTable {

    private FiguresTable() {
    }

    static List<List<String>> rows(TrainingFigures f, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("地区", "区划代码", "人次", "人数"));
        for (TrainingFigures.Row row : f.children()) {
            rows.add(line(names.getOrDefault(row.region(), row.region()), row.region(), row.counts()));
        }
        if (f.unassigned() != null) {
            rows.add(line("登记在本级（未细分到下级）", f.region(), f.unassigned()));
        }
        rows.add(line("合计：" + names.getOrDefault(f.region(), f.region()), f.region(), f.total()));
        rows.add(List.of());
        rows.add(List.of("培训类别", "", "人次", "人数"));
        for (CourseKind kind : CourseKind.values()) {
            rows.add(line(kind.label(), "", f.byKind().get(kind)));
        }
        rows.add(List.of());
        rows.add(List.of("统计期间", f.from() + " 至 " + f.to(), f.kind() == null ? "全部培训类别" : f.kind().label(), ""));
        for (String note : TrainingCounts.NOTES) {
            rows.add(List.of(note));
        }
        return rows;
    }

    static String fileName(TrainingFigures f, Map<String, String> names, String extension) {
        return "培训人次人数-" + names.getOrDefault(f.region(), f.region()) + "-" + f.from() + "至" + f.to() + "." + extension;
    }

    static void csv(TrainingFigures f, Map<String, String> names, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            for (List<String> row : rows(f, names)) {
                csv.row(row);
            }
        }
    }

    static void xlsx(TrainingFigures f, Map<String, String> names, OutputStream out) throws IOException {
        List<List<String>> rows = rows(f, names);
        try (XlsxWriter sheet = new XlsxWriter(out, "培训人次人数").widths(List.of(30, 16, 10, 10))) {
            sheet.header(rows.get(0));
            for (List<String> row : rows.subList(1, rows.size())) {
                sheet.row(row);
            }
        }
    }

    private static List<String> line(String name, String code, TrainingFigures.Counts c) {
        return List.of(name, code, String.valueOf(c.personTimes()), String.valueOf(c.persons()));
    }
}
