package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.Instant;

import org.zhuye.monitoring.ReportingPeriod;

/**
 * A region's target for an indicator over a period (a year, or a plan of years such as 2022—2024), in the
 * indicator's shown unit: persons or person-times for counts, 元 for money, a percentage (0–100) for a ratio.
 *
 * @param source the document the figure comes from (内政办发〔2022〕68号), or null when set on a page
 * @param setBy  the account that set the current value ("system" for the plan's figures loaded on start)
 */
public record Target(long id, String indicator, String regionCode, ReportingPeriod period, BigDecimal value,
                     String source, String setBy, Instant setAt, int version) {

    /** The same indicator and period: the parent's and its children's targets of one split. */
    public boolean sameAs(String otherIndicator, ReportingPeriod otherPeriod) {
        return indicator.equals(otherIndicator) && period.equals(otherPeriod);
    }
}
