package org.zhuye.person.overview;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the registry's history of writes stood when it was read (table {@code registry_change}, one row per
 * writing statement of {@code person} or {@code employment_event}, inserted by triggers in the writing
 * transaction): the highest visible id, the number of visible rows up to it, and that row's random token.
 * Two marks are equal only if no write committed in between: a later write adds a row above {@code lastId}, or
 * one below it that was not yet committed (sequence values are taken before commit), which changes the count;
 * a restored older backup hands the same ids out again, but with other tokens.
 */
record RegistryMark(long lastId, long count, UUID token) {

    static final RegistryMark NONE = new RegistryMark(0, 0, new UUID(0, 0));

    /** Read in the caller's transaction (the one that reads the registry, so both see the same commits). */
    static RegistryMark read(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT m.id, (SELECT count(*) FROM registry_change c WHERE c.id <= m.id), m.token
                        FROM registry_change m ORDER BY m.id DESC LIMIT 1
                        """)
                .query((rs, i) -> new RegistryMark(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class)))
                .optional().orElse(NONE);
    }
}
