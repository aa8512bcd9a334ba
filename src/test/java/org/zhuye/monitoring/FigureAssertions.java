package org.zhuye.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/** Checks an indicator's figure of a region and of the children named, as the indicator tests of every source do. */
public final class FigureAssertions {

    private FigureAssertions() {
    }

    public static void assertFigures(Indicators indicators, String code, RegionCode region, ReportingPeriod period,
                                     Jurisdiction jurisdiction, Figure total, Map<String, Figure> children) {
        RegionFigures figures = indicators.figures(code, region, period, jurisdiction);
        assertThat(figures.total()).as(code).isEqualTo(total);
        Map<String, Figure> byChild = figures.children().stream()
                .collect(Collectors.toMap(RegionFigures.Child::regionCode, RegionFigures.Child::figure));
        children.forEach((child, figure) -> assertThat(byChild.get(child)).as(code + " " + child).isEqualTo(figure));
    }
}
