package org.zhuye.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * The registry's moves into work (新增就业) over a period, counted and listed the same way: an employed,
 * non-baseline, non-voided event whose previous status was not employed (or none), dated in the period,
 * of a person not merged into another. Each move counts once, so a person who found work twice in a year
 * counts twice and months add up to the year. Counted where the person is registered now.
 */
@Service
@JurisdictionScoped
public class MovesIntoWork {

    /** One move into work as lists show it. */
    public record Move(long eventId, long personId, String name, String certificateMasked, String regionCode,
                       LocalDate effectiveOn, Integer form) {
    }

    private static final String MOVES = """
            SELECT t.id, t.person_id, p.name, p.cert_masked, p.region_code, t.effective_on, t.form
            FROM (
                SELECT e.id, e.person_id, e.effective_on, e.employed, e.baseline, e.form,
                       lag(e.employed) OVER (PARTITION BY e.person_id ORDER BY e.effective_on, e.id) AS was_employed
                FROM employment_event e JOIN person p ON p.id = e.person_id
                WHERE p.region_code LIKE :area AND p.merged_into IS NULL AND e.voided_at IS NULL AND e.effective_on <= :to
            ) t JOIN person p ON p.id = t.person_id
            WHERE t.employed AND NOT t.baseline AND t.effective_on >= :from AND coalesce(t.was_employed, false) = false
            """;

    private final JdbcClient jdbc;

    MovesIntoWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves in the region within the jurisdiction, keyed by the region's direct child that holds each (total under the region's own code). */
    public Map<String, Long> countByChild(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        for (Move move : query(region, from, to, jurisdiction, "", 0, Integer.MAX_VALUE)) {
            total++;
            String child = region.childHolding(move.regionCode());
            if (child != null && !child.equals(region.value())) {
                counts.merge(child, 1L, Long::sum);
            }
        }
        counts.put(region.value(), total);
        return counts;
    }

    /** A page of the moves, earliest first. */
    public List<Move> list(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction, int offset, int limit) {
        return query(region, from, to, jurisdiction, " ORDER BY t.effective_on, t.id", offset, limit);
    }

    private List<Move> query(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction, String order,
                             int offset, int limit) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql(MOVES + order + " OFFSET :offset LIMIT :limit")
                .params(Map.of("area", region.significantPrefix() + "%", "from", Date.valueOf(from), "to", Date.valueOf(to),
                        "offset", offset, "limit", limit))
                .query((rs, i) -> new Move(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), (Integer) rs.getObject(7)))
                .list();
    }
}
