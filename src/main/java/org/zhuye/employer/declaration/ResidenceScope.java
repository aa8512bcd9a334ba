package org.zhuye.employer.declaration;

/**
 * How near the unit a disabled employee must live to count. 政府令第180号 asks for an Inner
 * Mongolia resident (自治区常住人口), so the seeded value is PROVINCE; a league that wants its
 * own residents only can have a LEAGUE row.
 */
public enum ResidenceScope {
    PROVINCE("本自治区（省）", 2),
    LEAGUE("本盟市", 4);

    private final String label;
    private final int prefixLength;

    ResidenceScope(String label, int prefixLength) {
        this.label = label;
        this.prefixLength = prefixLength;
    }

    public String label() {
        return label;
    }

    public boolean sameArea(String employerRegion, String personRegion) {
        return employerRegion.regionMatches(0, personRegion, 0, prefixLength);
    }
}
