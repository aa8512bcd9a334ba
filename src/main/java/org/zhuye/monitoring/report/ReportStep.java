package org.zhuye.monitoring.report;

import java.time.Instant;

/** One step of a report's history: who did what when, with the comment of a return or the reason of an unlock. */
public record ReportStep(String action, ReportState toState, String actor, String actorName, String actorRegion, Instant at,
                         String comment) {

    /** When, to the minute in the system's zone, as pages print it. */
    public String atShown() {
        return AnnualReports.MINUTES.format(at.atZone(AnnualReports.zone()));
    }

    /** The step as the history names it: 填写, 上报, 接收, 退回, 审核通过, 解锁. */
    public String label() {
        return "CREATE".equals(action) ? "开始填写" : ReportAction.valueOf(action).label();
    }
}
