package org.zhuye.person.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/** SQL over {@code person_account}: which PERSON account acts for which registry person (one each way). */
@Repository
@JurisdictionScoped
public class PersonAccountLinks {

    private final JdbcClient jdbc;

    PersonAccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The binding of a person inside the jurisdiction, if any. */
    public Optional<Link> findForPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + """
                        SELECT a.user_id, a.person_id, a.bound_at, a.bound_by
                        FROM person_account a JOIN person p ON p.id = a.person_id
                        WHERE a.person_id = ? AND p.region_code LIKE ?""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    @OutsideJurisdiction("an account acts for one person only, wherever that person is registered; binding must see every binding")
    public Optional<Long> findPersonIdOf(long userId) {
        return jdbc.sql("SELECT person_id FROM person_account WHERE user_id = ?").param(userId).query(Long.class).optional();
    }

    @OutsideJurisdiction("a person has one account only; self-binding checks the person found by certificate, wherever registered")
    public boolean isBound(long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_account WHERE person_id = ?)").param(personId)
                .query(Boolean.class).single();
    }

    void insert(long userId, long personId, String actor) {
        jdbc.sql("INSERT INTO person_account (user_id, person_id, bound_by) VALUES (?, ?, ?)")
                .params(userId, personId, actor).update();
    }

    boolean delete(long userId, long personId) {
        return jdbc.sql("DELETE FROM person_account WHERE user_id = ? AND person_id = ?").params(userId, personId).update() == 1;
    }

    public record Link(long userId, long personId, Instant boundAt, String boundBy) {
    }
}
