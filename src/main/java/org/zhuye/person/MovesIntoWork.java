package org.zhuye.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
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
                       LocalDate effectiveOn, Integer form, Hukou hukou) {
    }

    /**
     * Which moves: of one employment form (null any; 0 for none recorded) and of persons of one 户籍 (null either).
     * {@link EmploymentFigures} counts the same cells from the registry snapshot.
     */
    public record Only(Integer form, Hukou hukou) {
        public static final Only ALL = new Only(null, null);
    }

    private static final String MOVES = """
            SELECT t.id, t.person_id, p.name, p.cert_masked, p.region_code, t.effective_on, t.form, p.hukou
            FROM (
                SELECT e.id, e.person_id, e.effective_on, e.employed, e.baseline, e.form,
                       lag(e.employed) OVER (PARTITION BY e.person_id ORDER BY e.effective_on, e.id) AS was_employed
                FROM employment_event e JOIN person p ON p.id = e.person_id
                WHERE p.region_code LIKE :area AND p.merged_into IS NULL AND e.voided_at IS NULL AND e.effective_on <= :to
            ) t JOIN person p ON p.id = t.person_id
            WHERE t.employed AND NOT t.baseline AND t.effective_on >= :from AND coalesce(t.was_employed, false) = false
              AND (CAST(:form AS integer) IS NULL OR coalesce(t.form, 0) = :form)
              AND (CAST(:hukou AS text) IS NULL OR p.hukou = :hukou)
            """;

    private final JdbcClient jdbc;

    MovesIntoWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves in the region within the jurisdiction, keyed by the region's direct child that holds each (total under the region's own code). */
    public Map<String, Long> countByChild(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return countByChild(region, from, to, Only.ALL, jurisdiction);
    }

    /** The same for some of the moves only. */
    public Map<String, Long> countByChild(RegionCode region, LocalDate from, LocalDate to, Only only, Jurisdiction jurisdiction) {
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        for (Move move : query(region, from, to, only, jurisdiction, "", 0, Integer.MAX_VALUE)) {
            total++;
            String child = region.childHolding(move.regionCode());
            if (child != null && !child.equals(region.value())) {
                counts.merge(child, 1L, Long::sum);
            }
        }
        counts.put(region.value(), total);
        return counts;
    }

    /** How many moves {@link #list} lists in all. */
    public long count(RegionCode region, LocalDate from, LocalDate to, Only only, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM (" + MOVES + ") moves").params(params(region, from, to, only, 0, 0))
                .query(Long.class).single();
    }

    /** A page of the moves, earliest first. */
    public List<Move> list(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction, int offset, int limit) {
        return list(region, from, to, Only.ALL, jurisdiction, offset, limit);
    }

    /** A page of some of the moves, earliest first. */
    public List<Move> list(RegionCode region, LocalDate from, LocalDate to, Only only, Jurisdiction jurisdiction, int offset, int limit) {
        return query(region, from, to, only, jurisdiction, " ORDER BY t.effective_on, t.id", offset, limit);
    }

    private List<Move> query(RegionCode region, LocalDate from, LocalDate to, Only only, Jurisdiction jurisdiction, String order,
                             int offset, int limit) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql(MOVES + order + " OFFSET :offset LIMIT :limit")
                .params(params(region, from, to, only, offset, limit))
                .query((rs, i) -> new Move(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), (Integer) rs.getObject(7), Hukou.valueOf(rs.getString(8))))
                .list();
    }

    private static Map<String, Object> params(RegionCode region, LocalDate from, LocalDate to, Only only, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("area", region.significantPrefix() + "%");
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("form", only.form());
        params.put("hukou", only.hukou() == null ? null : only.hukou().name());
        params.put("offset", offset);
        params.put("limit", limit);
        return params;
    }
}
