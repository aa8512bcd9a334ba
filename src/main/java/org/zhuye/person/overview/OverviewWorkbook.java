package org.zhuye.person.overview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.zhuye.person.DisabilityCategory;

/**
 * The overview as an XLSX workbook: a summary sheet (with the notes on what is counted), one sheet
 * per breakdown, and one with every figure for each child region.
 */
final class OverviewWorkbook {

    private OverviewWorkbook() {
    }

    static String fileName(RegionOverviewReport report) {
        return "人员概况-" + report.region().name() + "-" + report.asOf() + ".xlsx";
    }

    static void write(RegionOverviewReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Zhuye", "1.0");
        OverviewFigures f = report.figures();

        Worksheet summary = workbook.newWorksheet("概况");
        String place = String.join(" › ", report.path().stream().map(r -> r.name()).toList());
        int row = 0;
        summary.value(row, 0, "人员概况");
        summary.style(row++, 0).bold().set();
        row = pair(summary, row, "区划", place);
        row = pair(summary, row, "区划代码", report.region().code());
        row = pair(summary, row, "统计日期", report.asOf().toString());
        row++;
        row = pair(summary, row, "在册持证残疾人", f.total());
        row = pair(summary, row, "就业年龄段人数", f.workingAge());
        row = pair(summary, row, "其中已就业", f.workingAgeEmployed());
        summary.value(row, 0, "就业率");
        if (f.employmentRate() != null) {
            summary.value(row, 1, f.employmentRate());
            summary.style(row, 1).format("0.0%").set();
        } else {
            summary.value(row, 1, "—");
        }
        row++;
        row = pair(summary, row, "就业年龄段中未登记就业状况", f.workingAgeNoStatus());
        row = pair(summary, row, "当年新增就业", f.newEmployment());
        row = pair(summary, row, "证件已注销（不计入在册）", f.revoked());
        row = pair(summary, row, "已去世（不计入在册）", f.deceased());
        row++;
        summary.value(row, 0, "口径说明");
        summary.style(row++, 0).bold().set();
        for (String note : RegionOverview.NOTES) {
            summary.value(row++, 0, note);
        }
        summary.width(0, 28);
        summary.width(1, 40);
        summary.finish();

        breakdown(workbook, "残疾类别", "残疾类别", f.categories(), f.total());
        breakdown(workbook, "残疾等级", "残疾等级", f.grades(), f.total());
        breakdown(workbook, "性别", "性别", f.sexes(), f.total());
        breakdown(workbook, "年龄段", "年龄段", f.ageBands(), f.total());

        Worksheet status = workbook.newWorksheet("就业状况");
        header(status, List.of("就业状况", "全部在册人员", "就业年龄段人员"));
        status.value(1, 0, "已就业");
        status.value(1, 1, f.employed());
        status.value(1, 2, f.workingAgeEmployed());
        status.value(2, 0, "未就业");
        status.value(2, 1, f.notEmployed());
        status.value(2, 2, f.workingAgeNotEmployed());
        status.value(3, 0, "未登记就业状况");
        status.value(3, 1, f.noStatus());
        status.value(3, 2, f.workingAgeNoStatus());
        status.value(4, 0, "合计");
        status.value(4, 1, f.total());
        status.value(4, 2, f.workingAge());
        status.width(0, 18);
        status.finish();

        children(workbook, report);
        workbook.finish();
    }

    /** Every figure, one row per child region (and the unassigned rest, if any), then the total. */
    private static void children(Workbook workbook, RegionOverviewReport report) throws IOException {
        Worksheet sheet = workbook.newWorksheet("下级区划");
        List<Column> columns = columns();
        List<String> headers = new java.util.ArrayList<>(List.of("区划代码", "名称"));
        columns.forEach(c -> headers.add(c.header()));
        header(sheet, headers);
        int row = 1;
        for (RegionOverviewReport.Row child : report.children()) {
            row = figuresRow(sheet, row, child.region().code(), child.region().name(), child.figures(), columns);
        }
        if (report.unassigned() != null) {
            row = figuresRow(sheet, row, "", "未归入下级区划", report.unassigned(), columns);
        }
        figuresRow(sheet, row, report.region().code(), "合计", report.figures(), columns);
        sheet.width(0, 14);
        sheet.width(1, 22);
        sheet.freezePane(2, 1);
        sheet.finish();
    }

