package org.zhuye.monitoring.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Grouped;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.target.TargetOverview;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 指标查询: the catalogue by topic ({@code /indicators}), one indicator for a region and period with its parts
 * and its child regions, each drilling down and each opening its records ({@code /indicators/{code}}), and the
 * records behind a figure ({@code /indicators/{code}/records}). Staff-side roles only; others get 404.
 */
@Controller
class IndicatorPageController {

    private final Indicators indicators;
    private final RegionRepository regions;

    private final TargetOverview targets;

    IndicatorPageController(Indicators indicators, RegionRepository regions, TargetOverview targets) {
        this.indicators = indicators;
        this.regions = regions;
        this.targets = targets;
    }

    @GetMapping("/indicators")
    String catalogue(UserAccount user, Model model) {
        requireStaff(user);
        Map<String, List<Indicator>> byTopic = new LinkedHashMap<>();
        indicators.catalogue().forEach(i -> byTopic.computeIfAbsent(i.topic(), t -> new ArrayList<>()).add(i));
        model.addAttribute("topics", byTopic);
        return "monitoring/indicator/catalogue";
    }

    @GetMapping("/indicators/{code}")
    String figure(@PathVariable String code, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String period, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, UserAccount user, Jurisdiction jurisdiction, Model model,
                  HttpServletResponse response) {
        requireStaff(user);
        Indicator indicator = indicators.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PeriodChoice choice = choose(indicator, region, period, from, to, jurisdiction, model, response);
        if (choice == null) {
            return "monitoring/indicator/figure";
        }
        Region place = regions.find(choice.region(), jurisdiction).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RegionFigures figures = indicators.figures(indicator.code(), choice.region(), choice.period(), jurisdiction);
        String periodKey = choice.period().key();
        model.addAttribute("place", place);
        model.addAttribute("periodKey", periodKey);
        model.addAttribute("periodLabel", choice.period().label());
        model.addAttribute("total", shown(indicator, figures.total()));
        model.addAttribute("standing", targets.standing(indicator, choice.region(), choice.period(), LocalDate.now(), jurisdiction)
                .orElse(null));
        model.addAttribute("parent", indicator.parent() == null ? null : indicators.get(indicator.parent()));
        model.addAttribute("parts", indicators.parts(indicator.code()).stream()
                .map(p -> new PartRow(p, shown(p, indicators.figures(p.code(), choice.region(), choice.period(), jurisdiction).total())))
                .toList());
        Map<String, RegionRepository.RegionWithChildCount> children = new LinkedHashMap<>();
        regions.children(choice.region(), jurisdiction).forEach(c -> children.put(c.region().code(), c));
        List<ChildRow> rows = new ArrayList<>();
        Figure sum = Figure.ZERO;
        for (RegionFigures.Child child : figures.children()) {
            RegionRepository.RegionWithChildCount known = children.get(child.regionCode());
            rows.add(new ChildRow(RegionCode.of(child.regionCode()).significantPrefix(),
                    known == null ? child.regionCode() : known.region().name(), shown(indicator, child.figure())));
            sum = sum.plus(child.figure());
        }
        model.addAttribute("children", rows);
        // 本级: what is registered at the region's own code, in no child; only where the children add up to the total.
        Figure own = new Figure(figures.total().value() - sum.value(), figures.total().base() - sum.base());
        model.addAttribute("own", indicator.additive() && !rows.isEmpty() && (own.value() != 0 || own.base() != 0)
                ? shown(indicator, own) : null);
        model.addAttribute("crumbs", regions.pathTo(choice.region()).stream()
                .map(r -> new Crumb(r.name(), jurisdiction.contains(RegionCode.of(r.code())) && !r.code().equals(place.code())
                        ? r.significantPrefix() : null, r.code().equals(place.code())))
                .toList());
        return "monitoring/indicator/figure";
    }

    @GetMapping("/indicators/{code}/records")
    String records(@PathVariable String code, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String period, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, PageRequest page, UserAccount user, Jurisdiction jurisdiction,
                   Model model, HttpServletResponse response) {
        requireStaff(user);
        Indicator indicator = indicators.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PeriodChoice choice = choose(indicator, region, period, from, to, jurisdiction, model, response);
        if (choice == null) {
            return "monitoring/indicator/records";
        }
        Region place = regions.find(choice.region(), jurisdiction).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordPage records = indicators.records(indicator.code(), choice.region(), choice.period(), jurisdiction,
                (int) page.offset(), page.size());
        model.addAttribute("place", place);
        model.addAttribute("periodKey", choice.period().key());
        model.addAttribute("periodLabel", choice.period().label());
        model.addAttribute("page", page.of(records.rows(), records.total()));
        model.addAttribute("ratio", indicator.unit() == org.zhuye.monitoring.IndicatorUnit.PERCENT);
        return "monitoring/indicator/records";
    }

    /** The region and period asked for, or null with the errors in the model (answered 422). */
    private PeriodChoice choose(Indicator indicator, String region, String period, String from, String to, Jurisdiction jurisdiction,
                                Model model, HttpServletResponse response) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("regionText", region == null || region.isBlank() ? jurisdiction.root().significantPrefix() : region.strip());
        model.addAttribute("periodText", period == null ? "" : period.strip());
        model.addAttribute("fromText", from == null ? "" : from.strip());
        model.addAttribute("toText", to == null ? "" : to.strip());
        try {
            PeriodChoice choice = PeriodChoice.read(region, period, from, to, jurisdiction, LocalDate.now());
            model.addAttribute("errors", Map.of());
            if (period == null || period.isBlank()) {
                model.addAttribute("periodText", from == null || from.isBlank() ? choice.period().key() : "");
            }
            return choice;
        } catch (MonitoringRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return null;
        }
    }

    private static Shown shown(Indicator indicator, Figure figure) {
        String text = figure.shown(indicator.unit());
        String base = indicator.unit() == org.zhuye.monitoring.IndicatorUnit.PERCENT
                ? Grouped.number(figure.value()) + " / " + Grouped.number(figure.base()) : null;
        return new Shown(text, base, figure.value() != 0 || figure.base() != 0);
    }

    private static void requireStaff(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A figure as printed, with a ratio's numerator / base, and whether it has records to open. */
    record Shown(String text, String base, boolean any) {
    }

    record PartRow(Indicator indicator, Shown figure) {
    }

    record ChildRow(String prefix, String name, Shown figure) {
    }

    record Crumb(String name, String linkPrefix, boolean current) {
    }
}
