package org.zhuye.parameter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The one wording of "a rule lacks a parameter", for every module's rules, pages and API: which
 * parameter, for which year or day and region (by name), and who can add it where — never a table or
 * field name, so that the person who reads it knows whom to ask.
 */
@Component
public class MissingParameters {

    private final RegionRepository regions;

    MissingParameters(RegionRepository regions) {
        this.regions = regions;
    }

    /** As {@link #message(ParameterDescription, String, String, String)}, naming the kind itself. */
    public String message(ParameterDescription kind, String when, String regionCode) {
        return message(kind, kind.label(), when, regionCode);
    }

    /**
     * E.g. 缺少 2026 征收年度 呼和浩特市新城区 的“当地社会平均工资（元）”（请自治区管理员或所在盟市的管理员在“参数管理”中添加）.
     *
     * @param kind       the kind that keeps the parameter: who beside the province may add it
     * @param label      the parameter (or parameters, joined) as the kind's page names it
     * @param when       the year or day, e.g. "2026 征收年度" or "2025-12-31 适用的"
     * @param regionCode the region the rule was applied to, a full code or a significant prefix
     */
    public String message(ParameterDescription kind, String label, String when, String regionCode) {
        String who = kind.narrowestLevel() <= 1 ? "自治区管理员" : "自治区管理员或所在盟市的管理员";
        return "缺少 " + when + " " + regionName(regionCode) + " 的“" + label + "”（请" + who + "在“参数管理”中添加）";
    }

    /** 呼和浩特市新城区 for a county or anything in it, 内蒙古自治区 for the province; the code if the tree lacks it. */
    String regionName(String regionCode) {
        Optional<RegionCode> code = RegionCode.parse(regionCode);
        if (code.isEmpty()) {
            return "区划 " + regionCode;
        }
        List<Region> path = regions.pathTo(code.get());
        if (path.isEmpty()) {
            return "区划 " + regionCode;
        }
        // A rule row is kept for a 盟市 or 旗县 at the narrowest, so a village is named by its county.
        List<Region> below = path.size() > 1 ? path.subList(1, Math.min(path.size(), 3)) : path;
        return below.stream().map(Region::name).collect(Collectors.joining());
    }
}
