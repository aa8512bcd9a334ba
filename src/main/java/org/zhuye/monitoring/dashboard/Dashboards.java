package org.zhuye.monitoring.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReadBatch;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Target;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * Builds the dashboard from {@link Indicators} and the stored targets. One {@code figures} call per key
 * indicator (it brings every child's figure with it), one read of the region's targets, one of the children's
 * targets for the chosen indicator and the monthly figures of that indicator only: the number of queries does
 * not grow with the number of children.
 */
@Service
public class Dashboards {

    /** The cards, in the order the plan names its goals; an indicator not yet in the catalogue is left out. */
    public static final List<String> KEY_CODES = List.of("new_employment", "training_person_times", "four_services_coverage",
            "zero_employment_households", "hires", "public_units_meeting_quota");
    static final String DEFAULT_CHOICE = "new_employment";

    private final Indicators indicators;
    private final TargetRepository targets;
    private final RegionRepository regions;

    Dashboards(Indicators indicators, TargetRepository targets, RegionRepository regions) {
        this.indicators = indicators;
        this.targets = targets;
        this.regions = regions;
    }

    /** The key indicators the catalogue has, in the cards' order. */
    List<Indicator> keyIndicators() {
        return KEY_CODES.stream().map(indicators::find).flatMap(Optional::stream).toList();
    }

    /** The indicator the map shows when none is chosen: 新增就业, or the first key indicator there is. */
    Optional<Indicator> defaultChoice() {
        return indicators.find(DEFAULT_CHOICE).or(() -> keyIndicators().stream().findFirst())
                .or(() -> indicators.catalogue().stream().findFirst());
    }

    Dashboard build(RegionCode code, ReportingPeriod period, LocalDate asOf, Indicator chosen, Jurisdiction jurisdiction) {
        // The cards and the chosen indicator share their modules' reads (录用 and 在岗率 the same hires, …).
        return ReadBatch.together(() -> buildTogether(code, period, asOf, chosen, jurisdiction));
    }

    private Dashboard buildTogether(RegionCode code, ReportingPeriod period, LocalDate asOf, Indicator chosen,
                                    Jurisdiction jurisdiction) {
        Region region = regions.find(code, jurisdiction).orElseThrow(() -> new RegionOutsideJurisdiction(code.value()));
        Map<String, BigDecimal> ownTargets = targets.ofRegion(code).stream()
                .filter(t -> t.period().equals(period))
                .collect(Collectors.toMap(Target::indicator, Target::value, (a, b) -> a));

        List<Indicator> shown = new ArrayList<>(keyIndicators());
        if (!shown.contains(chosen)) {
            shown.add(chosen);
        }
        Map<String, RegionFigures> figures = new LinkedHashMap<>();
        for (Indicator indicator : shown) {
            figures.put(indicator.code(), achieved(indicator, code, period, asOf, jurisdiction));
        }
        List<IndicatorStanding> keys = keyIndicators().stream()
                .map(i -> IndicatorStanding.of(i, figures.get(i.code()).total(), ownTargets.get(i.code()), period, asOf)).toList();
        RegionFigures chosenFigures = figures.get(chosen.code());
        IndicatorStanding selected = IndicatorStanding.of(chosen, chosenFigures.total(), ownTargets.get(chosen.code()), period, asOf);

        List<RegionRepository.RegionWithChildCount> childRegions = regions.children(code, jurisdiction);
        Map<String, BigDecimal> childTargets = targets.ofChildren(chosen.code(), period,
                        childRegions.stream().map(c -> c.region().code()).toList()).stream()
                .collect(Collectors.toMap(Target::regionCode, Target::value));
        Map<String, Figure> childFigures = chosenFigures.children().stream()
                .collect(Collectors.toMap(RegionFigures.Child::regionCode, RegionFigures.Child::figure));
        List<Dashboard.ChildStanding> children = childRegions.stream()
                .map(c -> new Dashboard.ChildStanding(c.region(), c.childCount(), IndicatorStanding.of(chosen,
                        childFigures.getOrDefault(c.region().code(), Figure.ZERO), childTargets.get(c.region().code()),
                        period, asOf)))
                .toList();

        Trend trend = period.upTo(asOf).map(elapsed -> Trend.of(chosen, period, elapsed.months(),
                        indicators.monthly(chosen.code(), code, elapsed, jurisdiction), ownTargets.get(chosen.code())))
                .orElse(new Trend(List.of(), List.of(), null, null));
        return new Dashboard(region, regions.pathTo(code), period, asOf, keys, chosen, selected, children, trend);
    }

    /**
     * The figures from the period's first day to the as-of day. Before the period begins nothing is achieved
     * yet: the children come from the same call, with every figure zero.
     */
    private RegionFigures achieved(Indicator indicator, RegionCode region, ReportingPeriod period, LocalDate asOf,
                                   Jurisdiction jurisdiction) {
        Optional<ReportingPeriod> elapsed = period.upTo(asOf);
        RegionFigures found = indicators.figures(indicator.code(), region, elapsed.orElse(period), jurisdiction);
        if (elapsed.isPresent()) {
            return found;
        }
        return new RegionFigures(found.indicator(), found.regionCode(), period, Figure.ZERO,
                found.children().stream().map(c -> new RegionFigures.Child(c.regionCode(), Figure.ZERO)).toList());
    }
}
