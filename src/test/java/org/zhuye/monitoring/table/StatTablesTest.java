package org.zhuye.monitoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.platform.xlsx.XlsxReader;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.Tries;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class StatTablesTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    /** 凉城县: no other test records anyone there. */
    static final RegionCode COUNTY = RegionCode.of("150925");
    static final String HONGMAO = "150925103000";
    static final String LIUSUMU = "150925104000";

    @Autowired
    StatTables tables;
    @Autowired
    Indicators indicators;
    @Autowired
    RegionRepository regions;
    @Autowired
    OverviewFixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void movesIntoWorkShowInTheirTownshipsRowAndTheTotalIsTheSumOfTheRows() {
        ReportingPeriod year = ReportingPeriod.year(2024);
        StatTable before = tables.make(TableLayouts.FOUR_SERVICES, COUNTY, year, PROVINCE, LocalDate.of(2025, 1, 10));
        int column = columnOf(TableLayouts.FOUR_SERVICES, "新增就业");

        employ("150925103001", 3, "2024-05-01");
        employ("150925104200", 2, "2024-11-30");
        employ("150925104200", 1, "2025-01-02");

        StatTable after = tables.make(TableLayouts.FOUR_SERVICES, COUNTY, year, PROVINCE, LocalDate.of(2025, 1, 10));
        assertThat(value(after, HONGMAO, column) - value(before, HONGMAO, column)).isEqualTo(3);
        assertThat(value(after, LIUSUMU, column) - value(before, LIUSUMU, column)).isEqualTo(2);
        assertThat(after.total().cells().get(column).figure().value() - before.total().cells().get(column).figure().value()).isEqualTo(5);
        assertThat(after.parts().stream().mapToLong(r -> r.cells().get(column).figure().value()).sum())
                .isEqualTo(after.total().cells().get(column).figure().value());
        assertThat(after.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(after.regionName()).isEqualTo("凉城县");
        StatTable.Cell cell = row(after, HONGMAO).cells().get(column);
        assertThat(cell.href()).isEqualTo("/indicators/new_employment/records?region=150925103&period=2024");
        assertThat(cell.headers()).isEqualTo(row(after, HONGMAO).id() + " " + "col-18");
        // Every column's indicators are in the catalogue, so no column is left as "—".
        assertThat(after.missing()).isEmpty();
        assertThat(after.total().cells().get(columnOf(TableLayouts.FOUR_SERVICES, "零就业家庭")).shown()).isNotEqualTo("—");
    }

    @Test
    void theWorkbookHasTheFormsMergedHeadingsNumbersAndATotalThatAddsUp(@TempDir Path dir) throws Exception {
        employ("150925218200", 2, "2024-03-03");
        StatTable table = tables.make(TableLayouts.FOUR_SERVICES, COUNTY, ReportingPeriod.year(2024), PROVINCE, LocalDate.now());
        Path file = dir.resolve("table.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TableWorkbook.write(table, out);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Long> numberCells = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
                numberCells.add(reader.numberCells());
            }
        }
        assertThat(rows.get(0).get(0)).isEqualTo("残疾人就业“四个一”及实名制服务进展表（2024年）");
        assertThat(rows.get(1).get(0)).contains("填报单位：凉城县残疾人联合会", "统计期：2024年");
        // Headings: 单位名称 over three rows, “四个一”服务 over the ten columns of the five services, each service over two.
        assertThat(rows.get(2).get(0)).isEqualTo("单位名称");
        assertThat(rows.get(2).get(2)).isEqualTo("“四个一”服务");
        assertThat(rows.get(3).get(2)).isEqualTo("基础数据核实");
        assertThat(rows.get(4).subList(2, 4)).containsExactly("人数", "完成率");
        assertThat(rows.get(5).get(0)).isEqualTo("计量单位");
        assertThat(merges(file)).contains("A3:A5", "B3:B5", "C3:L3", "C4:D4", "K4:L4", "M3:M5", "N3:N5", "A1:N1");

        int column = columnOf(TableLayouts.FOUR_SERVICES, "新增就业") + 1;
        assertThat(rows.get(6).get(0)).isEqualTo("合计");
        List<List<String>> regionRows = rows.subList(7, 7 + table.parts().size());
        long sum = regionRows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
        assertThat(Long.parseLong(rows.get(6).get(column))).isEqualTo(sum).isGreaterThanOrEqualTo(2);
        assertThat(regionRows.stream().map(r -> r.get(0))).contains("鸿茅镇", "天成乡");
        // Figures are number cells (a sheet can add them up); the units and headings are text.
        assertThat(numberCells.get(6) & (1L << column)).isNotZero();
        assertThat(numberCells.get(7) & (1L << column)).isNotZero();
        assertThat(numberCells.get(5)).isZero();
        assertThat(rows.get(7 + table.parts().size()).get(0)).startsWith("说明：");
    }

    @Test
    void eachCellIsTheFigureOfItsCodesAndTotalsAreTheSumOfTheRowsForAnyRegionAndPeriod() {
        List<RegionCode> places = new ArrayList<>(List.of(RegionCode.of("15"), COUNTY));
        regions.children(RegionCode.of("15"), PROVINCE).forEach(c -> places.add(RegionCode.of(c.region().code())));
        regions.children(RegionCode.of("1509"), PROVINCE).forEach(c -> places.add(RegionCode.of(c.region().code())));
        Tries.check(12, in -> {
            RegionCode region = in.oneOf(places.toArray(RegionCode[]::new));
            int year = in.between(2023, 2026);
            ReportingPeriod period = in.oneOf(ReportingPeriod.year(year), ReportingPeriod.quarter(year, in.between(1, 4)),
                    ReportingPeriod.month(java.time.YearMonth.of(year, in.between(1, 12))), ReportingPeriod.years(2022, 2024));
            TableLayout layout = in.oneOf(TableLayouts.EMPLOYMENT, TableLayouts.FOUR_SERVICES);
            StatTable table = tables.make(layout, region, period, PROVINCE, LocalDate.now());
            List<List<Header>> columns = layout.columns();
            for (int c = 0; c < columns.size(); c++) {
                Measure measure = columns.get(c).get(columns.get(c).size() - 1).measure();
                if (table.total().cells().get(c).missing()) {
                    assertThat(measure.codes()).anyMatch(code -> indicators.find(code).isEmpty());
                    continue;
                }
                assertThat(table.total().cells().get(c).figure()).isEqualTo(measure.of(code ->
                        indicators.figures(code, region, period, PROVINCE).total()));
                Figure sum = Figure.ZERO;
                for (StatTable.Row row : table.parts()) {
                    sum = sum.plus(row.cells().get(c).figure());
                    if (row.kind() == StatTable.Kind.REGION) {
                        String child = row.regionCode();
                        assertThat(row.cells().get(c).figure()).isEqualTo(measure.of(code -> indicators
                                .figures(code, region, period, PROVINCE).children().stream()
                                .filter(ch -> ch.regionCode().equals(child)).findFirst().orElseThrow().figure()));
                    }
                }
                if (!table.parts().isEmpty()) {
                    assertThat(sum).isEqualTo(table.total().cells().get(c).figure());
                }
            }
        });
    }

    @Test
    void thePagesShowTheTableTheWorkbookDownloadsAndBadInputIsNamed() {
        PageSession staff = PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        PageSession.Page list = staff.get("/tables");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("残疾人就业情况（统计公报口径）", "/tables/four-services?region=15&amp;period=");

        PageSession.Page page = staff.get("/tables/employment?region=1509&period=2024Q2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("城镇新增残疾人就业", "colspan=\"7\"", "rowspan=\"3\"", "scope=\"colgroup\"",
                "统计期：<span>2024年第二季度</span>", "/tables/employment?region=150925&amp;period=2024Q2")
                .doesNotContain("尚未提供");

        PageSession.Page four = staff.get("/tables/four-services?region=150925&period=2024-01-01~2024-09-30");
        assertThat(four.status()).isEqualTo(200);
        assertThat(four.body()).contains("/indicators/new_employment/records?region=150925103&amp;period=2024-01-01%7E2024-09-30",
                "2024年1月1日至9月30日");

        PageSession.Page xlsx = staff.get("/tables/four-services.xlsx?region=150925&period=2024");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        PageSession.Page bad = staff.get("/tables/employment?region=abc&period=2024Q5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("地区：区划代码须为", "统计期：统计期须为年（2024）");
        assertThat(staff.get("/tables/employment?region=99&period=2024").status()).isEqualTo(404);
        assertThat(staff.get("/tables/nothing").status()).isEqualTo(404);
    }

    private void employ(String village, int persons, String day) {
        for (int i = 0; i < persons; i++) {
            long id = fixtures.register(village, LocalDate.parse("1988-03-0" + (i % 9 + 1)), Sex.FEMALE, 2, 3);
            fixtures.employed(id, day, false);
        }
    }

    private static List<String> merges(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<mergeCell ref=\"([A-Z]+\\d+:[A-Z]+\\d+)\"").matcher(xml);
            List<String> refs = new ArrayList<>();
            while (m.find()) {
                refs.add(m.group(1));
            }
            return refs;
        }
    }

    static int columnOf(TableLayout layout, String label) {
        List<List<Header>> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).get(columns.get(c).size() - 1).label().equals(label)) {
                return c;
            }
        }
        throw new AssertionError(label);
    }

    private static StatTable.Row row(StatTable table, String code) {
        return table.rows().stream().filter(r -> r.kind() == StatTable.Kind.REGION && r.regionCode().equals(code)).findFirst().orElseThrow();
    }

    private static long value(StatTable table, String code, int column) {
        return row(table, code).cells().get(column).figure().value();
    }
}
