package org.zhuye.monitoring.report;

/** Where an annual report stands, as DHIS2's data approval names the levels' steps. */
public enum ReportState {
    /** Being written by the region itself (also the state before the first save, with no row yet). */
    DRAFT("草稿", true),
    SUBMITTED("已上报", false),
    /** Received by the level above, which has still to approve or return it. */
    ACCEPTED("已接收", false),
    /** Sent back by the level above with a comment, or unlocked by it: editable by the region again. */
    RETURNED("已退回", true),
    /** Locked: its figures frozen until the level above unlocks it. */
    APPROVED("审核通过", false);

    private final String label;
    private final boolean editable;

    ReportState(String label, boolean editable) {
        this.label = label;
        this.editable = editable;
    }

    public String label() {
        return label;
    }

    /** Whether the region may change the narrative and submit. */
    public boolean editable() {
        return editable;
    }

    /** Counted as reported in the reporting rate: submitted, or further along. */
    public boolean reported() {
        return this == SUBMITTED || this == ACCEPTED || this == APPROVED;
    }
}
