package org.zhuye.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * The indicator catalogue and its figures: every {@link IndicatorSource} of the application, asked for any
 * region within the caller's jurisdiction and any period. The one way the dashboard, the tables, the
 * bulletins, the annual reports and the API read a figure.
 */
@Service
public class Indicators {

    private final RegionRepository regions;
    private final Map<String, Indicator> catalogue;
    private final Map<String, IndicatorSource> sourceOf;

    Indicators(List<IndicatorSource> sources, RegionRepository regions) {
        this.regions = regions;
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Map<String, IndicatorSource> owners = new LinkedHashMap<>();
        for (IndicatorSource source : sources) {
            for (Indicator indicator : source.indicators()) {
                if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                    throw new IllegalStateException("指标代码重复：" + indicator.code());
                }
                owners.put(indicator.code(), source);
            }
        }
        this.catalogue = Collections.unmodifiableMap(byCode);
        this.sourceOf = owners;
    }

    /** Every indicator, in the order the sources list them. */
    public List<Indicator> catalogue() {
        return List.copyOf(catalogue.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(catalogue.get(code));
    }

    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new MonitoringNotFoundException("没有这个指标：" + code));
    }

    /** The parts a breakdown splits {@code code} into (新增就业 by form), in catalogue order. */
    public List<Indicator> parts(String code) {
        return catalogue.values().stream().filter(i -> code.equals(i.parent())).toList();
    }

    /**
     * The figure of a region within the caller's jurisdiction and of each of its child regions (all of them,
     * zero where nothing was counted, in code order).
     */
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period, Jurisdiction jurisdiction) {
        Indicator indicator = get(code);
        check(region, jurisdiction);
        RegionFigures found = sourceOf.get(indicator.code()).figures(code, region, period);
        Map<String, Figure> byChild = new LinkedHashMap<>();
        found.children().forEach(c -> byChild.put(c.regionCode(), c.figure()));
        List<RegionFigures.Child> children = new ArrayList<>();
        for (RegionRepository.RegionWithChildCount child : regions.children(region, jurisdiction)) {
            String childCode = child.region().code();
            children.add(new RegionFigures.Child(childCode, byChild.getOrDefault(childCode, Figure.ZERO)));
        }
        return new RegionFigures(code, region.value(), period, found.total(), children);
    }

    /** The figures of many indicators for one region and period, each module's records read once for all of them. */
    public Map<String, RegionFigures> figuresOf(List<String> codes, RegionCode region, ReportingPeriod period,
                                               Jurisdiction jurisdiction) {
        return ReadBatch.together(() -> {
            Map<String, RegionFigures> all = new LinkedHashMap<>();
            for (String code : codes) {
                all.put(code, figures(code, region, period, jurisdiction));
            }
            return all;
        });
    }

    /** The records behind a figure, a page at a time. */
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, Jurisdiction jurisdiction, int offset, int limit) {
        get(code);
        check(region, jurisdiction);
        return sourceOf.get(code).records(code, region, period, offset, limit);
    }

    /** The figure of each calendar month the period touches (for trend charts). */
    public List<Figure> monthly(String code, RegionCode region, ReportingPeriod period, Jurisdiction jurisdiction) {
        get(code);
        check(region, jurisdiction);
        IndicatorSource source = sourceOf.get(code);
        return period.months().stream().map(m -> source.figures(code, region, m).total()).toList();
    }

    private void check(RegionCode region, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region) || regions.find(region, jurisdiction).isEmpty()) {
            throw new RegionOutsideJurisdiction(region.value());
        }
    }
}
