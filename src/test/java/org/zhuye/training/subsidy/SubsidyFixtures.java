package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.training.CompletionsChanged;

/**
 * Providers, courses, sessions, enrolments, attendance, results and certificates as plain INSERTs: the
 * course services are another part of the training module.
 */
@Component
public class SubsidyFixtures {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SubsidyFixtures(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An outside school with a made-up but well-formed credit code (unique per call). */
    public long provider(String name, String region) {
        String code = String.format("91%06d%010d", (int) (Math.random() * 999999), System.nanoTime() % 10_000_000_000L);
        return jdbc.sql("""
                        INSERT INTO training_provider (name, credit_code, region_code, created_by, updated_by)
                        VALUES (?, ?, ?, 'test', 'test') RETURNING id""")
                .params(name, code, region).query(Long.class).single();
    }

    /** An approved (or, with every result in, finished) course of {@code sessions} sessions of 10 hours each. */
    public Course course(long provider, String title, String kind, String region, LocalDate endsOn, BigDecimal standard,
                         int sessions) {
        long id = jdbc.sql("""
                        INSERT INTO course (provider_id, kind, title, delivery, region_code, starts_on, ends_on, hours, capacity,
                            subsidy_standard, status, approved_by, approved_on, created_by, updated_by)
                        VALUES (?, ?, ?, 'ON_SITE', ?, ?, ?, ?, 30, ?, 'APPROVED', 'test', ?, 'test', 'test') RETURNING id""")
                .params(provider, kind, title, region, Date.valueOf(endsOn.minusDays(sessions)), Date.valueOf(endsOn),
                        sessions * 10, standard, Date.valueOf(endsOn.minusDays(sessions + 5)))
                .query(Long.class).single();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ids.add(jdbc.sql("""
                            INSERT INTO course_session (course_id, held_on, hours, topic, created_by)
                            VALUES (?, ?, 10, ?, 'test') RETURNING id""")
                    .params(id, Date.valueOf(endsOn.minusDays(sessions - i)), "第" + (i + 1) + "课")
                    .query(Long.class).single());
        }
        return new Course(id, List.copyOf(ids));
    }

    public record Course(long id, List<Long> sessions) {
    }

    /** An enrolment with attendance at the first {@code attended} sessions and a result (null: still on the course). */
    public long enrol(Course course, long person, int attended, String result, LocalDate resultOn) {
        long id = jdbc.sql("""
                        INSERT INTO course_enrolment (course_id, person_id, enrolled_on, result, result_on, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, 'test', 'test') RETURNING id""")
                .params(course.id(), person, Date.valueOf(LocalDate.of(2020, 1, 1)), result,
                        resultOn == null ? null : Date.valueOf(resultOn))
                .query(Long.class).single();
        for (int i = 0; i < attended; i++) {
            attend(course.sessions().get(i), id);
        }
        events.publishEvent(CompletionsChanged.of(person));  // written with plain SQL, so the index is told
        return id;
    }

    public void attend(long session, long enrolment) {
        jdbc.sql("INSERT INTO course_attendance (session_id, enrolment_id, method, recorded_by) VALUES (?, ?, 'PROVIDER', 'test')")
                .params(session, enrolment).update();
    }

    public void certificate(long enrolment, long person, String kind, Integer level, LocalDate issuedOn) {
        jdbc.sql("""
                        INSERT INTO training_certificate (enrolment_id, person_id, kind, level, number, issuer, issued_on, created_by)
                        VALUES (?, ?, ?, ?, ?, '锡林郭勒盟职业技能鉴定中心', ?, 'test')""")
                .params(enrolment, person, kind, level, "T" + enrolment + kind.charAt(0) + System.nanoTime() % 100000,
                        Date.valueOf(issuedOn))
                .update();
    }
}
