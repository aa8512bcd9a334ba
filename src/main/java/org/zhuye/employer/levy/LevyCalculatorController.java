package org.zhuye.employer.levy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerType;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 残保金测算 ({@code /levy/calculator}): the levy engine as a form for any signed-in user, with the
 * result explained step by step. It keeps nothing and holds no personal data (categories, grades
 * and months only), like the API it mirrors. Rows are added and removed by submitting the form, so
 * it works without script.
 */
@Controller
class LevyCalculatorController {

    /** How far back the default year is looked for. */
    private static final int YEARS_BACK = 10;

    private final Levies levies;
    private final RegionRepository regions;

    LevyCalculatorController(Levies levies, RegionRepository regions) {
        this.levies = levies;
        this.regions = regions;
    }

    @GetMapping("/levy/calculator")
    String blank(UserAccount user, Model model) {
        String region = user.regionCode();
        return page(model, LevyForm.blank(String.valueOf(defaultYear(region)), region), null, null, null);
    }

    @PostMapping("/levy/calculator")
    String calculate(@RequestParam(required = false) String action, @RequestParam(required = false) Integer removeRow,
                     HttpServletRequest request, Model model) {
        LevyForm form = LevyForm.read(request);
        if (removeRow != null) {
            return page(model, form.withoutRow(removeRow), null, null, null);
        }
        if (request.getParameter("picker.pick") != null) {
            // The region picker's 选择/更新 without script: the form again, as typed, with the next level to choose.
            return page(model, form, null, null, null);
        }
        if ("addRows".equals(action)) {
            return page(model, form.withMoreRows(), null, null, null);
        }
        LevyDeclaration declaration;
        try {
            declaration = form.toInput().toDeclaration();
        } catch (LevyInputException e) {
            return page(model, form, LevyForm.formErrors(e.fieldErrors()), null, null);
        }
        try {
            return page(model, form, null, declaration, levies.assess(declaration));
        } catch (LevyInputException e) {
            return page(model, form, LevyForm.formErrors(e.fieldErrors()), null, null);
        } catch (NoLevyParameters e) {
            // The year's table complete but for the social average wage: that one can be typed in here.
            String field = parametersComplete(declaration) ? "socialAverageWage" : "year";
            return page(model, form, Map.of(field, e.getMessage()),
                    null, null);
        }
    }

    private String page(Model model, LevyForm form, Map<String, String> errors, LevyDeclaration declaration,
                        LevyResult result) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", EmployerType.values());
        model.addAttribute("blankRows", LevyForm.BLANK_ROWS);
        model.addAttribute("categories", List.of("视力", "听力", "言语", "肢体", "智力", "精神", "多重"));
        model.addAttribute("grades", List.of("一级", "二级", "三级", "四级"));
        model.addAttribute("result", result);
        if (result != null) {
            model.addAttribute("place", place(declaration.region()));
            model.addAttribute("declaration", declaration);
            model.addAttribute("figures", figures(result));
        }
        return "levy/calculator";
    }

    private boolean parametersComplete(LevyDeclaration declaration) {
        try {
            levies.parametersFor(declaration.region(), declaration.year());
            return true;
        } catch (NoLevyParameters e) {
            return false;
        }
    }

    /** The result's figures as label and text, in reading order; what an exempt unit never needed is a dash. */
    static List<Map.Entry<String, String>> figures(LevyResult r) {
        return List.of(
                Map.entry("在职职工人数", plain(r.staff())),
                Map.entry("安排残疾人（计入人数）", plain(r.counted())),
                Map.entry("应安排人数", plain(r.required())),
                Map.entry("差额人数", plain(r.shortfall())),
                Map.entry("安排比例", percent(r.ratio())),
                Map.entry("征收比例", percent(r.factor())),
                Map.entry("计征年平均工资（元）", plain(r.base())));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String percent(java.math.BigDecimal value) {
        return value == null ? "—" : value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 内蒙古自治区赤峰市红山区 for 150402: region names are public. */
    private String place(RegionCode code) {
        return regions.pathTo(code).stream().map(Region::name).reduce(String::concat).orElse(code.value());
    }

    /** The latest collection year up to this one whose parameters are complete for the user's area (social average wage included). */
    private int defaultYear(String regionCode) {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        RegionCode region = RegionCode.of(regionCode);
        for (int year = thisYear; year > thisYear - YEARS_BACK; year--) {
            try {
                if (levies.parametersFor(region, year).socialAverageWage() != null) {
                    return year;
                }
            } catch (NoLevyParameters | LevyInputException e) {
                // no complete parameters that year: look further back
            }
        }
        return thisYear - 1;
    }
}
