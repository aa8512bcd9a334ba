package org.zhuye.region;

/**
 * The part of the region tree a user may see and act on: one region and everything under it.
 *
 * <p>Every query over people's data takes one of these and filters with {@link #likePattern()}
 * on a {@code COLLATE "C"} code column, which a btree index serves. There is deliberately no
 * "unrestricted" instance: a province-wide user has the province as their jurisdiction.
 */
public record Jurisdiction(RegionCode root) {

    public Jurisdiction {
        if (root == null) {
            throw new IllegalArgumentException("管辖范围不能为空");
        }
    }

    public static Jurisdiction of(String code) {
        return new Jurisdiction(RegionCode.of(code));
    }

    /** The pattern for {@code region_code LIKE ?}; the prefix holds digits only, so nothing needs escaping. */
    public String likePattern() {
        return root.significantPrefix() + "%";
    }

    /**
     * The region a caller names ({@code region=1501}, full or as its prefix) for a list or a
     * figure: the jurisdiction's own when none is named.
     *
     * @throws RegionOutsideJurisdiction when the code is unreadable or outside this jurisdiction
     */
    public RegionCode regionFor(String named) {
        if (named == null || named.isBlank()) {
            return root;
        }
        return RegionCode.parse(named.strip()).filter(this::contains)
                .orElseThrow(() -> new RegionOutsideJurisdiction(named.strip()));
    }

    /** {@link #regionFor} as the pattern for {@code region_code LIKE ?}. */
    public String likePatternFor(String named) {
        return regionFor(named).significantPrefix() + "%";
    }

    public boolean contains(RegionCode code) {
        return code.isWithin(root);
    }

    public boolean contains(Jurisdiction other) {
        return contains(other.root);
    }

    public int level() {
        return root.level();
    }
}
