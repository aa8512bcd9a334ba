package org.zhuye.monitoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** The tables add up, without the application: figures are drawn at random for a region and its children. */
class TableMakerProperties {

    @Test
    void totalRowIsTheSumOfTheRegionRowsAndEveryCellIsItsCodesFigures() {
        Tries.check(300, in -> {
            TableLayout layout = in.oneOf(TableLayouts.EMPLOYMENT, TableLayouts.FOUR_SERVICES);
            List<TableMaker.Place> children = new ArrayList<>();
            int n = in.between(0, 6);
            for (int i = 1; i <= n; i++) {
                children.add(new TableMaker.Place(String.format("15%02d00000000", i), "盟" + i, in.bool()));
            }
            Map<String, Indicator> catalogue = new HashMap<>();
            Map<String, RegionFigures> figures = new HashMap<>();
            ReportingPeriod period = ReportingPeriod.year(in.between(2020, 2026));
            for (String code : layout.codes()) {
                if (in.chance(0.85)) {
                    boolean ratio = code.startsWith("four_services_coverage");
                    catalogue.put(code, Indicator.of(code.replace('.', '_'), "指标" + code, ratio ? IndicatorUnit.PERCENT : IndicatorUnit.PERSON,
                            ratio ? Aggregation.RATIO : Aggregation.FLOW, "定义" + code, "就业"));
                    figures.put(code, drawn(in, code, period, children, ratio));
                }
            }
            StatTable table = new TableMaker(c -> Optional.ofNullable(catalogue.get(c)), figures::get)
                    .make(layout, new TableMaker.Place("150000000000", "内蒙古自治区", n > 0), children, period, period.to());

            List<List<Header>> columns = layout.columns();
            assertThat(table.total().kind()).isEqualTo(StatTable.Kind.TOTAL);
            assertThat(table.parts()).hasSizeBetween(n, n + 1);
            for (int c = 0; c < columns.size(); c++) {
                Measure measure = columns.get(c).get(columns.get(c).size() - 1).measure();
                StatTable.Cell total = table.total().cells().get(c);
                boolean present = measure.codes().stream().allMatch(catalogue::containsKey);
                assertThat(total.missing()).isEqualTo(!present);
                if (!present) {
                    assertThat(total.shown()).isEqualTo("—");
                    continue;
                }
                assertThat(total.figure()).isEqualTo(measure.of(code -> figures.get(code).total()));
                for (int r = 0; r < n; r++) {
                    String child = children.get(r).code();
                    assertThat(table.parts().get(r).cells().get(c).figure())
                            .isEqualTo(measure.of(code -> childOf(figures.get(code), child)));
                }
                long sum = 0;
                long base = 0;
                for (StatTable.Row row : table.parts()) {
                    sum += row.cells().get(c).figure().value();
                    base += row.cells().get(c).figure().base();
                }
                if (n > 0) {
                    // A rate is not added, but its numerator and base are: the same check holds for both kinds.
                    assertThat(sum).isEqualTo(total.figure().value());
                    assertThat(base).isEqualTo(total.figure().base());
                }
                if (measure.additive()) {
                    assertThat(total.number()).isEqualTo(total.figure().value());
                }
            }
        });
    }

    @Test
    void mergedHeadingsCoverEveryColumnOnceAndColumnsReachTheUnitsRow() {
        for (TableLayout layout : TableLayouts.all()) {
            List<List<StatTable.HeadingCell>> grid = TableMaker.heading(layout);
            int depth = layout.headerRows();
            int width = layout.columns().size() + 1;
            int[][] covered = new int[depth][width];
            for (List<StatTable.HeadingCell> row : grid) {
                for (StatTable.HeadingCell cell : row) {
                    for (int r = cell.row(); r < cell.row() + cell.rowspan(); r++) {
                        for (int col = cell.column(); col < cell.column() + cell.colspan(); col++) {
                            covered[r][col]++;
                        }
                    }
                }
            }
            for (int[] row : covered) {
                for (int count : row) {
                    assertThat(count).as(layout.key()).isEqualTo(1);
                }
            }
        }
    }

    private static RegionFigures drawn(Inputs in, String code, ReportingPeriod period, List<TableMaker.Place> children, boolean ratio) {
        List<RegionFigures.Child> figures = new ArrayList<>();
        Figure total = ratio || in.bool() ? own(in, ratio) : Figure.ZERO;
        for (TableMaker.Place child : children) {
            Figure f = own(in, ratio);
            figures.add(new RegionFigures.Child(child.code(), f));
            total = total.plus(f);
        }
        return new RegionFigures(code, "150000000000", period, total, figures);
    }

    private static Figure own(Inputs in, boolean ratio) {
        if (ratio) {
            long base = in.between(0, 500);
            return Figure.ratio(in.between(0L, base), base);
        }
        return Figure.count(in.between(0, 300));
    }

    private static Figure childOf(RegionFigures figures, String child) {
        return figures.children().stream().filter(c -> c.regionCode().equals(child)).findFirst().orElseThrow().figure();
    }

    @Test
    void aMissingIndicatorShowsADashWithANoteAndAsOfIsThePeriodsEnd() {
        StatTable table = new TableMaker(c -> Optional.empty(), c -> { throw new AssertionError(c); })
                .make(TableLayouts.FOUR_SERVICES, new TableMaker.Place("150400000000", "赤峰市", false), List.of(),
                        ReportingPeriod.quarter(2024, 3), LocalDate.of(2024, 9, 30));
        assertThat(table.total().cells()).allMatch(StatTable.Cell::missing);
        assertThat(table.notes().get(table.notes().size() - 1)).startsWith("标“—”的栏目所依据的指标尚未提供：four_services_coverage");
        assertThat(table.regionParam()).isEqualTo("1504");
    }
}
