package org.zhuye.monitoring.report;

import org.zhuye.audit.AuditAction;

/** What someone may do to an annual report: the region itself writes and submits, the level above decides. */
public enum ReportAction {
    SAVE("保存", false, AuditAction.ANNUAL_REPORT_SAVED),
    SUBMIT("上报", false, AuditAction.ANNUAL_REPORT_SUBMITTED),
    ACCEPT("接收", true, AuditAction.ANNUAL_REPORT_ACCEPTED),
    RETURN("退回", true, AuditAction.ANNUAL_REPORT_RETURNED),
    APPROVE("审核通过", true, AuditAction.ANNUAL_REPORT_APPROVED),
    UNLOCK("解锁", true, AuditAction.ANNUAL_REPORT_UNLOCKED);

    private final String label;
    private final boolean byLevelAbove;
    private final AuditAction audit;

    ReportAction(String label, boolean byLevelAbove, AuditAction audit) {
        this.label = label;
        this.byLevelAbove = byLevelAbove;
        this.audit = audit;
    }

    public String label() {
        return label;
    }

    /** Done by the staff of the parent region; otherwise by the report's own region. */
    public boolean byLevelAbove() {
        return byLevelAbove;
    }

    AuditAction audit() {
        return audit;
    }

    /** The path segment of the page's and the API's step: {@code submit}, {@code return}… */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<ReportAction> ofPath(String path) {
        return java.util.Arrays.stream(values()).filter(a -> a.path().equals(path)).findFirst();
    }
}
