package org.zhuye.monitoring.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.zhuye.monitoring.target.Standing;
import org.zhuye.platform.xlsx.XlsxWriter;

/**
 * The ranking tables of a 通报 as one sheet: a title row, then for each indicator its heading, the column
 * heads, the region's own line and its children in rank order, as printed on the page.
 */
final class BulletinWorkbook {

    static final List<String> HEADS = List.of("排名", "地区", "完成数", "目标", "完成率（%）", "时序进度（%）", "超前（+）或落后（−）百分点");

    private BulletinWorkbook() {
    }

    static void write(Bulletin bulletin, OutputStream out) throws IOException {
        try (XlsxWriter sheet = new XlsxWriter(out, "通报排名")) {
            sheet.widths(List.of(8, 22, 12, 12, 12, 14, 24));
            String number = bulletin.documentNumber() == null ? "（草稿）" : bulletin.documentNumber();
            sheet.row(List.of(bulletin.title()));
            sheet.row(List.of(bulletin.issuingBody() + " " + number + " 数据截至 " + bulletin.figures().asOf()));
            for (IndicatorRanking i : bulletin.figures().indicators()) {
                sheet.row(List.of());
                sheet.row(List.of(i.name() + (i.unit().isEmpty() ? "" : "（" + i.unit() + "）") + " · " + i.periodLabel()));
                sheet.row(HEADS);
                sheet.row(line("合计", i.region()));
                for (RegionStanding s : i.children()) {
                    sheet.row(line(s.rank() == null ? "未设目标" : String.valueOf(s.rank()), s));
                }
            }
        }
    }

    static List<String> line(String rank, RegionStanding line) {
        Standing s = line.standing();
        List<String> cells = new ArrayList<>();
        cells.add(rank);
        cells.add(line.name());
        cells.add(s.figure());
        cells.add(s.target() == null ? "—" : s.target());
        cells.add(s.completionShown());
        cells.add(s.expectedShown());
        cells.add(s.pointsShown());
        return cells;
    }
}
