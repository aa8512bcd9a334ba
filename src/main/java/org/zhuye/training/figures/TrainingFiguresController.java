package org.zhuye.training.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionNames;
import org.zhuye.training.CourseKind;
import org.zhuye.training.TrainingRuleException;

/** {@code /training/figures}: 培训人次与人数 of a region and period by child region and course kind, with CSV and XLSX. Staff side only. */
@Controller
class TrainingFiguresController {

    private final TrainingCounts counts;
    private final RegionNames names;

    TrainingFiguresController(TrainingCounts counts, RegionNames names) {
        this.counts = counts;
        this.names = names;
    }

    static void requireStaffSide(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/training/figures")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
                UserAccount user, Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        requireStaffSide(user);
        Map<String, String> errors = new LinkedHashMap<>();
        TrainingCounts.Query query;
        try {
            query = TrainingCounts.Query.parse(region, from, to, kind, null, jurisdiction);
        } catch (TrainingRuleException e) {
            errors.putAll(e.fieldErrors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            query = TrainingCounts.Query.parse(null, null, null, null, null, jurisdiction);
        }
        model.addAttribute("figures", counts.figures(query, jurisdiction));
        model.addAttribute("errors", errors);
        model.addAttribute("regionText", region);
        model.addAttribute("kindText", kind);
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("notes", TrainingCounts.NOTES);
        return "training/figures/figures";
    }

    @GetMapping("/training/figures.csv")
    void csv(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
             UserAccount user, Jurisdiction jurisdiction, HttpServletResponse response) throws IOException {
        TrainingFigures f = exported(region, from, to, kind, user, jurisdiction);
        Map<String, String> regionNames = names.of(jurisdiction, f.places());
        attachment(response, "text/csv;charset=UTF-8", FiguresTable.fileName(f, regionNames, "csv"));
        FiguresTable.csv(f, regionNames, response.getOutputStream());
    }

    @GetMapping("/training/figures.xlsx")
    void xlsx(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
              UserAccount user, Jurisdiction jurisdiction, HttpServletResponse response) throws IOException {
        TrainingFigures f = exported(region, from, to, kind, user, jurisdiction);
        Map<String, String> regionNames = names.of(jurisdiction, f.places());
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                FiguresTable.fileName(f, regionNames, "xlsx"));
        FiguresTable.xlsx(f, regionNames, response.getOutputStream());
    }

    private TrainingFigures exported(String region, String from, String to, String kind, UserAccount user,
                                     Jurisdiction jurisdiction) {
        requireStaffSide(user);
        try {
            return counts.figures(TrainingCounts.Query.parse(region, from, to, kind, null, jurisdiction), jurisdiction);
        } catch (TrainingRuleException e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
    }

    static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
