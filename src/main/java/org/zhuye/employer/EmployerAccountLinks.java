package org.zhuye.employer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/** SQL over {@code employer_account}: which EMPLOYER accounts act for which unit. */
@Repository
@JurisdictionScoped
public class EmployerAccountLinks {

    private final JdbcClient jdbc;

    EmployerAccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The links of a unit inside the jurisdiction, oldest first. */
    public List<Link> findForEmployer(long employerId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT a.user_id, a.employer_id, a.linked_at, a.linked_by
                FROM employer_account a JOIN employer e ON e.id = a.employer_id
                WHERE a.employer_id = ? AND e.region_code LIKE ?
                ORDER BY a.linked_at, a.user_id
                """)
                .params(employerId, jurisdiction.likePattern())
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    @OutsideJurisdiction("an account may act for one unit only, wherever that unit is; linking must see every link")
    public Optional<Long> findEmployerIdOf(long userId) {
        return jdbc.sql("SELECT employer_id FROM employer_account WHERE user_id = ?")
                .param(userId).query(Long.class).optional();
    }

    void insert(long userId, long employerId, String actor) {
        jdbc.sql("INSERT INTO employer_account (user_id, employer_id, linked_by) VALUES (?, ?, ?)")
                .params(userId, employerId, actor).update();
    }

    boolean delete(long userId, long employerId) {
        return jdbc.sql("DELETE FROM employer_account WHERE user_id = ? AND employer_id = ?")
                .params(userId, employerId).update() == 1;
    }

    public record Link(long userId, long employerId, Instant linkedAt, String linkedBy) {
    }
}
