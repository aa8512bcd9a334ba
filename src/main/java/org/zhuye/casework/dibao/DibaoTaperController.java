package org.zhuye.casework.dibao;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhuye.casework.CaseworkForms;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Who is in a 低保渐退 period and when it ends: the page and its API read. */
@Controller
class DibaoTaperController {

    private final DibaoTapers tapers;
    private final RegionRepository regions;

    DibaoTaperController(DibaoTapers tapers, RegionRepository regions) {
        this.tapers = tapers;
        this.regions = regions;
    }

    @GetMapping("/casework/dibao-tapers")
    String list(@RequestParam(required = false) String region, Jurisdiction jurisdiction, Model model) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        LocalDate today = LocalDate.now();
        CaseworkForms.addRegionSelect(model, code, jurisdiction, regions);
        model.addAttribute("tapers", tapers.findInTaper(code, today, true, jurisdiction));
        model.addAttribute("today", today);
        return "casework/dibao-tapers";
    }

    @Operation(summary = "低保渐退名单", description = "在渐退期内的人员（就业后按规定继续享受低保的期间）、渐退结束日期和今天的发放比例；"
            + "includeEnded=true 时含90天内已结束的")
    @GetMapping("/api/v1/casework/dibao-tapers")
    @ResponseBody
    List<DibaoTapers.Taper> api(@RequestParam(required = false) String region,
                                @RequestParam(defaultValue = "false") boolean includeEnded, Jurisdiction jurisdiction) {
        return tapers.findInTaper(CaseworkForms.region(region, jurisdiction), LocalDate.now(), includeEnded, jurisdiction);
    }
}
