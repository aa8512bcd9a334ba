package org.zhuye.employer.declaration;

/** The lowest level whose staff may review a year's declarations (a per-year parameter). */
public enum ReviewLevel {
    COUNTY("旗县级及以上残联", 3),
    LEAGUE("盟市级及以上残联", 2);

    private final String label;
    /** The deepest region level (1 自治区, 2 盟市, 3 旗县) a reviewer's jurisdiction may have. */
    private final int deepestLevel;

    ReviewLevel(String label, int deepestLevel) {
        this.label = label;
        this.deepestLevel = deepestLevel;
    }

    public String label() {
        return label;
    }

    public boolean allows(int jurisdictionLevel) {
        return jurisdictionLevel <= deepestLevel;
    }
}
