package org.zhuye.monitoring.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an annual report's steps, without a database: which state an action may start from and
 * leads to, and every reason to refuse it at once (field → Chinese message, as {@code MonitoringRuleException}
 * carries them). DHIS2's data approval: submit only when ready (every reporting child approved), then the
 * level above accepts or returns (with a comment), then approves from accepted only — no state is skipped;
 * an approved report is locked against every action but unlock (with a reason), and a report may not be
 * unlocked while the parent's own report is on its way up, since that report was built on it.
 *
 * @param state         the report's state now
 * @param pendingChildren names of the reporting child regions whose reports are not approved (empty: ready)
 * @param parentReport  the state of the parent region's report of the same year, or null when it has none
 * @param parentName    how the parent's report is named in a refusal (e.g. 赤峰市2025年度报告)
 */
public record ReportWorkflow(ReportState state, List<String> pendingChildren, ReportState parentReport, String parentName) {

    public ReportWorkflow {
        pendingChildren = List.copyOf(pendingChildren);
    }

    public boolean ready() {
        return pendingChildren.isEmpty();
    }

    /** The state after {@code action}; call only when {@link #refusals} is empty. */
    public ReportState after(ReportAction action) {
        return switch (action) {
            case SAVE -> state;
            case SUBMIT -> ReportState.SUBMITTED;
            case ACCEPT -> ReportState.ACCEPTED;
            case RETURN, UNLOCK -> ReportState.RETURNED;
            case APPROVE -> ReportState.APPROVED;
        };
    }

    /** Whether the state allows the action at all (the buttons a page offers), leaving aside readiness and comments. */
    public boolean allows(ReportAction action) {
        return switch (action) {
            case SAVE, SUBMIT -> state.editable();
            case ACCEPT -> state == ReportState.SUBMITTED;
            case RETURN -> state == ReportState.SUBMITTED || state == ReportState.ACCEPTED;
            case APPROVE -> state == ReportState.ACCEPTED;
            case UNLOCK -> state == ReportState.APPROVED;
        };
    }

    /** Every reason the action may not be done now; empty when it may. */
    public Map<String, String> refusals(ReportAction action, String comment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!allows(action)) {
            errors.put("state", notAllowed(action));
            return errors;
        }
        if ((action == ReportAction.SUBMIT || action == ReportAction.APPROVE) && !ready()) {
            errors.put("children", "下级尚有" + pendingChildren.size() + "个旗县的报告未审核通过："
                    + String.join("、", pendingChildren));
        }
        boolean blank = comment == null || comment.isBlank();
        if (action == ReportAction.RETURN && blank) {
            errors.put("comment", "退回须填写意见，说明需要修改什么");
        }
        if (action == ReportAction.UNLOCK && blank) {
            errors.put("comment", "解锁须填写理由");
        }
        if (comment != null && comment.strip().length() > 1000) {
            errors.put("comment", "意见或理由不超过1000字");
        }
        if (action == ReportAction.UNLOCK && parentReport != null && parentReport.reported()) {
            errors.put("parent", parentName + "已" + (parentReport == ReportState.APPROVED ? "审核通过" : parentReport.label().replace("已", ""))
                    + "，须先由其上级退回或解锁该报告，才能解锁本报告");
        }
        return errors;
    }

    private String notAllowed(ReportAction action) {
        return switch (state) {
            case APPROVED -> "报告已审核通过并锁定，上级解锁后才能" + action.label();
            case SUBMITTED -> "报告已上报，等待上级接收，不能" + action.label();
            case ACCEPTED -> "报告已被上级接收，等待审核，不能" + action.label();
            case DRAFT, RETURNED -> "报告尚未上报（" + state.label() + "），不能" + action.label();
        };
    }
}
