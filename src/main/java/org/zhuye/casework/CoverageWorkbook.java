package org.zhuye.casework;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.zhuye.platform.xlsx.XlsxWriter;

/** Coverage as a workbook: the region, each child region, and the notes on what is counted. */
final class CoverageWorkbook {

    private CoverageWorkbook() {
    }

    static String fileName(CoverageReport report) {
        return "四个一服务覆盖-" + report.region().name() + "-" + report.cycle().year() + ".xlsx";
    }

    static void write(CoverageReport report, CaseworkCodes codes, OutputStream out) throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter(out, "服务覆盖")) {
            List<String> header = new ArrayList<>(List.of("区划", "区划代码", "服务对象"));
            for (ServiceKind kind : ServiceKind.values()) {
                header.add(codes.kindLabel(kind));
                header.add(codes.kindLabel(kind) + "覆盖率");
            }
            header.addAll(List.of("四项全覆盖", "四项全覆盖率", "待服务"));
            xlsx.widths(List.of(16, 14, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10)).header(header);
            xlsx.row(row(report.region().name() + "（合计）", report.region().code(), report.figures()));
            for (CoverageReport.Row child : report.children()) {
                xlsx.row(row(child.region().name(), child.region().code(), child.figures()));
            }
            if (report.unassigned() != null) {
                xlsx.row(row("未归入下级区划", "", report.unassigned()));
            }
            xlsx.row(List.of());
            xlsx.row(List.of("统计年度", String.valueOf(report.cycle().year()), "统计截止日", report.cycle().to().toString()));
            xlsx.row(List.of("政策依据", report.cycle().source()));
            for (String note : CaseworkCoverage.NOTES) {
                xlsx.row(List.of("口径", note));
            }
        }
    }

    private static List<String> row(String name, String code, CoverageFigures f) {
        List<String> cells = new ArrayList<>(List.of(name, code, String.valueOf(f.eligible())));
        for (ServiceKind kind : ServiceKind.values()) {
            cells.add(String.valueOf(f.count(kind)));
            cells.add(f.rateText(f.count(kind)));
        }
        cells.addAll(List.of(String.valueOf(f.complete()), f.completeRateText(), String.valueOf(f.open())));
        return cells;
    }
}
