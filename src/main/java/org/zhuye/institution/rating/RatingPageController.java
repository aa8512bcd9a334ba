package org.zhuye.institution.rating;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.region.RegionNames;

/**
 * 等级评定 pages: {@code /institutions/ratings} (a year's list for an area, compute, confirm, XLSX) for staff-side
 * roles, and {@code /institutions/{id}/ratings} (the inspection form while DRAFT, each year's rating with actual
 * against expected and how the expectation was formed, its history) for them and the institution's own account.
 */
@Controller
class RatingPageController {

    private final InstitutionRatings ratings;
    private final RatingRepository repository;
    private final RegionNames regionNames;
    private final Histories histories;

    RatingPageController(InstitutionRatings ratings, RatingRepository repository, RegionNames regionNames,
                         Histories histories) {
        this.ratings = ratings;
        this.repository = repository;
        this.regionNames = regionNames;
        this.histories = histories;
    }

    private static void requireStaffSide(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static int year(String text) {
        int last = LocalDate.now().getYear() - 1;
        if (text == null || !text.strip().matches("\\d{4}")) {
            return last;
        }
        int year = Integer.parseInt(text.strip());
        return year < 2000 || year > LocalDate.now().getYear() ? last : year;
    }

    static List<Integer> years() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(0, 5).map(i -> now - i).boxed().toList();
    }

    private static InstitutionKind kind(String text) {
        for (InstitutionKind kind : InstitutionKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }

    private RatingYear ratingYear(int year, String region, InstitutionKind kind, UserAccount user) {
        return new RatingYear(year, repository.findYear(year, user.jurisdiction().likePatternFor(region), kind,
                user.jurisdiction()));
    }

    @GetMapping("/institutions/ratings")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
                @RequestParam(required = false) String kind, UserAccount user, Model model) {
        requireStaffSide(user);
        int y = year(year);
        RatingYear list = ratingYear(y, region, kind(kind), user);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("region", region);
        model.addAttribute("kind", kind(kind) == null ? null : kind(kind).name());
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("list", list);
        model.addAttribute("mayRate", InstitutionRatings.rates(user));
        model.addAttribute("names", regionNames.of(user.jurisdiction(),
                list.rows().stream().map(r -> r.institution().regionCode()).toList()));
        return "institution/rating/list";
    }

    @PostMapping("/institutions/ratings/compute")
    String computeArea(@RequestParam int year, @RequestParam(required = false) String region, UserAccount user,
                       RedirectAttributes redirect) {
        return yearStep(year, region, redirect, () -> "已重新计算 " + ratings.computeArea(year, region, user) + " 个机构的 "
                + year + " 年度评定");
    }

    @PostMapping("/institutions/ratings/confirm")
    String confirm(@RequestParam int year, @RequestParam(required = false) String region, UserAccount user,
                   RedirectAttributes redirect) {
        return yearStep(year, region, redirect, () -> "已确认 " + ratings.confirm(year, region, user) + " 个机构的 "
                + year + " 年度评定，确认后不再变动");
    }

    /** Runs a step over a year's ratings and comes back to the list with what it did or why it did nothing. */
    private static String yearStep(int year, String region, RedirectAttributes redirect, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("notice", step.get());
        } catch (RatingRuleException | RatingConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return back(year, region);
    }

    private static String back(int year, String region) {
        return "redirect:/institutions/ratings?year=" + year + (region == null || region.isBlank() ? "" : "&region=" + region.strip());
    }

