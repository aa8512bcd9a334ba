package org.zhuye.person.overview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 人员概况 page ({@code /persons/overview?region=&asOf=}) and its XLSX download. The charts are
 * drawn by {@code /js/overview.js} from data attributes (the CSP allows no inline script); the
 * tables beside them carry the same figures for everyone who cannot see the charts.
 */
@Controller
class RegionOverviewController {

    private final RegionOverview overview;
    private final JsonMapper json = JsonMapper.builder().build();

    RegionOverviewController(RegionOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/persons/overview")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String asOf,
                Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        String regionText = region == null || region.isBlank() ? jurisdiction.root().significantPrefix() : region.strip();
        String asOfText = asOf == null || asOf.isBlank() ? LocalDate.now().toString() : asOf.strip();
        model.addAttribute("regionText", regionText);
        model.addAttribute("asOfText", asOfText);
        model.addAttribute("today", LocalDate.now().toString());
        model.addAttribute("notes", RegionOverview.NOTES);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);

        Optional<RegionCode> code = RegionCode.parse(regionText);
        if (code.isEmpty()) {
            errors.put("region", "区划代码须为2、4、6、9或12位数字，例如 1501（呼和浩特市）或 150102（新城区）");
        }
        Optional<LocalDate> date = parseDate(asOfText);
        if (date.isEmpty()) {
            errors.put("asOf", "统计日期须为“年-月-日”格式的日期，例如 " + LocalDate.now().getYear() + "-06-30");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "person/overview";
        }
        try {
            Optional<RegionOverviewReport> report = overview.find(code.get(), date.get(), jurisdiction);
            if (report.isEmpty()) {
                errors.put("region", "没有这个区划，或不在您的管辖范围内：" + regionText);
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "person/overview";
            }
            show(report.get(), jurisdiction, model);
        } catch (WorkingAgeRules.NoRule e) {
            errors.put("asOf", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (IllegalArgumentException e) {
            errors.put("asOf", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "person/overview";
    }

    @GetMapping("/persons/overview.xlsx")
    void workbook(@RequestParam(required = false) String region, @RequestParam(required = false) String asOf,
                  Jurisdiction jurisdiction, HttpServletResponse response) throws IOException {
        RegionCode code = region == null || region.isBlank() ? jurisdiction.root()
                : RegionCode.parse(region).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now()
                : parseDate(asOf).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计日期格式不正确"));
        RegionOverviewReport report;
        try {
            report = overview.find(code, date, jurisdiction)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (WorkingAgeRules.NoRule e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(OverviewWorkbook.fileName(report), StandardCharsets.UTF_8).build().toString());
        OverviewWorkbook.write(report, response.getOutputStream());
    }

    private void show(RegionOverviewReport report, Jurisdiction jurisdiction, Model model) {
        String asOf = report.asOf().toString();
        model.addAttribute("report", report);
        model.addAttribute("f", report.figures());
        model.addAttribute("crumbs", report.path().stream().map(step -> new Crumb(step.name(),
                !step.code().equals(report.region().code()) && jurisdiction.contains(RegionCode.of(step.code()))
                        ? step.significantPrefix() : null,
                step.code().equals(report.region().code()))).toList());
        model.addAttribute("asOfParam", asOf);
        OverviewFigures f = report.figures();
        model.addAttribute("categoryChart", chart("bar", "按残疾类别", f.categories()));
        model.addAttribute("gradeChart", chart("bar", "按残疾等级", f.grades()));
        model.addAttribute("ageChart", chart("bar", "按年龄段", f.ageBands()));
        model.addAttribute("statusChart", chart("pie", "就业年龄段人员就业状况", List.of(
                new OverviewFigures.Count("employed", "已就业", f.workingAgeEmployed()),
                new OverviewFigures.Count("not-employed", "未就业", f.workingAgeNotEmployed()),
                new OverviewFigures.Count("no-status", "未登记", f.workingAgeNoStatus()))));
        if (!report.children().isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            StringBuilder summary = new StringBuilder("下级区划就业率条形图：");
            for (RegionOverviewReport.Row row : report.children()) {
                labels.add(row.region().name());
                Double rate = row.figures().employmentRate();
                rates.add(rate == null ? null : Math.round(rate * 1000) / 10.0);
                summary.append(row.region().name()).append(' ').append(row.figures().employmentRateText()).append('，');
            }
            summary.setLength(summary.length() - 1);
            summary.append("。数据见下表。");
            model.addAttribute("childChart", new Chart(json.writeValueAsString(Map.of("kind", "bar", "title", "下级区划就业率",
                    "unit", "%", "labels", labels, "values", rates, "horizontal", true)), summary.toString()));
        }
    }

    private Chart chart(String kind, String title, List<OverviewFigures.Count> counts) {
        StringBuilder summary = new StringBuilder(title).append(kind.equals("pie") ? "饼图：" : "条形图：");
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (OverviewFigures.Count count : counts) {
            labels.add(count.label());
            values.add(count.count());
            summary.append(count.label()).append(' ').append(count.count()).append("人，");
        }
        summary.setLength(summary.length() - 1);
        summary.append("。数据见下表。");
        return new Chart(json.writeValueAsString(Map.of("kind", kind, "title", title, "unit", "人", "labels", labels,
                "values", values)), summary.toString());
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One step of the breadcrumb; steps above the user's jurisdiction are shown but not linked. */
    record Crumb(String name, String linkPrefix, boolean current) {
    }

    /** A chart's data for overview.js, and its text alternative. */
    record Chart(String data, String summary) {
    }
}
