package org.zhuye.jobs;

/** Why a posting closed. EXPIRED is set by the system on the day after its open-until date. */
public enum ClosedReason {
    FILLED("已招满"),
    WITHDRAWN("已撤回"),
    EXPIRED("已到期");

    private final String label;

    ClosedReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
