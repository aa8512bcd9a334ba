package org.zhuye.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the region tree, always inside a jurisdiction. Lookups by code, paths and children come from the
 * in-memory {@link RegionTree}; searches and counts over the table stay queries.
 */
@Repository
public class RegionRepository {

    private static final String COLUMNS = "code, name, level, parent_code, urban_rural_class, kind";

    private final JdbcClient jdbc;
    private final RegionTree tree;

    RegionRepository(JdbcClient jdbc, RegionTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    public Optional<Region> find(RegionCode code, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tree.now().get(code.value()));
    }

    /** The regions among {@code codes} inside the jurisdiction, by code (one query for a page's places). */
    public Map<String, Region> findAll(java.util.Collection<String> codes, Jurisdiction jurisdiction) {
        Map<String, Region> found = new TreeMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        RegionTree.Copy regions = tree.now();
        for (String code : codes) {
            Region region = code == null ? null : regions.get(code);
            if (region != null && jurisdiction.contains(RegionCode.of(region.code()))) {
                found.put(region.code(), region);
            }
        }
        return found;
    }

    /** The codes of every village (level 5) inside the jurisdiction, e.g. to check a whole file's residences at once. */
    public java.util.Set<String> villageCodes(Jurisdiction jurisdiction) {
        java.util.Set<String> villages = new java.util.HashSet<>();
        for (Region region : tree.now().byCode().values()) {
            if (region.level() == 5 && jurisdiction.contains(RegionCode.of(region.code()))) {
                villages.add(region.code());
            }
        }
        return villages;
    }

    /** Children with the number of their own children, in code order. */
    public List<RegionWithChildCount> children(RegionCode parent, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(parent)) {
            return List.of();
        }
        RegionTree.Copy regions = tree.now();
        return regions.childrenOf(parent.value()).stream()
                .map(child -> new RegionWithChildCount(child, regions.childrenOf(child.code()).size()))
                .toList();
    }

    /**
     * The path from the top of the tree down to {@code code}. Ancestors above the jurisdiction
     * are included: their names are public and give the user their bearings.
     */
    public List<Region> pathTo(RegionCode code) {
        RegionTree.Copy regions = tree.now();
        java.util.LinkedList<Region> path = new java.util.LinkedList<>();
        for (Region at = regions.get(code.value()); at != null && path.size() <= RegionLevel.values().length;
             at = at.parentCode() == null ? null : regions.get(at.parentCode())) {
            path.addFirst(at);
        }
        return List.copyOf(path);
    }

    /**
     * Regions whose name contains {@code text}, or whose code starts with it when it is all digits.
     * Higher levels first, so that "新城区" finds the district before a village of that name.
     */
    public List<Region> search(String text, Jurisdiction jurisdiction, int limit) {
        String needle = text.strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        boolean digits = needle.chars().allMatch(Character::isDigit);
        String condition = digits ? "code LIKE :needle || '%'" : "strpos(name, :needle) > 0";
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE code LIKE :scope AND " + condition
                        + " ORDER BY level, code LIMIT :limit")
                .param("scope", jurisdiction.likePattern())
                .param("needle", needle)
                .param("limit", limit)
                .query(Region.class)
                .list();
    }

    /** Number of regions at each level inside the jurisdiction, the root included. */
    public Map<Integer, Long> countByLevel(Jurisdiction jurisdiction) {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT level, count(*) FROM region WHERE code LIKE ? GROUP BY level")
                .param(jurisdiction.likePattern())
                .query((rs, i) -> counts.put(rs.getInt(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Number of development or administrative zones at county level inside the jurisdiction. */
    public long countZones(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM region WHERE code LIKE ? AND kind = 'ZONE'")
                .param(jurisdiction.likePattern())
                .query(Long.class)
                .single();
    }

    public boolean exists(RegionCode code) {
        return tree.now().get(code.value()) != null;
    }

    public boolean isEmpty() {
        return tree.now().byCode().isEmpty();
    }

    /** The provinces present; there is one per province file loaded. */
    public List<Region> provinces() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE level = 1 ORDER BY code")
                .query(Region.class)
                .list();
    }

    public record RegionWithChildCount(Region region, int childCount) {
    }
}
