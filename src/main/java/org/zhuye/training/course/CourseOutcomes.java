package org.zhuye.training.course;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.institution.TrainingOutcomes;

/**
 * The institution rating's training figures: per institution that is a provider, the enrolments on its courses
 * that ended (a result recorded) in the period, and how many completed (合格 or 不合格). Counts only, no people.
 */
@Component
class CourseOutcomes implements TrainingOutcomes {

    private final JdbcClient jdbc;

    CourseOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Completions> ofInstitutions(Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        Map<Long, Completions> all = new HashMap<>();
        if (institutionIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        SELECT p.institution_id, count(*) AS ended,
                               count(*) FILTER (WHERE e.result IN ('PASSED', 'FAILED')) AS completed
                        FROM course_enrolment e JOIN course c ON c.id = e.course_id JOIN training_provider p ON p.id = c.provider_id
                        WHERE p.institution_id = ANY (?) AND e.result_on BETWEEN ? AND ?
                        GROUP BY p.institution_id""")
                .params(institutionIds.toArray(Long[]::new), from, to)
                .query((rs, i) -> all.put(rs.getLong(1), new Completions(rs.getInt(2), rs.getInt(3))))
                .list();
        return all;
    }
}
