package org.zhuye.training.startup;

import java.time.LocalDate;

import org.zhuye.employer.Industry;

/** A business's fields as {@link BusinessInput} checked them, before the checks that need the database. */
record BusinessData(long personId, BusinessKind kind, String name, String creditCode, Industry industry,
                    LocalDate startedOn, String regionCode, String address, int jobsCreated, int jobsForDisabled,
                    Long incubatorId, LocalDate incubatedFrom, LocalDate incubatedUntil) {
}
