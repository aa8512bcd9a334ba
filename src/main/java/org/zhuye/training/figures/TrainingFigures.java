package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhuye.training.CourseKind;

/**
 * Person-times (人次) and persons (人数) of a region and period, for each child region and each course
 * kind. See {@link PersonTimeTally} for the rules.
 *
 * @param kind       the course kind counted, or null for all
 * @param unassigned those registered at the region itself rather than in one of its children, or null
 */
public record TrainingFigures(String region, LocalDate from, LocalDate to, CourseKind kind, Counts total,
                              List<Row> children, Counts unassigned, Map<CourseKind, Counts> byKind) {

    /** The region and its children, for the page's one query of place names. */
    public List<String> places() {
        List<String> codes = new ArrayList<>(children.stream().map(Row::region).toList());
        codes.add(region);
        return codes;
    }

    public record Row(String region, Counts counts) {
    }

    /** @param personTimes completed enrolments; @param persons distinct persons among them */
    public record Counts(long personTimes, long persons) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
