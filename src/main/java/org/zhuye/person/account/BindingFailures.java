package org.zhuye.person.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed self-binding tries ({@code person_binding_failure}). The tries of an account count until
 * staff bind it or reset them, which deletes them: so "three in a row" is simply three rows, and a
 * lock never lifts by waiting (a guesser gains nothing from patience).
 */
@Repository
class BindingFailures {

    /** Wrong tries that lock self-binding for the account. */
    static final int LIMIT = 3;
    private static final int LOCK_SPACE = 0x5a59_0012;

    private final JdbcClient jdbc;

    BindingFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int countOf(long userId) {
        return jdbc.sql("SELECT count(*) FROM person_binding_failure WHERE user_id = ?").param(userId)
                .query(Integer.class).single();
    }

    /**
     * Serialises the tries of one account inside the caller's transaction, so that tries sent at once
     * cannot all pass the count before any is stored (an advisory lock: no other module's table is touched).
     */
    void serialise(long userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) userId).query((rs, i) -> 1).single();
    }

    void add(long userId) {
        jdbc.sql("INSERT INTO person_binding_failure (user_id) VALUES (?)").param(userId).update();
    }

    int clear(long userId) {
        return jdbc.sql("DELETE FROM person_binding_failure WHERE user_id = ?").param(userId).update();
    }
}
