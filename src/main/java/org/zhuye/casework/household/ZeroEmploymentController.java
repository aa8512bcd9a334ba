package org.zhuye.casework.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.casework.CaseworkForms;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import tools.jackson.databind.json.JsonMapper;

/** The 零就业家庭 list with its monthly indicator: page and API reads. */
@Controller
class ZeroEmploymentController {

    static final int MONTHS = 12;

    private final ZeroEmploymentHouseholds households;
    private final RegionRepository regions;
    private final JsonMapper json = JsonMapper.builder().build();

    ZeroEmploymentController(ZeroEmploymentHouseholds households, RegionRepository regions) {
        this.households = households;
        this.regions = regions;
    }

    @GetMapping("/casework/zero-employment")
    String page(@RequestParam(required = false) String region, PageRequest paging, Jurisdiction jurisdiction, Model model) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        LocalDate today = LocalDate.now();
        var selected = CaseworkForms.addRegionSelect(model, code, jurisdiction, regions);
        model.addAttribute("page", households.findPage(code, today, paging, jurisdiction));
        List<ZeroEmploymentHouseholds.Point> trend = households.findTrend(code, today, MONTHS, jurisdiction);
        model.addAttribute("trend", trend);
        List<String> labels = trend.stream().map(p -> p.asOf().getYear() + "-" + String.format("%02d", p.asOf().getMonthValue())).toList();
        StringBuilder summary = new StringBuilder(selected.name()).append("零就业家庭户数，各月末：");
        for (int i = 0; i < trend.size(); i++) {
            summary.append(labels.get(i)).append(' ').append(trend.get(i).households()).append(" 户").append(i < trend.size() - 1 ? "，" : "。数据见下表。");
        }
        model.addAttribute("chartData", json.writeValueAsString(Map.of("kind", "bar", "title", "零就业家庭户数", "unit", "户",
                "labels", labels, "values", trend.stream().map(ZeroEmploymentHouseholds.Point::households).toList(),
                "horizontal", false)));
        model.addAttribute("chartSummary", summary.toString());
        model.addAttribute("today", today);
        return "casework/zero-employment";
    }

    @Operation(summary = "零就业家庭名单", description = "按登记系统的推导规则（有劳动能力的就业年龄段成员均未就业），截至今天；含成为零就业家庭的日期和此后为成员提供的服务")
    @GetMapping("/api/v1/casework/zero-employment-households")
    @ResponseBody
    List<ZeroEmploymentHouseholds.Row> list(@RequestParam(required = false) String region, Jurisdiction jurisdiction) {
        return households.findList(CaseworkForms.region(region, jurisdiction), LocalDate.now(), jurisdiction);
    }

    @Operation(summary = "零就业家庭户数（月度指标）", description = "最近 months 个月（默认12，最多120）各月末的户数，本月按今天计")
    @GetMapping("/api/v1/casework/zero-employment-households/trend")
    @ResponseBody
    List<ZeroEmploymentHouseholds.Point> trend(@RequestParam(required = false) String region,
                                               @RequestParam(defaultValue = "12") int months, Jurisdiction jurisdiction) {
        if (months < 1 || months > 120) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "months 须为 1 至 120 的月数：" + months);
        }
        return households.findTrend(CaseworkForms.region(region, jurisdiction), LocalDate.now(), months, jurisdiction);
    }
}
