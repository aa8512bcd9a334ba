package org.zhuye.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The reporting rate and on-time rate of one level (盟市 or 旗县) for a year: of the regions expected to report,
 * those whose report is submitted or further along, and those first submitted by the end of their deadline
 * day; with the names of those that have not reported.
 */
public record ReportingRate(String level, int expected, int reported, int onTime, List<String> notReported) {

    /** One expected report: the region's name, its report's state (null: not started), when first submitted, its deadline. */
    public record Expected(String regionName, ReportState state, Instant firstSubmittedAt, LocalDate deadline) {

        boolean reported() {
            return state != null && state.reported();
        }

        boolean onTime(ZoneId zone) {
            return firstSubmittedAt != null && !firstSubmittedAt.atZone(zone).toLocalDate().isAfter(deadline);
        }
    }

    public static ReportingRate of(String level, List<Expected> expected, ZoneId zone) {
        int reported = (int) expected.stream().filter(Expected::reported).count();
        int onTime = (int) expected.stream().filter(e -> e.onTime(zone)).count();
        return new ReportingRate(level, expected.size(), reported, onTime,
                expected.stream().filter(e -> !e.reported()).map(Expected::regionName).toList());
    }

    /** 报送率 as printed, e.g. 75.0%; — when no report is expected. */
    public String reportingShown() {
        return percent(reported);
    }

    public String onTimeShown() {
        return percent(onTime);
    }

    private String percent(int n) {
        return expected == 0 ? "—" : String.format("%.1f%%", 100.0 * n / expected);
    }
}
