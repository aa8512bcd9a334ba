package org.zhuye.monitoring.casework;

import java.time.LocalDate;

import org.zhuye.monitoring.ReportingPeriod;

/**
 * The day a stock is read on: the period's last day, or today while the period is under way (a count "at"
 * a day still to come would only repeat today's).
 */
final class StockDay {

    private StockDay() {
    }

    static LocalDate of(ReportingPeriod period, LocalDate today) {
        return period.to().isAfter(today) ? today : period.to();
    }
}
