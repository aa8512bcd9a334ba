package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Grouped;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * The targets of a region and of its children with their progress on a day: one group per indicator and
 * period, the region's own row first, then every child (with or without a target), the children's sum
 * against the region's target for additive indicators. Achieved figures come live from {@link Indicators}
 * over the target's period up to the day.
 */
@Service
public class TargetOverview {

    private final TargetRepository repository;
    private final Indicators indicators;
    private final RegionRepository regions;

    TargetOverview(TargetRepository repository, Indicators indicators, RegionRepository regions) {
        this.repository = repository;
        this.indicators = indicators;
        this.regions = regions;
    }

    /** A region and its direct children, by 12-digit code; 404 when the region is not the caller's. */
    List<String> regionAndChildren(RegionCode region, Jurisdiction jurisdiction) {
        if (regions.find(region, jurisdiction).isEmpty()) {
            throw new RegionOutsideJurisdiction(region.value());
        }
        List<String> codes = new ArrayList<>();
        codes.add(region.value());
        regions.children(region, jurisdiction).forEach(c -> codes.add(c.region().code()));
        return codes;
    }

    /**
     * @param period only targets whose period overlaps it, or all when null
     */
    public Overview of(RegionCode region, ReportingPeriod period, LocalDate asOf, Jurisdiction jurisdiction) {
        List<String> codes = regionAndChildren(region, jurisdiction);
        List<String> children = codes.subList(1, codes.size());
        Map<String, Boolean> hasChildren = new LinkedHashMap<>();
        regions.children(region, jurisdiction).forEach(c -> hasChildren.put(c.region().code(), c.childCount() > 0));
        Map<String, List<Target>> byKey = new LinkedHashMap<>();
        for (Target t : repository.ofRegions(codes)) {
            if (period == null || (!t.period().to().isBefore(period.from()) && !period.to().isBefore(t.period().from()))) {
                byKey.computeIfAbsent(t.indicator() + "|" + t.period().key(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<Target> targets : byKey.values()) {
            groups.add(group(region, children, hasChildren, targets, asOf, jurisdiction));
        }
        List<String> order = indicators.catalogue().stream().map(Indicator::code).toList();
        groups.sort(Comparator.comparing((Group g) -> g.period().to()).reversed()
                .thenComparing(g -> g.period().from())
                .thenComparing(g -> order.contains(g.code()) ? order.indexOf(g.code()) : Integer.MAX_VALUE));
        return new Overview(region.value(), asOf, groups);
    }

    /**
     * The target a figure answers to — the region's target of exactly the period, else the shortest one whose
     * period holds it — with the figure over the target's period up to {@code asOf} and the progress against it.
     */
    public Optional<Row> standing(Indicator indicator, RegionCode region, ReportingPeriod period, LocalDate asOf,
                                  Jurisdiction jurisdiction) {
        return Optional.ofNullable(standings(List.of(indicator), region, period, asOf, jurisdiction).get(indicator.code()));
    }

    /**
     * {@link #standing} for several indicators of one region, by indicator code (absent where there is no target):
     * the region's targets are read once, however many indicators ask, so a page that shows one line per indicator
     * reads them once rather than once a line.
     */
    public Map<String, Row> standings(Collection<Indicator> asked, RegionCode region, ReportingPeriod period, LocalDate asOf,
                                      Jurisdiction jurisdiction) {
        List<Target> targets = repository.ofRegion(region);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Indicator indicator : asked) {
            answering(targets, indicator, period).ifPresent(target -> {
                ReportingPeriod targetPeriod = target.period();
                Figure achieved = targetPeriod.upTo(asOf)
                        .map(sofar -> indicators.figures(indicator.code(), region, sofar, jurisdiction).total()).orElse(Figure.ZERO);
                rows.put(indicator.code(), row(region.value(), target, Optional.of(indicator), achieved, targetPeriod, asOf, false));
            });
        }
        return rows;
    }

    /** Of a region's targets, the one the indicator's figure over {@code period} answers to. */
    private static Optional<Target> answering(List<Target> targets, Indicator indicator, ReportingPeriod period) {
        return targets.stream()
                .filter(t -> t.indicator().equals(indicator.code()) && t.period().contains(period))
                .min(Comparator.comparing((Target t) -> !t.period().equals(period)).thenComparingLong(t -> t.period().days()));
    }

    private Group group(RegionCode region, List<String> children, Map<String, Boolean> hasChildren, List<Target> targets,
                        LocalDate asOf, Jurisdiction jurisdiction) {
        Target first = targets.get(0);
        ReportingPeriod period = first.period();
        Optional<Indicator> indicator = indicators.find(first.indicator());
        Map<String, Target> byRegion = new LinkedHashMap<>();
        targets.forEach(t -> byRegion.put(t.regionCode(), t));
        Optional<ReportingPeriod> sofar = period.upTo(asOf);
        RegionFigures figures = indicator.isPresent() && sofar.isPresent()
                ? indicators.figures(first.indicator(), region, sofar.get(), jurisdiction) : null;
        Map<String, Figure> childFigures = new LinkedHashMap<>();
        if (figures != null) {
            figures.children().forEach(c -> childFigures.put(c.regionCode(), c.figure()));
        }
        Row own = row(region.value(), byRegion.get(region.value()), indicator, figures == null ? null : figures.total(),
                period, asOf, true);
        List<Row> rows = new ArrayList<>();
        for (String child : children) {
            rows.add(row(child, byRegion.get(child), indicator, figures == null ? null : childFigures.getOrDefault(child, Figure.ZERO),
                    period, asOf, hasChildren.getOrDefault(child, false)));
        }
        boolean additive = indicator.map(i -> i.aggregation() != Aggregation.RATIO && i.aggregation() != Aggregation.MEDIAN).orElse(true);
        SplitSum sum = additive ? SplitSum.of(own.target() == null ? null : own.target().value(),
                rows.stream().map(Row::target).filter(java.util.Objects::nonNull).map(Target::value).toList()) : null;
        return new Group(first.indicator(), indicator.orElse(null), period, own, rows, sum);
    }

    private static Row row(String code, Target target, Optional<Indicator> indicator, Figure achieved, ReportingPeriod period,
                           LocalDate asOf, boolean hasChildren) {
        boolean known = target != null && indicator.isPresent() && achieved != null;
        Progress progress = known ? Progress.of(indicator.get(), target.value(), achieved, period, asOf) : null;
        Standing standing = known ? Standing.of(indicator.get(), achieved, target.value(), period, asOf) : null;
        return new Row(code, target, achieved, progress, standing, hasChildren);
    }

    public record Overview(String regionCode, LocalDate asOf, List<Group> groups) {

        /** Every region code the page names. */
        public List<String> places() {
            List<String> codes = new ArrayList<>();
            codes.add(regionCode);
            groups.stream().findFirst().ifPresent(g -> g.children().forEach(r -> codes.add(r.regionCode())));
            return codes;
        }
    }

    /**
     * @param indicator null when the code is not (yet) in the catalogue: the target is kept, the figure unknown
     * @param sum       the children's sum against the region's target, null for a rate (each child has its own)
     */
    public record Group(String code, Indicator indicator, ReportingPeriod period, Row own, List<Row> children, SplitSum sum) {

        public boolean split() {
            return children.stream().anyMatch(r -> r.target() != null);
        }
    }

    /**
     * @param achieved null when the figure is not known (indicator not in the catalogue, period not begun)
     * @param progress the numbers against the target (the API's expected count); null without a target or a figure
     * @param standing the same, as pages print it; null when {@code progress} is
     */
    public record Row(String regionCode, Target target, Figure achieved, Progress progress, Standing standing,
                      boolean hasChildren) {
    }

    /** The children's targets added up against the parent's: "分解合计 23,500，比下达目标少 500". */
    public record SplitSum(BigDecimal parent, BigDecimal children, int childCount) {

        static SplitSum of(BigDecimal parent, List<BigDecimal> children) {
            return new SplitSum(parent, children.stream().reduce(BigDecimal.ZERO, BigDecimal::add), children.size());
        }

        /** Children minus parent; null when either side has no target. */
        public BigDecimal difference() {
            return parent == null || childCount == 0 ? null : children.subtract(parent);
        }

        public boolean addsUp() {
            BigDecimal d = difference();
            return d == null || d.signum() == 0;
        }

        /** As the page says it. */
        public String sentence() {
            String total = "分解合计 " + shown(children);
            BigDecimal d = difference();
            if (d == null) {
                return childCount == 0 ? "尚未分解到下级" : total + "（本级尚无目标）";
            }
            if (d.signum() == 0) {
                return total + "，与下达目标相等";
            }
            return total + "，比下达目标" + (d.signum() < 0 ? "少 " : "多 ") + shown(d.abs());
        }

        public static String shown(BigDecimal n) {
            BigDecimal s = n.stripTrailingZeros();
            return Grouped.number(s, Math.max(s.scale(), 0));
        }
    }
}
