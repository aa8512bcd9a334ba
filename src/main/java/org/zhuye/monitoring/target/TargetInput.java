package org.zhuye.monitoring.target;

import java.time.LocalDate;

/**
 * A target as a form or the API sends it: the value as typed (so that "abc" gets a message, not a 400), and
 * the version read, null for a target not set before.
 */
public record TargetInput(String indicator, String regionCode, LocalDate from, LocalDate to, String value,
                          Integer version, String source) {
}
