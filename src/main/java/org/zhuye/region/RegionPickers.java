package org.zhuye.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds what the one region picker ({@code region/picker.html}) shows: a select per level from the
 * user's jurisdiction down to the chosen region's children, and the places a name search finds.
 * Pages call it from the fragment ({@code @regionPickers}), the picker endpoint for htmx; both read
 * only inside the jurisdiction.
 */
@Component("regionPickers")
public class RegionPickers {

    static final int SEARCH_LIMIT = 30;

    private final RegionRepository regions;
    private final RegionNames names;

    RegionPickers(RegionRepository regions, RegionNames names) {
        this.regions = regions;
        this.names = names;
    }

    /**
     * @param value   the field's current value (a full code or a prefix); one outside the jurisdiction shows as none
     * @param shallowest the highest level the field takes: 1 for a filter, which may stop anywhere (（全部）),
     *                   5 for a person's village, 3 for an employer's 旗县 or below
     * @param deepest    the deepest level the field takes (5 for a village, 3 for a county)
     */
    public Picker view(Jurisdiction jurisdiction, String field, String value, int shallowest, int deepest) {
        RegionCode root = jurisdiction.root();
        RegionCode chosen = RegionCode.parse(value).filter(jurisdiction::contains).orElse(null);
        List<Region> path = chosen == null ? List.of()
                : regions.pathTo(chosen).stream().filter(r -> r.level() > root.level()).toList();
        List<Level> levels = new ArrayList<>();
        RegionCode parent = root;
        for (int level = root.level() + 1; level <= deepest && parent != null; level++) {
            List<Region> options = regions.children(parent, jurisdiction).stream()
                    .map(RegionRepository.RegionWithChildCount::region).toList();
            if (options.isEmpty()) {
                break;
            }
            int index = level - root.level() - 1;
            Region selected = index < path.size() ? path.get(index) : null;
            String id = levels.isEmpty() ? field : field + "-" + level;
            String blank = shallowest == 1 ? "（全部）" : level - 1 >= shallowest ? "（不再细分）" : "（请选择）";
            levels.add(new Level(id, RegionLevel.of(level).label(), blank, options, selected == null ? null : selected.code()));
            parent = selected == null ? null : RegionCode.of(selected.code());
        }
        Region rootRegion = regions.find(root, jurisdiction).orElse(null);
        String query = currentParameter(RegionPickerParameters.QUERY + field);
        return new Picker(field, shallowest, deepest, root.level() >= shallowest, rootRegion == null ? root.value() : rootRegion.name(), root.value(),
                levels, found(query, shallowest, deepest, jurisdiction), query == null ? "" : query.strip());
    }

    /** The places of the field's levels whose name contains {@code query}, each named with its parents below the jurisdiction. */
    List<Found> found(String query, int shallowest, int deepest, Jurisdiction jurisdiction) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Region> hits = regions.search(query, jurisdiction, SEARCH_LIMIT * 2).stream()
                .filter(r -> r.level() >= shallowest && r.level() <= deepest && r.level() > jurisdiction.level()).limit(SEARCH_LIMIT).toList();
        Map<String, String> labels = names.of(jurisdiction, hits.stream().map(Region::code).toList());
        return hits.stream().map(r -> new Found(r.code(), labels.getOrDefault(r.code(), r.name()))).toList();
    }

    private static String currentParameter(String name) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getParameter(name);
        }
        return null;
    }

    /** One picker as shown: the jurisdiction's name, a select per level, and what a name search found. */
    public record Picker(String field, int shallowest, int deepest, boolean rootChoosable, String rootName, String rootCode,
                         List<Level> levels, List<Found> found, String query) {

        /** A user whose jurisdiction is itself the deepest level has nothing to choose. */
        public boolean fixed() {
            return levels.isEmpty();
        }

        /** What htmx sends besides the form's values, so the endpoint draws the same picker. */
        public String hxVals(boolean invalid) {
            return "{\"field\":\"" + field + "\",\"shallowest\":" + shallowest + ",\"deepest\":" + deepest
                    + ",\"invalid\":" + invalid + "}";
        }
    }

    /** One level's select: its id (the first is the field's own, so the legend's label finds it), options and choice. */
    public record Level(String id, String label, String blank, List<Region> options, String selected) {
    }

    /** A search hit: its code and its name followed by its parents' names (某某嘎查 · 某某苏木 · 某某旗). */
    public record Found(String code, String label) {
    }
}
