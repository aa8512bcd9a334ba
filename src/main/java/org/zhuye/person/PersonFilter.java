package org.zhuye.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.region.Jurisdiction;

/**
 * The WHERE clause of a person search (over {@code person p}) with its named parameters, shared
 * by the paged search and the streamed export so that both select exactly the same persons.
 * It always starts with the jurisdiction; a region filter outside it is a 404.
 */
public record PersonFilter(String where, Map<String, Object> params) {

    public static PersonFilter of(PersonSearch search, byte[] certificateHash, LocalDate asOf, Jurisdiction jurisdiction) {
        StringBuilder sql = new StringBuilder("p.region_code LIKE :scope AND p.merged_into IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", jurisdiction.likePatternFor(search.regionCode()));
        if (certificateHash != null) {
            sql.append(" AND p.cert_hash = :cert");
            params.put("cert", certificateHash);
        }
        if (search.name() != null) {
            sql.append(" AND p.name LIKE :name");
            params.put("name", escapeLike(search.name()) + "%");
        }
        if (search.category() != null) {
            sql.append(" AND p.category = :category");
            params.put("category", search.category());
        }
        if (search.grade() != null) {
            sql.append(" AND p.grade = :grade");
            params.put("grade", search.grade());
        }
        if (search.sex() != null) {
            sql.append(" AND p.sex = :sex");
            params.put("sex", search.sex().code());
        }
        if ("EMPLOYED".equals(search.employment())) {
            sql.append(" AND p.employed");
        } else if ("NOT_EMPLOYED".equals(search.employment())) {
            sql.append(" AND p.employed = false");
        } else if ("UNKNOWN".equals(search.employment())) {
            sql.append(" AND p.employed IS NULL");
        }
        if (search.bornAfter(asOf) != null) {
            sql.append(" AND p.birth_date > :bornAfter");
            params.put("bornAfter", Date.valueOf(search.bornAfter(asOf)));
        }
        if (search.bornOnOrBefore(asOf) != null) {
            sql.append(" AND p.birth_date <= :bornBefore");
            params.put("bornBefore", Date.valueOf(search.bornOnOrBefore(asOf)));
        }
        return new PersonFilter(sql.toString(), Collections.unmodifiableMap(params));
    }

    /** Binds this filter's parameters (and nothing else) to a statement built around {@link #where}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        for (var entry : params.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        return statement;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
