package org.zhuye.casework.publicpost;

/** What staff confirmed became of a placement whose subsidy term ended. */
public enum PlacementOutcome {
    /** A new term: saved as the next placement through the ordinary placing rules. */
    RENEWED("续聘"),
    /** Still in work elsewhere: the registry's status stays as it is. */
    OTHER_WORK("转为其他就业"),
    /** Left work on a given day: recorded in the registry as the dated move out of work. */
    LEFT("离岗");

    private final String label;

    PlacementOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