    private static int figuresRow(Worksheet sheet, int row, String code, String name, OverviewFigures figures,
                                  List<Column> columns) {
        sheet.value(row, 0, code);
        sheet.value(row, 1, name);
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(figures);
            if (value instanceof Number number) {
                sheet.value(row, i + 2, number);
                if (columns.get(i).percent()) {
                    sheet.style(row, i + 2).format("0.0%").set();
                }
            } else {
                sheet.value(row, i + 2, value == null ? "—" : value.toString());
            }
        }
        return row + 1;
    }

    private record Column(String header, Function<OverviewFigures, Object> value, boolean percent) {
        Column(String header, Function<OverviewFigures, Object> value) {
            this(header, value, false);
        }
    }

    private static List<Column> columns() {
        List<Column> columns = new java.util.ArrayList<>();
        columns.add(new Column("在册人数", OverviewFigures::total));
        for (int i = 0; i < 7; i++) {
            int at = i;
            columns.add(new Column(DisabilityCategory.values()[i].label() + "残疾", f -> f.categories().get(at).count()));
        }
        String[] grades = {"一级", "二级", "三级", "四级"};
        for (int i = 0; i < 4; i++) {
            int at = i;
            columns.add(new Column(grades[i], f -> f.grades().get(at).count()));
        }
        columns.add(new Column("男", f -> f.sexes().get(0).count()));
        columns.add(new Column("女", f -> f.sexes().get(1).count()));
        for (int i = 0; i < OverviewAgeBand.BANDS.size(); i++) {
            int at = i;
            columns.add(new Column(OverviewAgeBand.BANDS.get(i).label(), f -> f.ageBands().get(at).count()));
        }
        columns.add(new Column("就业年龄段", OverviewFigures::workingAge));
        columns.add(new Column("就业年龄段已就业", OverviewFigures::workingAgeEmployed));
        columns.add(new Column("就业年龄段未就业", OverviewFigures::workingAgeNotEmployed));
        columns.add(new Column("就业年龄段未登记就业状况", OverviewFigures::workingAgeNoStatus));
        columns.add(new Column("就业率", OverviewFigures::employmentRate, true));
        columns.add(new Column("全部已就业", OverviewFigures::employed));
        columns.add(new Column("全部未就业", OverviewFigures::notEmployed));
        columns.add(new Column("全部未登记就业状况", OverviewFigures::noStatus));
        columns.add(new Column("当年新增就业", OverviewFigures::newEmployment));
        columns.add(new Column("证件已注销", OverviewFigures::revoked));
        columns.add(new Column("已去世", OverviewFigures::deceased));
        return columns;
    }

    private static void breakdown(Workbook workbook, String sheetName, String heading, List<OverviewFigures.Count> counts,
                                  long total) throws IOException {
        Worksheet sheet = workbook.newWorksheet(sheetName);
        header(sheet, List.of(heading, "人数", "占比"));
        int row = 1;
        for (OverviewFigures.Count count : counts) {
            sheet.value(row, 0, count.label());
            sheet.value(row, 1, count.count());
            if (total > 0) {
                sheet.value(row, 2, (double) count.count() / total);
                sheet.style(row, 2).format("0.0%").set();
            }
            row++;
        }
        sheet.value(row, 0, "合计");
        sheet.value(row, 1, total);
        sheet.width(0, 16);
        sheet.finish();
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static int pair(Worksheet sheet, int row, String label, Object value) {
        sheet.value(row, 0, label);
        if (value instanceof Number number) {
            sheet.value(row, 1, number);
        } else {
            sheet.value(row, 1, String.valueOf(value));
        }
        return row + 1;
    }
}
