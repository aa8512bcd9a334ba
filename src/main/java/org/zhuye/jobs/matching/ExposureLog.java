package org.zhuye.jobs.matching;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditTrail;

/**
 * {@code job_exposure}: every posting shown to a person and every person shown as a candidate, the
 * base of the rate from recommendation to hire. One multi-row INSERT per page or API answer.
 */
@Component
class ExposureLog {

    enum ShownTo { PERSON, EMPLOYER, STAFF }

    private final JdbcClient jdbc;

    ExposureLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(List<Match> shown, ShownTo to) {
        if (shown.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO job_exposure (posting_id, person_id, shown_to, score, shown_by)
                SELECT posting, person, ?, score, ? FROM unnest(?::bigint[], ?::bigint[], ?::smallint[]) AS s(posting, person, score)""")
                .params(to.name(), AuditTrail.currentActor(),
                        shown.stream().map(Match::postingId).toArray(Long[]::new),
                        shown.stream().map(Match::personId).toArray(Long[]::new),
                        shown.stream().map(m -> (short) m.score()).toArray(Short[]::new))
                .update();
    }
}
