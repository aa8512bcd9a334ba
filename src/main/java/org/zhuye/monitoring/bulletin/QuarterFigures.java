package org.zhuye.monitoring.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReadBatch;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Standing;
import org.zhuye.monitoring.target.Target;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * The figures of a 通报: for each indicator with a target of the year (or, failing that, of the plan whose years
 * hold the day) for the region or its children, the figure from the target's first day to the day, against the
 * target and 时序进度, for the region and each child, the children ranked. Read live through {@link Indicators}.
 */
@Component
class QuarterFigures {

    private final Indicators indicators;
    private final TargetRepository targets;
    private final RegionRepository regions;

    QuarterFigures(Indicators indicators, TargetRepository targets, RegionRepository regions) {
        this.indicators = indicators;
        this.targets = targets;
        this.regions = regions;
    }

    BulletinFigures of(RegionCode code, ReportingPeriod quarter, LocalDate asOf, Jurisdiction jurisdiction) {
        // Every indicator of the 通报 shares its module's reads.
        return ReadBatch.together(() -> together(code, quarter, asOf, jurisdiction));
    }

    private BulletinFigures together(RegionCode code, ReportingPeriod quarter, LocalDate asOf, Jurisdiction jurisdiction) {
        Region region = regions.find(code, jurisdiction).orElseThrow(() -> new RegionOutsideJurisdiction(code.value()));
        Map<String, String> childNames = new LinkedHashMap<>();
        regions.children(code, jurisdiction).forEach(c -> childNames.put(c.region().code(), c.region().name()));
        List<String> childCodes = List.copyOf(childNames.keySet());
        ReportingPeriod year = ReportingPeriod.year(asOf.getYear());

        Map<String, Target> ownTargets = new LinkedHashMap<>();
        for (Target t : targets.covering(code, asOf).stream()
                .sorted(Comparator.comparingLong(t -> t.period().days())).toList()) {
            if (wholeYears(t.period())) {
                // the shortest period first: this year's target before the plan's.
                ownTargets.putIfAbsent(t.indicator(), t);
            }
        }
        List<IndicatorRanking> rankings = new ArrayList<>();
        for (Indicator indicator : indicators.catalogue()) {
            Target own = ownTargets.get(indicator.code());
            ReportingPeriod period = own != null ? own.period() : year;
            Map<String, Target> childTargets = targets.ofChildren(indicator.code(), period, childCodes).stream()
                    .collect(Collectors.toMap(Target::regionCode, Function.identity()));
            if (own == null && childTargets.isEmpty()) {
                continue;
            }
            Optional<ReportingPeriod> sofar = period.upTo(asOf);
            if (sofar.isEmpty()) {
                continue;
            }
            RegionFigures figures = indicators.figures(indicator.code(), code, sofar.get(), jurisdiction);
            List<RegionStanding> children = figures.children().stream()
                    .map(c -> standing(c.regionCode(), childNames.getOrDefault(c.regionCode(), c.regionCode()), c.figure(),
                            indicator, childTargets.get(c.regionCode()), period, asOf))
                    .toList();
            rankings.add(new IndicatorRanking(indicator.code(), indicator.name(),
                    indicator.unit().afterFigure(), period.key(),
                    period.key().matches("\\d{4}") ? "年度目标" : period.label() + "目标",
                    standing(code.value(), region.name(), figures.total(), indicator, own, period, asOf),
                    Rankings.rank(children)));
        }
        return new BulletinFigures(code.value(), region.name(), region.level(), quarter.key(), asOf, rankings);
    }

    static RegionStanding standing(String regionCode, String name, Figure figure, Indicator indicator, Target target,
                                   ReportingPeriod period, LocalDate asOf) {
        return new RegionStanding(regionCode, name,
                Standing.of(indicator, figure, target == null ? null : target.value(), period, asOf), null);
    }

    private static boolean wholeYears(ReportingPeriod period) {
        return period.key().matches("\\d{4}(-\\d{4})?");
    }
}
