package org.zhuye.employer.disclosure;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.region.RegionCode;

/** {@code GET /api/v1/disclosure}: the 公示 as JSON, open to everyone (no personal data, confirmed declarations only). */
@RestController
class DisclosureApiController {

    private final Disclosure disclosure;
    DisclosureApiController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Operation(summary = "按比例就业公示（无需登录）",
            description = "某征收年度、某区划内机关、事业单位、国有企业已确认申报的编制、在职职工、应安排、实际安排人数及是否达标；不含任何个人信息")
    @GetMapping("/api/v1/disclosure")
    DisclosureJson api(@RequestParam(required = false) String year, @RequestParam(required = false) String regionCode) {
        int y = disclosure.year(year);
        RegionCode area = disclosure.region(regionCode);
        return new DisclosureJson(y, area.value(), disclosure.rows(y, area));
    }

    record DisclosureJson(int year, String regionCode, List<Disclosure.Row> units) {
    }

}
