package org.zhuye.region;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Browsing the tree from the user's own region down, and finding a region by name or code. */
@Controller
class RegionPageController {

    static final int SEARCH_LIMIT = 50;

    private final RegionRepository regions;

    RegionPageController(RegionRepository regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    String root(Jurisdiction jurisdiction, @RequestParam(defaultValue = "") String q,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (!q.isBlank()) {
            model.addAttribute("q", q.strip());
            model.addAttribute("results", regions.search(q, jurisdiction, SEARCH_LIMIT + 1));
            model.addAttribute("limit", SEARCH_LIMIT);
            if (htmx != null) {
                return "region/tree :: results";
            }
        }
        return show(jurisdiction.root().value(), jurisdiction, model);
    }

    @GetMapping("/regions/{code}")
    String show(@PathVariable String code, Jurisdiction jurisdiction, Model model) {
        RegionCode regionCode = RegionCode.parse(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Region region = regions.find(regionCode, jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Region> path = regions.pathTo(regionCode);
        model.addAttribute("region", region);
        model.addAttribute("crumbs", path.stream().map(step -> new Crumb(step.name(),
                !step.code().equals(region.code()) && jurisdiction.contains(RegionCode.of(step.code()))
                        ? step.significantPrefix() : null,
                step.code().equals(region.code()))).toList());
        model.addAttribute("children", regions.children(regionCode, jurisdiction));
        model.addAttribute("counts", regions.countByLevel(new Jurisdiction(regionCode)));
        model.addAttribute("levels", RegionLevel.values());
        return "region/tree";
    }

    /** One step of the breadcrumb; steps above the user's jurisdiction are shown but not linked. */
    record Crumb(String name, String linkPrefix, boolean current) {
    }
}
