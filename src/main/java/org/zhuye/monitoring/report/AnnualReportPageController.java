package org.zhuye.monitoring.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;

/**
 * 年度报告 pages: {@code /annual-reports?year=&region=} (the area's reports with the rates per level) and
 * {@code /annual-reports/{id}} (figures, narrative, the steps the user may take, the history). Every step posts,
 * then comes back to the report with the notice or every problem (post, redirect, get).
 */
@Controller
class AnnualReportPageController {

    private final AnnualReports reports;

    AnnualReportPageController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/annual-reports")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String region, UserAccount user, Model model) {
        int y = yearOf(year);
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2022, LocalDate.now(AnnualReports.zone()).getYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("regionText", region == null || region.isBlank() ? user.jurisdiction().root().significantPrefix() : region.strip());
        try {
            model.addAttribute("listing", reports.list(y, region, user));
            model.addAttribute("errors", Map.of());
        } catch (MonitoringRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
        }
        return "monitoring/report/list";
    }

    @PostMapping("/annual-reports")
    String open(@RequestParam String region, @RequestParam int year, UserAccount user, RedirectAttributes redirect) {
        try {
            return "redirect:/annual-reports/" + reports.open(region, year, user);
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("notice", String.join("；", e.fieldErrors().values()));
            return "redirect:/annual-reports?year=" + year + "&region=" + region;
        }
    }

    @GetMapping("/annual-reports/{id}")
    String show(@PathVariable long id, UserAccount user, Model model) {
        AnnualReports.View view = reports.view(id, user);
        model.addAttribute("view", view);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new AnnualReports.Narrative(view.report().measures(), view.report().problems(),
                    view.report().plans()).asMap());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "monitoring/report/show";
    }

    @PostMapping("/annual-reports/{id}")
    String save(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String measures,
                @RequestParam(required = false) String problems, @RequestParam(required = false) String plans, UserAccount user,
                RedirectAttributes redirect) {
        AnnualReports.Narrative narrative = new AnnualReports.Narrative(measures, problems, plans);
        return step(id, redirect, "已保存。", narrative, () -> reports.save(id, version, narrative, user));
    }

    @PostMapping("/annual-reports/{id}/{action:submit|accept|return|approve|unlock}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam int version,
               @RequestParam(required = false) String comment, UserAccount user, RedirectAttributes redirect) {
        ReportAction step = ReportAction.ofPath(action).orElseThrow();
        return step(id, redirect, "已" + step.label() + "。", null, () -> reports.act(id, step, version, comment, user));
    }

    @ExceptionHandler(MonitoringNotFoundException.class)
    void notFound(MonitoringNotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }

    /** Runs a step and comes back to the report with the notice, or every problem and what was typed. */
    private static String step(long id, RedirectAttributes redirect, String notice, AnnualReports.Narrative typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
            if (typed != null) {
                redirect.addFlashAttribute("typed", typed.asMap());
            }
        } catch (MonitoringConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("version", e.getMessage()));
            if (typed != null) {
                redirect.addFlashAttribute("typed", typed.asMap());
            }
        }
        return "redirect:/annual-reports/" + id;
    }

    /** The year asked for, or the latest whose report is due: this year from its deadline month on, last year before. */
    private static int yearOf(String year) {
        if (year != null && year.strip().matches("\\d{4}")) {
            return Integer.parseInt(year.strip());
        }
        LocalDate today = LocalDate.now(AnnualReports.zone());
        return today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
    }
}
