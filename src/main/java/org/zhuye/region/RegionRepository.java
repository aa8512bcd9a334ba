package org.zhuye.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the region tree, always inside a jurisdiction. */
@Repository
public class RegionRepository {

    private static final String COLUMNS = "code, name, level, parent_code, urban_rural_class, kind";

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(RegionCode code, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE code = ?")
                .param(code.value())
                .query(Region.class)
                .optional();
    }

    /** The regions among {@code codes} inside the jurisdiction, by code (one query for a page's places). */
    public Map<String, Region> findAll(java.util.Collection<String> codes, Jurisdiction jurisdiction) {
        Map<String, Region> found = new TreeMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE code = ANY(?) AND code LIKE ?")
                .params(codes.toArray(String[]::new), jurisdiction.likePattern())
                .query(Region.class).list()
                .forEach(region -> found.put(region.code(), region));
        return found;
    }

    /** The codes of every village (level 5) inside the jurisdiction, e.g. to check a whole file's residences at once. */
    public java.util.Set<String> villageCodes(Jurisdiction jurisdiction) {
        return new java.util.HashSet<>(jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE ?")
                .param(jurisdiction.likePattern())
                .query(String.class).list());
    }

    /** Children with the number of their own children, in code order. */
    public List<RegionWithChildCount> children(RegionCode parent, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(parent)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.code, r.name, r.level, r.parent_code, r.urban_rural_class, r.kind,
                       (SELECT count(*) FROM region c WHERE c.parent_code = r.code) AS child_count
                FROM region r
                WHERE r.parent_code = ?
                ORDER BY r.code
                """)
                .param(parent.value())
                .query((rs, i) -> new RegionWithChildCount(
                        new Region(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)),
                        rs.getInt(7)))
                .list();
    }

    /**
     * The path from the top of the tree down to {@code code}. Ancestors above the jurisdiction
     * are included: their names are public and give the user their bearings.
     */
    public List<Region> pathTo(RegionCode code) {
        return jdbc.sql("""
                WITH RECURSIVE path AS (
                    SELECT code, name, level, parent_code, urban_rural_class, kind FROM region WHERE code = ?
                    UNION ALL
                    SELECT r.code, r.name, r.level, r.parent_code, r.urban_rural_class, r.kind
                    FROM region r JOIN path p ON r.code = p.parent_code
                )
                SELECT * FROM path ORDER BY level
                """)
                .param(code.value())
                .query(Region.class)
                .list();
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
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)")
                .param(code.value())
                .query(Boolean.class)
                .single();
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM region)").query(Boolean.class).single();
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
