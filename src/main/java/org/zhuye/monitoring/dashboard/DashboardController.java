package org.zhuye.monitoring.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Standing;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import tools.jackson.databind.json.JsonMapper;

/**
 * 进度看板 ({@code /monitoring?region=&period=&asOf=&indicator=}), for staff-side roles (others 404, as a page
 * that is not theirs). The charts are drawn by {@code /js/dashboard.js} from data attributes (the CSP allows no
 * inline script); a table beside each chart carries the same figures.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final Indicators indicators;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(Dashboards dashboards, Indicators indicators) {
        this.dashboards = dashboards;
        this.indicators = indicators;
    }

    @GetMapping("/monitoring")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String indicator,
                UserAccount user, Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate today = LocalDate.now();
        String regionText = blank(region) ? jurisdiction.root().significantPrefix() : region.strip();
        String periodText = blank(period) ? String.valueOf(today.getYear()) : period.strip();
        String asOfText = blank(asOf) ? today.toString() : asOf.strip();
        Optional<Indicator> chosen = blank(indicator) ? dashboards.defaultChoice() : indicators.find(indicator.strip());
        model.addAttribute("regionText", regionText);
        model.addAttribute("periodText", periodText);
        model.addAttribute("asOfText", asOfText);
        model.addAttribute("indicatorText", chosen.map(Indicator::code).orElse(blank(indicator) ? "" : indicator.strip()));
        model.addAttribute("choices", choices());
        model.addAttribute("thisYear", today.getYear());

        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        Optional<RegionCode> code = RegionCode.parse(regionText);
        if (code.isEmpty()) {
            errors.put("region", "地区须为2、4、6、9或12位区划代码，例如 1501（呼和浩特市）");
        }
        Optional<ReportingPeriod> reporting = ReportingPeriod.parse(periodText);
        if (reporting.isEmpty()) {
            errors.put("period", "统计期须写作 " + today.getYear() + "（年）、" + today.getYear() + "Q3（季度）、"
                    + today.getYear() + "-03（月）或 2022-2024（多年规划）");
        }
        Optional<LocalDate> day = parseDate(asOfText);
        if (day.isEmpty()) {
            errors.put("asOf", "数据截至日期须为“年-月-日”，例如 " + today);
        }
        if (chosen.isEmpty()) {
            errors.put("indicator", "没有这个指标：" + model.getAttribute("indicatorText") + "，请从列表中选择");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "monitoring/dashboard";
        }
        if (!jurisdiction.contains(code.get())) {
            throw new RegionOutsideJurisdiction(regionText);
        }
        Dashboard dashboard = dashboards.build(code.get(), reporting.get(), day.get(), chosen.get(), jurisdiction);
        show(dashboard, jurisdiction, model);
        return "monitoring/dashboard";
    }

    private void show(Dashboard d, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("asOfLabel", d.asOf().getYear() + "年" + d.asOf().getMonthValue() + "月" + d.asOf().getDayOfMonth() + "日");
        model.addAttribute("crumbs", d.path().stream().map(step -> new Crumb(step.name(),
                !step.code().equals(d.region().code()) && jurisdiction.contains(RegionCode.of(step.code()))
                        ? link(step.significantPrefix(), d) : null, step.code().equals(d.region().code()))).toList());
        model.addAttribute("childLinks", d.children().stream()
                .map(c -> c.childCount() == 0 ? null : link(c.region().significantPrefix(), d)).toList());
        if (!d.children().isEmpty()) {
            model.addAttribute("childChart", childChart(d));
        }
        if (!d.trend().isEmpty()) {
            model.addAttribute("trendChart", trendChart(d));
        }
    }

    /** The map's (or the ranked bars') data: each child's completion, or its figure where no child has a target. */
    private Chart childChart(Dashboard d) {
        boolean byCompletion = d.childTargets();
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder summary = new StringBuilder(d.showsMap() ? "各盟市" : "下级区划").append(d.chosen().name())
                .append(byCompletion ? "目标完成率" : "").append(d.showsMap() ? "地图：" : "排序条形图：");
        for (Dashboard.ChildStanding c : d.children()) {
            Standing s = c.standing().standing();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", c.region().code());
            item.put("name", c.region().name());
            item.put("value", byCompletion ? s.completionRounded() : c.standing().figure().number(d.chosen().unit()));
            item.put("figure", s.figure() + c.standing().unitText());
            item.put("target", s.targetText());
            item.put("completion", s.completionText());
            item.put("behind", s.behind());
            item.put("href", c.childCount() == 0 ? null : link(c.region().significantPrefix(), d));
            items.add(item);
            summary.append(c.region().name()).append(' ').append(byCompletion ? s.completionText() : s.figure() + c.standing().unitText())
                    .append('，');
        }
        summary.setLength(summary.length() - 1);
        summary.append("。数据见旁边的表格。");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", d.showsMap() ? "map" : "bar");
        data.put("measure", byCompletion ? "完成率（%）" : d.chosen().name() + "（" + d.chosen().unit().label() + "）");
        data.put("byCompletion", byCompletion);
        data.put("items", items);
        return new Chart(json.writeValueAsString(data), summary.toString());
    }

    private Chart trendChart(Dashboard d) {
        Trend t = d.trend();
        StringBuilder summary = new StringBuilder(d.chosen().name()).append("逐月折线图：");
        for (int i = 0; i < t.labels().size(); i++) {
            summary.append(t.labels().get(i)).append(' ').append(Trend.shown(t.monthly().get(i)));
            if (t.cumulative() != null) {
                summary.append("（累计 ").append(Trend.shown(t.cumulative().get(i))).append('）');
            }
            summary.append('，');
        }
        summary.setLength(summary.length() - 1);
        summary.append("。数据见旁边的表格。");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unit", d.chosen().unit().label());
        data.put("labels", t.labels());
        data.put("monthly", t.monthly());
        data.put("cumulative", t.cumulative());
        data.put("expected", t.expected());
        return new Chart(json.writeValueAsString(data), summary.toString());
    }

    /** The same dashboard for another region: the period, the day and the indicator stay. */
    private static String link(String regionPrefix, Dashboard d) {
        return UriComponentsBuilder.fromPath("/monitoring").queryParam("region", regionPrefix)
                .queryParam("period", d.period().key()).queryParam("asOf", d.asOf())
                .queryParam("indicator", d.chosen().code()).build().toUriString();
    }

    /** The indicators offered for the map: the key ones first, then every other top-level indicator. */
    private List<Indicator> choices() {
        List<Indicator> list = new ArrayList<>(dashboards.keyIndicators());
        indicators.catalogue().stream().filter(i -> i.parent() == null && !list.contains(i)).forEach(list::add);
        return list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One step of the breadcrumb; steps above the user's jurisdiction are shown but not linked. */
    record Crumb(String name, String link, boolean current) {
    }

    /** A chart's data for dashboard.js, and its text alternative. */
    record Chart(String data, String summary) {
    }
}
