package org.zhuye.monitoring.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;

/**
 * The 季度通报 pages: the area's list by year, drafting for a region and a quarter (the figures shown before
 * saving), the 通报 as a document (edited and issued while a draft), and its ranking tables as XLSX.
 */
@Controller
class BulletinPageController {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final Bulletins bulletins;

    BulletinPageController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @ExceptionHandler(MonitoringNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @GetMapping("/bulletins")
    String list(@RequestParam(required = false) String year, UserAccount user, PageRequest page, Model model) {
        Integer y = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        List<Bulletin> rows = bulletins.list(null, y, user, page.size(), (int) page.offset());
        Page<Bulletin> shown = page.of(rows, bulletins.count(null, y, user));
        model.addAttribute("page", shown);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("mayDraft", Bulletins.edits(user));
        model.addAttribute("zone", ZONE);
        return "bulletin/list";
    }

    @GetMapping("/bulletins/new")
    String draftForm(@RequestParam(required = false) String region, @RequestParam(required = false) String quarter,
                     UserAccount user, Model model) {
        if (!Bulletins.edits(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("region", region);
        model.addAttribute("quarter", quarter == null ? lastQuarter() : quarter);
        model.addAttribute("quarters", quarters());
        if (quarter != null && !quarter.isBlank()) {
            try {
                Bulletins.Draft draft = bulletins.preview(region, quarter, user);
                model.addAttribute("figures", draft.figures());
                model.addAttribute("draftTitle", draft.title());
                model.addAttribute("draftBody", draft.body());
            } catch (MonitoringRuleException e) {
                model.addAttribute("errors", e.fieldErrors());
            }
        }
        return "bulletin/new";
    }

    @PostMapping("/bulletins")
    String draft(@RequestParam(required = false) String region, @RequestParam(required = false) String quarter,
                 @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                 UserAccount user, Model model) {
        try {
            return "redirect:/bulletins/" + bulletins.draft(region, quarter, title, body, user).id();
        } catch (MonitoringRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("region", region);
            model.addAttribute("quarter", quarter);
            model.addAttribute("quarters", quarters());
            model.addAttribute("draftTitle", title);
            model.addAttribute("draftBody", body);
            return "bulletin/new";
        }
    }

    @GetMapping("/bulletins/{id}")
    String show(@PathVariable long id, UserAccount user, Model model) {
        Bulletin bulletin = bulletins.get(id, user);
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("date", bulletin.date(ZONE));
        model.addAttribute("mayEdit", !bulletin.issued() && Bulletins.edits(user));
        model.addAttribute("mayIssue", !bulletin.issued() && Bulletins.issues(user, bulletin));
        model.addAttribute("children", RegionReference.children(bulletin.figures().regionLevel()));
        if (!model.containsAttribute("draftTitle")) {
            model.addAttribute("draftTitle", bulletin.title());
            model.addAttribute("draftBody", bulletin.body());
        }
        return "bulletin/show";
    }

    @PostMapping("/bulletins/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                @RequestParam(required = false) Integer version, UserAccount user, Model model, RedirectAttributes redirect) {
        try {
            bulletins.edit(id, title, body, version, user);
            redirect.addFlashAttribute("done", "草稿已保存");
            return "redirect:/bulletins/" + id;
        } catch (MonitoringRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("draftTitle", title);
            model.addAttribute("draftBody", body);
            return show(id, user, model);
        } catch (MonitoringConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/bulletins/" + id;
        }
    }

    @PostMapping("/bulletins/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String documentNumber,
                 @RequestParam(required = false) Integer version, UserAccount user, Model model, RedirectAttributes redirect) {
        try {
            bulletins.issue(id, documentNumber, version, user);
            redirect.addFlashAttribute("done", "通报已印发，此后不再改变");
            return "redirect:/bulletins/" + id;
        } catch (MonitoringRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("documentNumber", documentNumber);
            return show(id, user, model);
        } catch (MonitoringConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/bulletins/" + id;
        }
    }

    @PostMapping("/bulletins/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) Integer version, UserAccount user,
                   RedirectAttributes redirect) {
        try {
            bulletins.discard(id, version, user);
            redirect.addFlashAttribute("done", "草稿已删除");
            return "redirect:/bulletins";
        } catch (MonitoringConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/bulletins/" + id;
        }
    }

    @GetMapping("/bulletins/{id}.xlsx")
    void workbook(@PathVariable long id, UserAccount user, HttpServletResponse response) throws IOException {
        Bulletin bulletin = bulletins.get(id, user);
        String name = "通报-" + bulletin.quarter() + "-" + bulletin.figures().regionName() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulletin-" + bulletin.id()
                + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = response.getOutputStream()) {
            BulletinWorkbook.write(bulletin, out);
        }
    }

    static List<Integer> years() {
        int now = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** The quarters that have begun, newest first, back to the start of last year: what a 通报 is drafted for. */
    static List<Map.Entry<String, String>> quarters() {
        List<Map.Entry<String, String>> quarters = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (ReportingPeriod q = ReportingPeriod.quarterOf(today); q.from().getYear() >= today.getYear() - 1;
             q = ReportingPeriod.quarterOf(q.from().minusDays(1))) {
            quarters.add(Map.entry(q.key(), q.label()));
        }
        return quarters;
    }

    private static String lastQuarter() {
        return ReportingPeriod.quarterOf(LocalDate.now().withDayOfMonth(1).minusMonths(3)).key();
    }
}
