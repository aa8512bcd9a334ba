package org.zhuye.parameter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 参数管理: the index of parameter kinds and one page per kind that lists its rows and adds one.
 * Administrators only ({@code /admin/**}); what a league administrator may add is decided by
 * {@link ParameterKeeping#mayAdd}.
 */
@Controller
@RequestMapping("/admin/parameters")
class ParameterController {

    private final ParameterKeeping keeping;
    private final RegionRepository regions;

    ParameterController(ParameterKeeping keeping, RegionRepository regions) {
        this.keeping = keeping;
        this.regions = regions;
    }

    @GetMapping
    String index(UserAccount user, Model model) {
        List<KindSummary> kinds = keeping.kinds().stream()
                .map(k -> new KindSummary(k, ParameterKeeping.rowsFor(k, user).size(),
                        ParameterKeeping.rowsFor(k, user).stream().filter(r -> !r.evidence().confirmed()).count(),
                        ParameterKeeping.mayAdd(k, user)))
                .toList();
        model.addAttribute("kinds", kinds);
        return "parameter/index";
    }

    @GetMapping("/{key}")
    String kind(UserAccount user, @PathVariable String key, Model model) {
        ParameterKind kind = find(key);
        Map<String, String> form = new HashMap<>();
        form.put("regionPrefix", user.jurisdiction().root().significantPrefix());
        form.put("evidence", "U");
        return page(kind, user, form, Map.of(), model);
    }

    @PostMapping("/{key}")
    String add(UserAccount user, @PathVariable String key, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        ParameterKind kind = find(key);
        Map<String, String> errors = keeping.add(kind, form, user);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "已添加一行" + kind.label() + "（区划 " + form.get("regionPrefix").strip() + "）。");
            return "redirect:/admin/parameters/" + key;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(kind, user, form, errors, model);
    }

    private String page(ParameterKind kind, UserAccount user, Map<String, String> form, Map<String, String> errors,
                        Model model) {
        List<ParameterRow> rows = ParameterKeeping.rowsFor(kind, user);
        Map<String, String> names = new LinkedHashMap<>();
        rows.stream().map(ParameterRow::regionPrefix).distinct()
                .forEach(p -> names.put(p, regions.pathTo(RegionCode.of(p)).stream().reduce((a, b) -> b)
                        .map(Region::name).orElse(p)));
        LocalDate today = LocalDate.now();
        model.addAttribute("kind", kind);
        model.addAttribute("rows", rows.stream().map(r -> new ShownRow(r, names.get(r.regionPrefix()),
                period(kind, r), displayed(kind, r), r.inForceOn(today))).toList());
        model.addAttribute("mayAdd", ParameterKeeping.mayAdd(kind, user));
        model.addAttribute("narrowest", ParameterKeeping.levelName(kind.narrowestLevel()));
        model.addAttribute("evidences", Evidence.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        return "parameter/kind";
    }

    private ParameterKind find(String key) {
        return keeping.kind(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String period(ParameterKind kind, ParameterRow row) {
        return switch (kind.period()) {
            case YEAR -> row.from().getYear() + " 年度";
            case FROM -> "自 " + row.from() + " 起";
            case RANGE -> row.from() + " 至 " + (row.to() == null ? "今后" : row.to());
        };
    }

    private static List<String> displayed(ParameterKind kind, ParameterRow row) {
        List<ParameterField> fields = kind.fields();
        return java.util.stream.IntStream.range(0, fields.size())
                .mapToObj(i -> fields.get(i).display(row.values().get(i))).toList();
    }

    /** A kind on the index: how many rows the user sees, how many are unconfirmed, whether they may add. */
    record KindSummary(ParameterKind kind, int rows, long unconfirmed, boolean mayAdd) {
    }

    /** A row as the list shows it: the region's name, the period and the values in words. */
    record ShownRow(ParameterRow row, String regionName, String period, List<String> values, boolean inForce) {
    }
}
