package org.zhuye.casework.publicpost;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.parameter.MissingParameters;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The {@link PublicPostRule} in force from {@code public_post_rule}: the longest region prefix
 * with a row on the date, its latest {@code valid_from}. No row is an error that says so.
 */
@Component
class PublicPostRules {

    private final JdbcClient jdbc;
    private final MissingParameters missing;

    PublicPostRules(JdbcClient jdbc, MissingParameters missing) {
        this.jdbc = jdbc;
        this.missing = missing;
    }

    PublicPostRule on(String regionCode, LocalDate date) {
        return jdbc.sql("""
                SELECT max_term_months, near_retirement_years, max_placements, source FROM public_post_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(date))
                .query((rs, i) -> new PublicPostRule(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)))
                .optional()
                .orElseThrow(() -> new NoRule(missing.message(PublicPostRuleKind.DESCRIPTION, date + " 适用的", regionCode)));
    }

    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    static class NoRule extends RuntimeException {
        NoRule(String message) {
            super(message);
        }
    }
}
