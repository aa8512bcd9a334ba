package org.zhuye.employer.disclosure;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 公示, open to everyone without signing in: {@code /disclosure} (page) and {@code /disclosure.xlsx};
 * {@link DisclosureApiController} answers the same as JSON. Confirmed declarations of 机关, 事业单位 and 国有企业 only.
 */
@Controller
class DisclosureController {

    private final Disclosure disclosure;
    private final RegionRepository regions;

    DisclosureController(Disclosure disclosure, RegionRepository regions) {
        this.disclosure = disclosure;
        this.regions = regions;
    }

    @GetMapping("/disclosure")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String region, Model model) {
        int y = disclosure.year(year);
        RegionCode area = disclosure.region(region);
        model.addAttribute("year", y);
        model.addAttribute("region", area.significantPrefix());
        model.addAttribute("regionName", regions.pathTo(area).stream().map(Region::name).reduce((a, b) -> a + " › " + b).orElse(""));
        model.addAttribute("choices", choices());
        model.addAttribute("rows", disclosure.rows(y, area));
        return "disclosure/page";
    }

    @GetMapping("/disclosure.xlsx")
    void xlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
              HttpServletResponse response) throws IOException {
        int y = disclosure.year(year);
        disclosure.report(y, disclosure.region(region)).writeXlsx(response, "disclosure", y);
    }

    /** The provinces and their 盟市, for the region selector. Region names are public. */
    private List<Region> choices() {
        List<Region> out = new java.util.ArrayList<>();
        for (Region province : regions.provinces()) {
            out.add(province);
            regions.children(RegionCode.of(province.code()), Jurisdiction.of(province.code()))
                    .forEach(c -> out.add(c.region()));
        }
        return out;
    }
}
