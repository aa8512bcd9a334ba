package org.zhuye.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingRateTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DUE = LocalDate.of(2025, 11, 30);

    @Test
    void reportedCountsSubmittedOrBeyondAndOnTimeCountsFirstSubmissionsByTheEndOfTheDeadlineDay() {
        Instant lastMinute = Instant.parse("2025-11-30T15:59:00Z"); // 23:59 in Beijing
        Instant nextMorning = Instant.parse("2025-12-01T01:00:00Z");
        ReportingRate rate = ReportingRate.of("旗县", List.of(
                new ReportingRate.Expected("甲旗", ReportState.APPROVED, lastMinute, DUE),
                new ReportingRate.Expected("乙县", ReportState.ACCEPTED, nextMorning, DUE),
                new ReportingRate.Expected("丙旗", ReportState.RETURNED, lastMinute, DUE),
                new ReportingRate.Expected("丁县", ReportState.DRAFT, null, DUE),
                new ReportingRate.Expected("戊旗", null, null, DUE)), ZONE);
        assertThat(rate.expected()).isEqualTo(5);
        assertThat(rate.reported()).isEqualTo(2);
        assertThat(rate.onTime()).isEqualTo(2);
        assertThat(rate.notReported()).containsExactly("丙旗", "丁县", "戊旗");
        assertThat(rate.reportingShown()).isEqualTo("40.0%");
        assertThat(ReportingRate.of("盟市", List.of(), ZONE).reportingShown()).isEqualTo("—");
    }
}
