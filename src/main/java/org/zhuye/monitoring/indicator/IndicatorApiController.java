package org.zhuye.monitoring.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.target.TargetOverview;
import org.zhuye.region.Jurisdiction;

/**
 * The indicator catalogue and any indicator's figure for a region and period, for staff-side callers (others
 * are answered 404, as for a region outside the jurisdiction). Errors come from the module's one advice.
 */
@RestController
@Tag(name = "指标", description = "指标目录与各级各期的指标数值（实时计算）")
class IndicatorApiController {

    private final Indicators indicators;

    private final TargetOverview targets;

    IndicatorApiController(Indicators indicators, TargetOverview targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    /** One entry of the catalogue. */
    record CatalogueEntry(String code, String name, String unit, boolean additive, String aggregation, String definition,
                          String topic, String parent) {
    }

    /** A figure: {@code value} the count (or a ratio's numerator, or 元 ×100 for money), {@code base} a ratio's denominator. */
    record Answer(String indicator, String regionCode, LocalDate from, LocalDate to, long value, Long base, List<Child> children,
                  Double target, Double expected) {
    }

    record Child(String regionCode, long value, Long base) {
    }

    @Operation(summary = "指标目录", description = "unit 为计量单位（人、人次、元、% 等）；additive 为真时上级数值等于各下级之和；"
            + "aggregation 为汇总方式（FLOW 累计、STOCK 时点、DISTINCT 去重人数、RATIO 比率、MEDIAN 中位数）；parent 为所分解的指标代码")
    @GetMapping("/api/v1/indicators")
    List<CatalogueEntry> catalogue(UserAccount user) {
        requireStaff(user);
        return indicators.catalogue().stream().map(i -> new CatalogueEntry(i.code(), i.name(), i.unit().label(), i.additive(),
                i.aggregation().name(), i.definition(), i.topic(), i.parent())).toList();
    }

    @Operation(summary = "某地区某统计期的指标数值及各下级数值",
            description = "region 为区划代码或其有效前缀（15 为全区）；统计期用 period（2024、2024Q3、2024-03、2022-2024）"
                    + "或 from、to（年-月-日），缺省为本年。比率指标的 value 为分子、base 为分母。"
                    + "target 为该地区本统计期（或包含本统计期的最短期间）的目标，expected 为目标 × 时序进度（截至今天应完成的数），没有目标时二者为 null；比率指标的目标为百分数，expected 即目标。未知指标或管辖范围外的地区为 404，统计期有误为 422。")
    @GetMapping("/api/v1/indicators/{code}")
    Answer figure(@PathVariable String code,
                  @Parameter(description = "区划代码或有效前缀，缺省为本人管辖区域") @RequestParam(required = false) String region,
                  @Parameter(description = "统计期：2024、2024Q3、2024-03 或 2022-2024") @RequestParam(required = false) String period,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  UserAccount user, Jurisdiction jurisdiction) {
        requireStaff(user);
        Indicator indicator = indicators.get(code);
        PeriodChoice choice = PeriodChoice.read(region, period, from, to, jurisdiction, LocalDate.now());
        RegionFigures figures = indicators.figures(indicator.code(), choice.region(), choice.period(), jurisdiction);
        boolean ratio = indicator.unit() == org.zhuye.monitoring.IndicatorUnit.PERCENT;
        Optional<TargetOverview.Row> standing = targets.standing(indicator, choice.region(), choice.period(), LocalDate.now(), jurisdiction);
        Double target = standing.map(r -> r.target().value().doubleValue()).orElse(null);
        Double expected = standing.map(r -> r.target().value().doubleValue() * r.progress().expected()).orElse(null);
        return new Answer(indicator.code(), figures.regionCode(), choice.period().from(), choice.period().to(),
                figures.total().value(), ratio ? figures.total().base() : null,
                figures.children().stream().map(c -> new Child(c.regionCode(), c.figure().value(), ratio ? c.figure().base() : null)).toList(),
                target, expected);
    }

    static void requireStaff(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new MonitoringNotFoundException("没有这个页面");
        }
    }
}
