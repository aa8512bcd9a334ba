package org.zhuye.employer.declaration;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/** The federation's lists (staff only), as pages and XLSX: {@code /declarations/lists/{kind}} and {@code .xlsx}. */
@Controller
class QuotaListsController {

    private final QuotaLists lists;
    private final DeclarationRepository declarations;

    QuotaListsController(QuotaLists lists, DeclarationRepository declarations) {
        this.lists = lists;
        this.declarations = declarations;
    }

    @GetMapping("/declarations/lists/{kind}")
    String page(@PathVariable String kind, @RequestParam(required = false) String year,
                @RequestParam(required = false) String region, PageRequest paging, UserAccount user, Jurisdiction jurisdiction,
                Model model) {
        int y = year(year, jurisdiction);
        RegionCode area = region(region, jurisdiction);
        Report report = report(kind, y, area, user, jurisdiction);
        model.addAttribute("report", report);
        // The lists are judged in Java from each declaration's rules, so the finished list is paged here.
        model.addAttribute("page", paging.slice(report.rows()));
        model.addAttribute("kind", kind);
        model.addAttribute("year", y);
        model.addAttribute("region", region == null || region.isBlank() ? area.significantPrefix() : region.strip());
        return "declaration/lists";
    }

    @GetMapping("/declarations/lists/{kind}.xlsx")
    void xlsx(@PathVariable String kind, @RequestParam(required = false) String year,
              @RequestParam(required = false) String region, UserAccount user, Jurisdiction jurisdiction,
              HttpServletResponse response) throws IOException {
        int y = year(year, jurisdiction);
        Report report = report(kind, y, region(region, jurisdiction), user, jurisdiction);
        if (report.error() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, report.error());
        }
        report.writeXlsx(response, kind, y);
    }

    private Report report(String kind, int year, RegionCode area, UserAccount user, Jurisdiction jurisdiction) {
        if (!DeclarationAccess.staffSide(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return switch (kind) {
            case "below-quota" -> lists.belowQuota(year, area, jurisdiction);
            case "must-employ" -> lists.mustEmploy(year, area, jurisdiction);
            case "over-quota" -> lists.overQuota(year, area, jurisdiction);
            case "totals" -> lists.totals(year, area, jurisdiction);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /**
     * A collection year; by default the latest one with any declaration in the jurisdiction (where
     * the work is), else the previous year, the latest whose filing is usually complete.
     */
    private int year(String text, Jurisdiction jurisdiction) {
        if (text != null && text.strip().matches("\\d{4}")) {
            return Integer.parseInt(text.strip());
        }
        return declarations.findLatestYear(jurisdiction).orElse(Declarations.today().getYear() - 1);
    }

    /** The region asked for, which must lie inside the jurisdiction (else 404); by default the jurisdiction itself. */
    private static RegionCode region(String text, Jurisdiction jurisdiction) {
        if (text == null || text.isBlank()) {
            return jurisdiction.root();
        }
        return RegionCode.parse(text.strip()).filter(jurisdiction::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "区划不在您的管辖范围内"));
    }
}
