package org.zhuye.region;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /regions/picker}: the one endpoint behind every region picker. With script, a picker
 * sends what its selects and search box hold and swaps in the levels and search results this answers.
 * Any code it is sent outside the caller's jurisdiction answers 404, so it never lists or names one.
 */
@Controller
class RegionPickerController {

    private final RegionPickers pickers;

    RegionPickerController(RegionPickers pickers) {
        this.pickers = pickers;
    }

    @GetMapping("/regions/picker")
    String picker(@RequestParam String field, @RequestParam(defaultValue = "1") int shallowest,
                  @RequestParam(defaultValue = "5") int deepest,
                  @RequestParam(defaultValue = "false") boolean invalid,
                  jakarta.servlet.http.HttpServletRequest request, Jurisdiction jurisdiction, Model model) {
        if (!field.matches("[A-Za-z][A-Za-z0-9]{0,40}") || shallowest < 1 || deepest > 5 || shallowest > deepest) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "选择器参数无效");
        }
        // RegionPickerParameters has already reduced the levels and any search result to the one value they name.
        String value = request.getParameter(field);
        if (value != null && !value.isBlank() && RegionCode.parse(value).filter(jurisdiction::contains).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内");
        }
        model.addAttribute("picker", pickers.view(jurisdiction, field, value, shallowest, deepest));
        model.addAttribute("invalid", invalid);
        return "region/picker :: choices";
    }
}
