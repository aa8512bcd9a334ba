package org.zhuye.institution.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads of {@code institution_rating}, inside a jurisdiction by the institution's region. */
@Repository
@JurisdictionScoped
public class RatingRepository {

    /** An institution of the area and its rating of the year, if any. */
    public record Row(Institution institution, Rating rating) {
    }

    static final String COLUMNS = """
            r.id AS r_id, r.institution_id, r.year, r.region_code AS r_region, r.status AS r_status, r.inspection,
            r.inspected_on, r.inspected_by, r.inspection_points, r.outcome_points, r.score, r.grade, r.subsidy,
            r.snapshot, r.computed_at, r.confirmed_at, r.confirmed_by, r.version AS r_version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RatingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Rating> find(long institutionId, int year, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution_rating r WHERE r.institution_id = ? AND r.year = ?"
                        + " AND r.region_code LIKE ?")
                .params(institutionId, year, jurisdiction.likePattern())
                .query(this::map).optional();
    }

    /** Every year's rating of an institution of the area, the latest first. */
    public List<Rating> findAll(long institutionId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution_rating r WHERE r.institution_id = ? AND r.region_code LIKE ?"
                        + " ORDER BY r.year DESC")
                .params(institutionId, jurisdiction.likePattern())
                .query(this::map).list();
    }

    /**
     * The institutions under {@code pattern} (inside the jurisdiction), optionally of one kind, with their rating of
     * the year; closed institutions only if they were open in some part of the year or have a rating.
     */
    public List<Row> findYear(int year, String pattern, InstitutionKind kind, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + InstitutionRepository.COLUMNS + ", " + COLUMNS + """
                         FROM institution i LEFT JOIN institution_rating r ON r.institution_id = i.id AND r.year = :year
                        WHERE i.region_code LIKE :pattern AND i.region_code LIKE :scope
                          AND (CAST(:kind AS text) IS NULL OR i.kind = :kind)
                          AND (r.id IS NOT NULL OR (i.opened_on <= make_date(:year, 12, 31)
                               AND (i.closed_on IS NULL OR i.closed_on >= make_date(:year, 1, 1))))
                        ORDER BY i.region_code, i.name, i.id""")
                .param("year", year)
                .param("pattern", pattern)
                .param("scope", jurisdiction.likePattern())
                .param("kind", kind == null ? null : kind.name())
                .query((rs, i) -> new Row(InstitutionRepository.map(rs, i),
                        rs.getObject("r_id") == null ? null : map(rs, i)))
                .list();
    }

    private Rating map(ResultSet rs, int row) throws SQLException {
        String inspection = rs.getString("inspection");
        String snapshot = rs.getString("snapshot");
        Timestamp computed = rs.getTimestamp("computed_at");
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        var inspected = rs.getDate("inspected_on");
        return new Rating(rs.getLong("r_id"), rs.getLong("institution_id"), rs.getInt("year"), rs.getString("r_region"),
                RatingStatus.valueOf(rs.getString("r_status")),
                inspection == null ? null : json.readValue(inspection, new TypeReference<java.util.LinkedHashMap<String, Integer>>() { }),
                inspected == null ? null : inspected.toLocalDate(), rs.getString("inspected_by"),
                rs.getBigDecimal("inspection_points"), rs.getBigDecimal("outcome_points"), rs.getBigDecimal("score"),
                rs.getString("grade"), rs.getBigDecimal("subsidy"),
                snapshot == null ? null : json.readValue(snapshot, RatingSnapshot.class),
                computed == null ? null : computed.toInstant(), confirmed == null ? null : confirmed.toInstant(),
                rs.getString("confirmed_by"), rs.getInt("r_version"));
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
