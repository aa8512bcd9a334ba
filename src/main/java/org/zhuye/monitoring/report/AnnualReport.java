package org.zhuye.monitoring.report;

import java.time.Instant;

/**
 * One region's annual report (工作落实情况) of a year.
 *
 * @param frozenFigures the figures as they were at approval (JSON, see {@link FrozenFigures}); null unless approved
 * @param firstSubmittedAt when it was first submitted, for the on-time rate (a resubmission does not move it)
 */
public record AnnualReport(long id, String regionCode, int year, ReportState state, String measures, String problems,
                           String plans, String frozenFigures, Instant firstSubmittedAt, int version) {

    /** When first submitted, to the minute, or null. */
    public String firstSubmittedShown() {
        return firstSubmittedAt == null ? null : AnnualReports.MINUTES.format(firstSubmittedAt.atZone(AnnualReports.zone()));
    }

    public boolean locked() {
        return state == ReportState.APPROVED;
    }
}
