package org.zhuye.monitoring.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Component;
import org.zhuye.casework.CaseworkCoverage;
import org.zhuye.casework.CaseworkFigures;
import org.zhuye.casework.CoverageFigures;
import org.zhuye.casework.CoverageReport;
import org.zhuye.casework.CycleYears;
import org.zhuye.casework.ServiceKind;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 四个一 coverage: the cohort and services of the cycle year in which the period ends, as
 * {@link CaseworkCoverage} counts them (one in-memory pass with every child region). A year without a
 * 四个一 cycle has no coverage, which is not 0%: its figure is 0 of 0, shown as —.
 */
@Component
class CoverageSource implements IndicatorSource {

    static final Indicator COVERAGE = Indicator.of("four_services_coverage", "“四个一”服务覆盖率", IndicatorUnit.PERCENT,
            Aggregation.RATIO, "统计期截止日所在年度的服务对象（就业年龄段未就业的持证残疾人，见“四个一”覆盖页说明）中，"
                    + "当年实名核实、职业能力评估、就业需求登记、就业服务四项均已获得的人数 ÷ 服务对象人数；按本人登记地统计。", "服务");

    private record Part(Indicator indicator, ServiceKind kind) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(COVERAGE.part("verified", "实名核实覆盖率", "服务对象中当年有实名核实（上门走访核实）记录的人数 ÷ 服务对象人数。"),
                    ServiceKind.VERIFICATION),
            new Part(COVERAGE.part("assessed", "职业能力评估覆盖率", "服务对象中当年有职业能力评估记录的人数 ÷ 服务对象人数。"),
                    ServiceKind.ASSESSMENT),
            new Part(COVERAGE.part("demand", "就业需求登记覆盖率", "服务对象中当年有就业需求登记记录的人数 ÷ 服务对象人数。"),
                    ServiceKind.DEMAND),
            new Part(COVERAGE.part("served", "就业服务覆盖率", "服务对象中当年有就业服务记录的人数 ÷ 服务对象人数。"),
                    ServiceKind.SERVICE));

    private final CaseworkCoverage coverage;
    private final CaseworkFigures casework;
    private final PersonLabels persons;

    CoverageSource(CaseworkCoverage coverage, CaseworkFigures casework, PersonLabels persons) {
        this.coverage = coverage;
        this.casework = casework;
        this.persons = persons;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>(List.of(COVERAGE));
        PARTS.forEach(p -> all.add(p.indicator()));
        return all;
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        ToLongFunction<CoverageFigures> numerator = numerator(code);
        CoverageReport report;
        try {
            report = coverage.find(region, period.to().getYear(), Jurisdiction.of(region.value())).orElse(null);
        } catch (CycleYears.NoCycle noCycle) {
            report = null;
        }
        if (report == null) {
            return new RegionFigures(code, region.value(), period, Figure.ratio(0, 0), List.of());
        }
        List<RegionFigures.Child> children = report.children().stream()
                .map(row -> new RegionFigures.Child(row.region().code(), figure(row.figures(), numerator))).toList();
        return new RegionFigures(code, region.value(), period, figure(report.figures(), numerator), children);
    }

    /** The cohort (the base) in region order, each marked whether it is in the numerator. */
    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        Predicate<CaseworkFigures.CohortMember> counted = counted(code);
        Jurisdiction area = Jurisdiction.of(region.value());
        List<CaseworkFigures.CohortMember> cohort;
        try {
            cohort = casework.cohort(region, period.to().getYear(), area);
        } catch (CycleYears.NoCycle noCycle) {
            cohort = List.of();
        }
        List<CaseworkFigures.CohortMember> page = cohort.subList(Math.min(offset, cohort.size()),
                (int) Math.min(cohort.size(), (long) offset + limit));
        Map<Long, String> labels = persons.of(page.stream().map(CaseworkFigures.CohortMember::personId).toList(), area);
        List<RecordPage.Row> rows = page.stream()
                .map(m -> new RecordPage.Row(labels.get(m.personId()), m.regionCode(), null, missing(m),
                        "/casework/persons/" + m.personId(), counted.test(m)))
                .toList();
        return new RecordPage(cohort.size(), rows);
    }

    private static String missing(CaseworkFigures.CohortMember member) {
        List<String> lacking = PARTS.stream().filter(p -> !member.has(p.kind()))
                .map(p -> p.indicator().name().replace("覆盖率", "")).toList();
        return lacking.isEmpty() ? "四项服务均已获得" : "尚缺：" + String.join("、", lacking);
    }

    private static ToLongFunction<CoverageFigures> numerator(String code) {
        if (code.equals(COVERAGE.code())) {
            return CoverageFigures::complete;
        }
        ServiceKind kind = partOf(code).kind();
        return f -> f.count(kind);
    }

    private static Predicate<CaseworkFigures.CohortMember> counted(String code) {
        if (code.equals(COVERAGE.code())) {
            return CaseworkFigures.CohortMember::complete;
        }
        ServiceKind kind = partOf(code).kind();
        return m -> m.has(kind);
    }

    private static Part partOf(String code) {
        return PARTS.stream().filter(p -> p.indicator().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("不是本来源的指标：" + code));
    }

    private static Figure figure(CoverageFigures figures, ToLongFunction<CoverageFigures> numerator) {
        return Figure.ratio(numerator.applyAsLong(figures), figures.eligible());
    }
}
