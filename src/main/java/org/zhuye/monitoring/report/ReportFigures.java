package org.zhuye.monitoring.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's figures: every indicator of the catalogue (so the report grows with it) for the region and
 * the year, computed live through {@link Indicators}; and their frozen form, a JSON object of
 * {@code {code: {"value", "base"}}} kept in the row at approval. An indicator added to the catalogue after
 * an approval has no frozen figure in that report and shows as live only.
 */
@Component
class ReportFigures {

    private final Indicators indicators;
    private final JsonMapper json;

    ReportFigures(Indicators indicators, JsonMapper json) {
        this.indicators = indicators;
        this.json = json;
    }

    /** The live figures, by indicator code in catalogue order. */
    Map<String, Figure> live(String regionCode, int year) {
        RegionCode region = RegionCode.of(regionCode);
        Jurisdiction area = new Jurisdiction(region);
        Map<String, Figure> figures = new LinkedHashMap<>();
        indicators.figuresOf(indicators.catalogue().stream().map(Indicator::code).toList(), region, ReportingPeriod.year(year), area)
                .forEach((code, found) -> figures.put(code, found.total()));
        return figures;
    }

    String freeze(Map<String, Figure> figures) {
        Map<String, Map<String, Long>> object = new LinkedHashMap<>();
        figures.forEach((code, f) -> object.put(code, Map.of("value", f.value(), "base", f.base())));
        return json.writeValueAsString(object);
    }

    Map<String, Figure> thaw(String frozen) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (frozen == null) {
            return figures;
        }
        JsonNode root = json.readTree(frozen);
        for (String code : root.propertyNames()) {
            JsonNode f = root.get(code);
            figures.put(code, new Figure(f.get("value").asLong(), f.get("base").asLong()));
        }
        return figures;
    }

    /** The report's lines: live beside frozen (when approved). */
    List<ReportFigure> lines(AnnualReport report) {
        Map<String, Figure> live = live(report.regionCode(), report.year());
        Map<String, Figure> frozen = thaw(report.frozenFigures());
        return indicators.catalogue().stream()
                .map(i -> new ReportFigure(i, live.get(i.code()), report.frozenFigures() == null ? null : frozen.get(i.code())))
                .toList();
    }
}
