package org.zhuye.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** {@link RowsByRegion#summed} without Spring: a region's figure is its records' sum and its children split it exactly. */
class SummedRowsProperties {

    static final RegionCode COUNTY = RegionCode.of("150625");

    record Counted(String regionCode, Figure figure) {
    }

    /** Records at the county itself, at a township, or in a village of one, each a count or a ratio's part. */
    static List<Counted> records(Inputs in) {
        return in.list(0, 60, r -> {
            String town = "150625" + r.oneOf("100", "101", "200");
            String code = r.chance(0.1) ? "150625000000" : town + (r.bool() ? "000" : r.oneOf("001", "002", "201"));
            long value = r.between(0, 5);
            return new Counted(code, r.bool() ? Figure.count(value) : Figure.ratio(value, value + r.between(0, 3)));
        });
    }

    static RegionFigures tally(List<Counted> records) {
        return RowsByRegion.summed("x", COUNTY, ReportingPeriod.year(2025), records, Counted::regionCode, Counted::figure);
    }

    @Test
    void theTotalIsTheSumOfTheRecords() {
        Tries.check(in -> {
            List<Counted> records = records(in);
            Figure sum = records.stream().map(Counted::figure).reduce(Figure.ZERO, Figure::plus);
            assertThat(tally(records).total()).isEqualTo(sum);
        });
    }

    @Test
    void theChildrenAndThoseAtTheRegionItselfAddUpToTheTotal() {
        Tries.check(in -> {
            List<Counted> records = records(in);
            RegionFigures figures = tally(records);
            Figure atItself = records.stream().filter(r -> r.regionCode().equals("150625000000")).map(Counted::figure)
                    .reduce(Figure.ZERO, Figure::plus);
            Figure children = figures.children().stream().map(RegionFigures.Child::figure).reduce(atItself, Figure::plus);
            assertThat(children).isEqualTo(figures.total());
        });
    }

    @Test
    void eachChildHoldsExactlyTheRecordsUnderIt() {
        Tries.check(in -> {
            List<Counted> records = records(in);
            for (RegionFigures.Child child : tally(records).children()) {
                String prefix = child.regionCode().substring(0, 9);
                Figure under = records.stream().filter(r -> r.regionCode().startsWith(prefix)).map(Counted::figure)
                        .reduce(Figure.ZERO, Figure::plus);
                assertThat(child.figure()).as(child.regionCode()).isEqualTo(under);
                assertThat(child.regionCode()).endsWith("000");
            }
        });
    }
}
