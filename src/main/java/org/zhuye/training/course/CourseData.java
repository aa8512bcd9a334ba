package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.training.CourseKind;

/** A course's fields once {@link CourseInput#validate} has accepted them. */
record CourseData(long providerId, CourseKind kind, String title, String occupationCode, String occupationLabel,
                  Delivery delivery, String regionCode, String address, LocalDate startsOn, LocalDate endsOn, int hours,
                  int capacity, BigDecimal subsidyStandard, String teachingPlan, List<Teacher> teachers,
                  String assessmentMethod) {

    CourseData {
        teachers = List.copyOf(teachers);
    }

    static CourseData of(Course c) {
        return new CourseData(c.providerId(), c.kind(), c.title(), c.occupationCode(), c.occupationLabel(), c.delivery(),
                c.regionCode(), c.address(), c.startsOn(), c.endsOn(), c.hours(), c.capacity(), c.subsidyStandard(),
                c.teachingPlan(), c.teachers(), c.assessmentMethod());
    }

    /** The fields as the audit trail keeps them, keyed as the form is. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("providerId", String.valueOf(providerId));
        state.put("kind", kind.name());
        state.put("title", title);
        state.put("occupationCode", occupationCode);
        state.put("delivery", delivery.name());
        state.put("regionCode", regionCode);
        state.put("address", address);
        state.put("startsOn", startsOn.toString());
        state.put("endsOn", endsOn.toString());
        state.put("hours", hours);
        state.put("capacity", capacity);
        state.put("subsidyStandard", subsidyStandard.toPlainString());
        state.put("teachingPlan", teachingPlan);
        state.put("teachers", teachers.stream().map(t -> t.name() + "（" + t.qualification() + "）").toList());
        state.put("assessmentMethod", assessmentMethod);
        return state;
    }
}
