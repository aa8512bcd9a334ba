package org.zhuye.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Tries;

/** Figures by child region and their pages, over random rows: what every source built on {@link RowsByRegion} relies on. */
class RowsByRegionProperties {

    static final RegionCode COUNTY = RegionCode.of("150924");
    static final ReportingPeriod PERIOD = ReportingPeriod.year(2025);
    static final String[] PLACES = {"150924000000", "150924106001", "150924106002", "150924107200", "150924108201"};

    record Row(String region, boolean counted, long days) {
    }

    @Test
    void childrenOfAnAdditiveFigureAddUpToTheTotalLessTheRegionsOwnRecords() {
        Tries.check(in -> {
            List<Row> rows = rows(in);
            RegionFigures counts = RowsByRegion.figures("x", COUNTY, PERIOD, rows, Row::region, r -> Figure.count(r.size()));
            RegionFigures ratios = RowsByRegion.figures("x", COUNTY, PERIOD, rows, Row::region,
                    r -> Figure.ratio(r.stream().filter(Row::counted).count(), r.size()));
            long own = rows.stream().filter(r -> r.region().equals(COUNTY.value())).count();
            assertThat(counts.total().value()).isEqualTo(rows.size());
            assertThat(counts.children().stream().mapToLong(c -> c.figure().value()).sum()).isEqualTo(rows.size() - own);
            assertThat(ratios.children().stream().mapToLong(c -> c.figure().base()).sum()).isEqualTo(rows.size() - own);
            assertThat(counts.children()).extracting(RegionFigures.Child::regionCode)
                    .isSorted().doesNotContain(COUNTY.value())
                    .allSatisfy(code -> assertThat(RegionCode.of(code).parent()).contains(COUNTY));
        });
    }

    @Test
    void aMedianIsWorkedOutAgainForEachChildFromItsOwnRows() {
        Tries.check(in -> {
            List<Row> rows = rows(in);
            RegionFigures medians = RowsByRegion.figures("x", COUNTY, PERIOD, rows, Row::region,
                    r -> RowsByRegion.median(median(r), r.size()));
            assertThat(medians.total()).isEqualTo(RowsByRegion.median(median(rows), rows.size()));
            for (RegionFigures.Child child : medians.children()) {
                List<Row> own = rows.stream().filter(r -> COUNTY.childHolding(r.region()).equals(child.regionCode())).toList();
                assertThat(child.figure()).isEqualTo(RowsByRegion.median(median(own), own.size()));
            }
        });
    }

    @Test
    void pagesTogetherListEveryRowOnceInOrderAndEachCarriesTheTotal() {
        Tries.check(in -> {
            List<Row> rows = rows(in);
            int limit = in.between(1, 7);
            List<Row> seen = new ArrayList<>();
            for (int offset = 0; offset < rows.size() + limit; offset += limit) {
                RecordPage page = RowsByRegion.page(rows, offset, limit,
                        r -> new RecordPage.Row(r.region(), r.region(), null, String.valueOf(r.days()), null, r.counted()));
                assertThat(page.total()).isEqualTo(rows.size());
                assertThat(page.rows().size()).isLessThanOrEqualTo(limit);
                page.rows().forEach(r -> seen.add(new Row(r.regionCode(), r.counted(), Long.parseLong(r.detail()))));
            }
            assertThat(seen).isEqualTo(rows);
        });
    }

    private static List<Row> rows(org.zhuye.testing.Inputs in) {
        List<Row> rows = new ArrayList<>();
        int n = in.between(0, 25);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(PLACES[in.between(0, PLACES.length - 1)], in.chance(0.5), in.between(0, 90)));
        }
        return rows;
    }

    private static Double median(List<Row> rows) {
        List<Long> sorted = rows.stream().map(Row::days).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2.0;
    }
}
