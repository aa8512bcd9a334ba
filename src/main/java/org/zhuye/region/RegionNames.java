package org.zhuye.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What lists and pages show for a place instead of its code: its name followed by its parents' names
 * down from the county (白音波罗村委会 · 老府镇 · 松山区), read for a whole page in one query. Only
 * places inside the viewer's jurisdiction are named; a code outside stays a code. Pages call it as
 * {@code @regionNames.of(viewerJurisdiction, codes)}; the region picker's search names its hits with it.
 */
@Component("regionNames")
public class RegionNames {

    /** Parents above a county (league, province) are left out: every list is read inside one already. */
    private static final int TOP_LEVEL_NAMED = 3;

    private final RegionTree tree;

    RegionNames(RegionTree tree) {
        this.tree = tree;
    }

    /**
     * Label by code, for each code inside the jurisdiction; ancestors above the jurisdiction are left out. A
     * label depends only on the place and the viewer's level, so each is made once per copy of the tree: a
     * list of fifty persons no longer walks fifty ancestries on every view.
     */
    public Map<String, String> of(Jurisdiction jurisdiction, Collection<String> codes) {
        RegionTree.Copy copy = tree.now();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            if (code == null || labels.containsKey(code)) {
                continue;
            }
            RegionCode.parse(code).filter(jurisdiction::contains).ifPresent(place -> {
                String label = copy.label(place.value(), jurisdiction.level(), () -> label(copy, place, jurisdiction.level()));
                if (label != null) {
                    labels.put(place.value(), label);
                }
            });
        }
        return labels;
    }

    /** The place's name, then its parents' names from the county down to the viewer's level (not included). */
    private static String label(RegionTree.Copy copy, RegionCode place, int viewerLevel) {
        Region region = copy.get(place.value());
        if (region == null) {
            return null;
        }
        String parents = withAncestors(place).stream().skip(1).sorted(Comparator.reverseOrder())
                .map(copy::get).filter(Objects::nonNull)
                .filter(a -> a.level() >= TOP_LEVEL_NAMED && a.level() > viewerLevel)
                .map(a -> " · " + a.name()).collect(Collectors.joining());
        return region.name() + parents;
    }

    /** {@link #of(Jurisdiction, Collection)} for a page that shows one place. */
    public Map<String, String> of(Jurisdiction jurisdiction, String code) {
        return of(jurisdiction, java.util.Collections.singletonList(code));
    }

    /** The code itself first, then each parent up to the province. */
    private static List<String> withAncestors(RegionCode code) {
        List<String> codes = new ArrayList<>();
        for (var at = java.util.Optional.of(code); at.isPresent(); at = at.get().parent()) {
            codes.add(at.get().value());
        }
        return codes;
    }
}