    @GetMapping("/institutions/ratings.xlsx")
    void workbook(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String kind, UserAccount user, HttpServletResponse response) throws IOException {
        requireStaffSide(user);
        RatingYear list = ratingYear(year(year), region, kind(kind), user);
        Map<String, String> names = regionNames.of(user.jurisdiction(),
                list.rows().stream().map(r -> r.institution().regionCode()).toList());
        String area = regionNames.of(user.jurisdiction(), user.jurisdiction().regionFor(region).value())
                .getOrDefault(user.jurisdiction().regionFor(region).value(), "本辖区");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(RatingWorkbook.fileName(list, area.split(" · ")[0]), StandardCharsets.UTF_8).build().toString());
        RatingWorkbook.write(list, names, response.getOutputStream());
    }

    private Institution visible(long id, UserAccount user) {
        try {
            return ratings.visible(id, user);
        } catch (InstitutionNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @GetMapping("/institutions/{id}/ratings")
    String show(@PathVariable long id, @RequestParam(required = false) String year, UserAccount user, Model model) {
        Institution institution = visible(id, user);
        int y = year(year);
        List<Rating> all = repository.findAll(id, ratings.readingScope(institution, user));
        Rating current = all.stream().filter(r -> r.year() == y).findFirst().orElse(null);
        model.addAttribute("institution", institution);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("all", all);
        model.addAttribute("rating", current);
        model.addAttribute("expectations", current == null || current.snapshot() == null ? List.of() : List.of(
                new ShownExpectation("转入就业", current.snapshot().expectedPlaced()),
                new ShownExpectation("稳定就业", current.snapshot().expectedRetained())));
        model.addAttribute("mayRate", InstitutionRatings.rates(user) && (current == null || !current.frozen()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        try {
            RatingScheme scheme = current != null && current.snapshot() != null && current.frozen()
                    ? null : ratings.scheme(institution, y);
            model.addAttribute("criteria", scheme != null ? scheme.criteria()
                    : current.snapshot().criteria());
        } catch (RatingRuleException e) {
            model.addAttribute("criteria", List.of());
            model.addAttribute("problem", e.getMessage());
        }
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", current == null || current.inspection() == null ? Map.of() : current.inspection());
        }
        model.addAttribute("auditTrail", user.roles().stream().anyMatch(Role::staffSide)
                ? histories.of(RatingVocabulary.TYPE, InstitutionRatings.key(id, y), user.jurisdiction()) : List.of());
        return "institution/rating/show";
    }

    @PostMapping("/institutions/{id}/ratings/{year}/inspection")
    String inspect(@PathVariable long id, @PathVariable int year, @RequestParam Map<String, String> form,
                   UserAccount user, RedirectAttributes redirect) {
        Institution institution = visible(id, user);
        Map<String, String> scores = new LinkedHashMap<>();
        List<RatingScheme.Criterion> criteria = new ArrayList<>();
        try {
            criteria.addAll(ratings.scheme(institution, year).criteria());
        } catch (RatingRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/institutions/" + id + "/ratings?year=" + year;
        }
        // the form names each score by its criterion's place (c0, c1, …): criterion names are free text
        for (int i = 0; i < criteria.size(); i++) {
            scores.put(criteria.get(i).name(), form.getOrDefault("c" + i, ""));
        }
        String version = form.get("version");
        try {
            ratings.inspect(id, year, scores, version == null || version.isBlank() ? null : Integer.valueOf(version), user);
            redirect.addFlashAttribute("notice", "已保存 " + year + " 年度检查评分并重新计算评定");
        } catch (RatingRuleException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> {
                int at = indexOf(criteria, field);
                errors.put(at < 0 ? "form" : "c" + at, message);
            });
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("problem", "检查评分有 " + errors.size() + " 处问题，未保存：" + e.getMessage());
            redirect.addFlashAttribute("entered", scores);
        } catch (RatingConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/institutions/" + id + "/ratings?year=" + year;
    }

    private static int indexOf(List<RatingScheme.Criterion> criteria, String name) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @PostMapping("/institutions/{id}/ratings/{year}/compute")
    String compute(@PathVariable long id, @PathVariable int year, UserAccount user, RedirectAttributes redirect) {
        visible(id, user);
        try {
            ratings.compute(id, year, user);
            redirect.addFlashAttribute("notice", "已按当前数据重新计算 " + year + " 年度评定");
        } catch (RatingRuleException | RatingConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/institutions/" + id + "/ratings?year=" + year;
    }
}
