package org.zhuye.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

import org.zhuye.training.figures.TrainingCounts;
import org.zhuye.training.figures.TrainingFigures;

/**
 * Training person-times (人次) and persons (人数) for other modules' figures, counted exactly as the training
 * figures page counts them ({@link TrainingCounts}): a completed enrolment (合格 or 不合格) dated by its result,
 * by the trainee's registered region. The list behind a count is the same enrolments.
 */
@Service
@JurisdictionScoped
public class TrainingCompletions {

    /** @param personTimes completed enrolments; @param persons the distinct persons among them */
    public record Counts(long personTimes, long persons) {
    }

    /**
     * A region's counts and each direct child's (children without any left out; persons registered at the region
     * itself are in the total only).
     */
    public record Tally(Counts total, Map<String, Counts> children) {
    }

    /** One person-time: the enrolment, the trainee as registry lists mask them, and the course. */
    public record Completion(long enrolmentId, long personId, String personName, String certificateMasked, String regionCode,
                             long courseId, String courseTitle, CourseKind kind, EnrolmentResult result, LocalDate resultOn) {
    }

    private final TrainingCounts counts;

    TrainingCompletions(TrainingCounts counts) {
        this.counts = counts;
    }

    /** @param kind one course kind, or null for all */
    public Tally count(RegionCode region, LocalDate from, LocalDate to, CourseKind kind, Jurisdiction jurisdiction) {
        return tallyOf(counts.figures(new TrainingCounts.Query(region, from, to, kind, null), jurisdiction));
    }

    private static Tally tallyOf(TrainingFigures figures) {
        Map<String, Counts> children = new LinkedHashMap<>();
        figures.children().forEach(row -> children.put(row.region(), of(row.counts())));
        return new Tally(of(figures.total()), children);
    }

    /** {@link #count} of all kinds and of each kind at once, from one read of the completions. */
    public EachKind<Tally> countEachKind(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return counts.figuresOfEachKind(new TrainingCounts.Query(region, from, to, null, null), jurisdiction)
                .map(TrainingCompletions::tallyOf);
    }

    /** The completed enrolments {@link #count} counts, by result date then enrolment. */
    public List<Completion> list(RegionCode region, LocalDate from, LocalDate to, CourseKind kind, Jurisdiction jurisdiction) {
        return counts.completions(new TrainingCounts.Query(region, from, to, kind, null), jurisdiction).stream()
                .map(c -> new Completion(c.enrolmentId(), c.personId(), c.personName(), c.certificateMasked(), c.regionCode(),
                        c.courseId(), c.courseTitle(), c.kind(), c.result(), c.resultOn()))
                .toList();
    }

    private static Counts of(TrainingFigures.Counts c) {
        return new Counts(c.personTimes(), c.persons());
    }
}
