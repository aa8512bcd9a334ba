package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EnrolmentResult;

/**
 * The one rule of training figures, pure. A person-time (人次) is a completed enrolment — result 合格 or
 * 不合格 ({@link EnrolmentResult#completed()}) — whose result date lies in the period; a withdrawal is
 * not one. Persons (人数) are the distinct persons among them, however many courses each finished.
 * Everything is counted by the trainee's registry region (the plan counts its own people, wherever
 * the course was held), so a person belongs to exactly one child region and the children's figures
 * add up to the parent's; persons registered at the region itself, not below it, are shown apart.
 */
public final class PersonTimeTally {

    /** An enrolment as the figures need it. */
    public record Enrolment(long personId, String personRegion, CourseKind kind, EnrolmentResult result, LocalDate resultOn) {

        boolean countsIn(LocalDate from, LocalDate to) {
            return result != null && result.completed() && resultOn != null
                    && !resultOn.isBefore(from) && !resultOn.isAfter(to);
        }
    }

    private PersonTimeTally() {
    }

    public static TrainingFigures tally(RegionCode region, LocalDate from, LocalDate to, CourseKind kind,
                                        Collection<Enrolment> enrolments) {
        int childLength = region.childPrefixLength();
        int parentLength = region.significantPrefix().length();
        Counter total = new Counter();
        Counter unassigned = new Counter();
        Map<String, Counter> children = new TreeMap<>();
        Map<CourseKind, Counter> kinds = new EnumMap<>(CourseKind.class);
        for (Enrolment e : enrolments) {
            if (!e.countsIn(from, to) || (kind != null && e.kind() != kind)
                    || !RegionCode.of(e.personRegion()).isWithin(region)) {
                continue;
            }
            total.add(e.personId());
            kinds.computeIfAbsent(e.kind(), k -> new Counter()).add(e.personId());
            if (childLength > 0) {
                String child = e.personRegion().substring(0, childLength);
                // registered at the region itself: no child segment of their code
                if (child.substring(parentLength).chars().allMatch(c -> c == '0')) {
                    unassigned.add(e.personId());
                } else {
                    children.computeIfAbsent(RegionCode.of(child).value(), k -> new Counter()).add(e.personId());
                }
            }
        }
        Map<CourseKind, TrainingFigures.Counts> byKind = new EnumMap<>(CourseKind.class);
        for (CourseKind k : CourseKind.values()) {
            byKind.put(k, kinds.getOrDefault(k, new Counter()).counts());
        }
        List<TrainingFigures.Row> rows = children.entrySet().stream()
                .map(c -> new TrainingFigures.Row(c.getKey(), c.getValue().counts())).toList();
        return new TrainingFigures(region.value(), from, to, kind, total.counts(), rows,
                unassigned.times == 0 ? null : unassigned.counts(), byKind);
    }

    /** The person-times and persons of one person's own enrolments in the period (the person's page). */
    public static TrainingFigures.Counts ofPerson(Collection<Enrolment> enrolments, LocalDate from, LocalDate to) {
        Counter counter = new Counter();
        enrolments.stream().filter(e -> e.countsIn(from, to)).forEach(e -> counter.add(e.personId()));
        return counter.counts();
    }

    private static final class Counter {
        long times;
        final Set<Long> persons = new HashSet<>();

        void add(long personId) {
            times++;
            persons.add(personId);
        }

        TrainingFigures.Counts counts() {
            return new TrainingFigures.Counts(times, persons.size());
        }
    }
}
