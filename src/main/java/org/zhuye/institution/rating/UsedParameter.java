package org.zhuye.institution.rating;

import java.time.LocalDate;

/** A parameter row as a rating used it, kept in the rating's snapshot with its evidence and source. */
public record UsedParameter(String label, String regionPrefix, String series, LocalDate from, String value, String evidence,
                            String source) {
}
