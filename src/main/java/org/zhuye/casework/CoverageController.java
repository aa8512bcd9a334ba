package org.zhuye.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * 服务覆盖 ({@code /casework/coverage?region=&year=}) and its XLSX. The charts are drawn by the
 * overview's {@code /js/overview.js} from data attributes; the tables carry the same figures.
 */
@Controller
class CoverageController {

    private final CaseworkCoverage coverage;
    private final CaseworkCodes codes;
    private final CycleYears cycles;
    private final JsonMapper json = JsonMapper.builder().build();

    CoverageController(CaseworkCoverage coverage, CaseworkCodes codes, CycleYears cycles) {
        this.coverage = coverage;
        this.codes = codes;
        this.cycles = cycles;
    }

    @GetMapping("/casework/coverage")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        int cycleYear = CaseworkForms.year(year);
        model.addAttribute("years", cycles.years(jurisdiction.root().value(), LocalDate.now()));
        model.addAttribute("cycleYear", cycleYear);
        model.addAttribute("notes", CaseworkCoverage.NOTES);
        model.addAttribute("codes", codes);
        model.addAttribute("kinds", ServiceKind.values());
        try {
            CoverageReport report = coverage.find(code, cycleYear, jurisdiction)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + region));
            model.addAttribute("report", report);
            model.addAttribute("f", report.figures());
            model.addAttribute("crumbs", report.path().stream().map(step -> new Crumb(step.name(),
                    !step.code().equals(report.region().code()) && jurisdiction.contains(RegionCode.of(step.code()))
                            ? step.significantPrefix() : null, step.code().equals(report.region().code()))).toList());
            model.addAttribute("serviceChart", serviceChart(report.figures()));
            if (!report.children().isEmpty()) {
                model.addAttribute("childChart", childChart(report));
            }
        } catch (CycleYears.NoCycle | WorkingAgeRules.NoRule e) {
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "casework/coverage";
    }

    @GetMapping("/casework/coverage.xlsx")
    void workbook(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                  Jurisdiction jurisdiction, HttpServletResponse response) throws IOException {
        CoverageReport report;
        try {
            report = coverage.find(CaseworkForms.region(region, jurisdiction), CaseworkForms.year(year), jurisdiction)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (CycleYears.NoCycle | WorkingAgeRules.NoRule e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(CoverageWorkbook.fileName(report), StandardCharsets.UTF_8).build().toString());
        CoverageWorkbook.write(report, codes, response.getOutputStream());
    }

    private Chart serviceChart(CoverageFigures f) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        StringBuilder summary = new StringBuilder("各项服务覆盖率条形图：");
        for (ServiceKind kind : ServiceKind.values()) {
            add(labels, values, summary, codes.kindLabel(kind), f, f.count(kind));
        }
        add(labels, values, summary, "四项全覆盖", f, f.complete());
        return chart(labels, values, summary, "各项服务覆盖率", false);
    }

    private Chart childChart(CoverageReport report) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        StringBuilder summary = new StringBuilder("下级区划四项全覆盖率条形图：");
        for (CoverageReport.Row row : report.children()) {
            add(labels, values, summary, row.region().name(), row.figures(), row.figures().complete());
        }
        return chart(labels, values, summary, "下级区划四项全覆盖率", true);
    }

    private static void add(List<String> labels, List<Double> values, StringBuilder summary, String label,
                            CoverageFigures f, long count) {
        Double rate = f.rate(count);
        labels.add(label);
        values.add(rate == null ? null : Math.round(rate * 1000) / 10.0);
        summary.append(label).append(' ').append(f.rateText(count)).append('，');
    }

    private Chart chart(List<String> labels, List<Double> values, StringBuilder summary, String title, boolean horizontal) {
        summary.setLength(summary.length() - 1);
        summary.append("。数据见下表。");
        return new Chart(json.writeValueAsString(Map.of("kind", "bar", "title", title, "unit", "%", "labels", labels,
                "values", values, "horizontal", horizontal)), summary.toString());
    }

    /** One step of the breadcrumb; steps above the user's jurisdiction are shown but not linked. */
    record Crumb(String name, String linkPrefix, boolean current) {
    }

    /** A chart's data for overview.js, and its text alternative. */
    record Chart(String data, String summary) {
    }

}
