package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.Instant;

import org.zhuye.monitoring.ReportingPeriod;

/** A target: the value a region should reach on an indicator over a period, and who set it. */
public record Target(long id, String indicator, String regionCode, ReportingPeriod period, BigDecimal value,
                     String source, String setBy, Instant setAt, int version) {
}
