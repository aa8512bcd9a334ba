package org.zhuye.monitoring.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import tools.jackson.databind.json.JsonMapper;

/** The stored 通报, read only within a jurisdiction. Writes check the version they were read at. */
@Repository
class BulletinRepository {

    private static final String COLUMNS = """
            id, region_code, quarter, title, body, figures, state, document_number, issued_at, issued_by,
            created_by, created_at, updated_at, version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BulletinRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Bulletin> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bulletin WHERE id = ? AND region_code LIKE ?")
                .params(id, jurisdiction.likePattern()).query(this::map).optional();
    }

    /** The 通报 of regions within {@code regionPattern} (and the jurisdiction), newest quarter first; a year filters by quarter. */
    List<Bulletin> list(String regionPattern, Integer year, Jurisdiction jurisdiction, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        FROM bulletin
                        WHERE region_code LIKE ? AND region_code LIKE ? AND (CAST(? AS integer) IS NULL OR quarter LIKE ? || 'Q%')
                        ORDER BY quarter DESC, coalesce(issued_at, updated_at) DESC, id DESC
                        LIMIT ? OFFSET ?
                        """)
                .params(regionPattern, jurisdiction.likePattern(), year, year == null ? "" : String.valueOf(year), limit, offset)
                .query(this::map).list();
    }

    long count(String regionPattern, Integer year, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT count(*) FROM bulletin
                        WHERE region_code LIKE ? AND region_code LIKE ? AND (CAST(? AS integer) IS NULL OR quarter LIKE ? || 'Q%')
                        """)
                .params(regionPattern, jurisdiction.likePattern(), year, year == null ? "" : String.valueOf(year))
                .query(Long.class).single();
    }

    long insert(String regionCode, String quarter, String title, String body, BulletinFigures figures, String actor) {
        return jdbc.sql("""
                        INSERT INTO bulletin (region_code, quarter, title, body, figures, created_by)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id
                        """)
                .params(regionCode, quarter, title, body, json.writeValueAsString(figures), actor)
                .query(Long.class).single();
    }

    /** Changes a draft's title and text; false when it is no longer at {@code version} or no longer a draft. */
    boolean edit(long id, int version, String title, String body) {
        return jdbc.sql("""
                        UPDATE bulletin SET title = ?, body = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ? AND state = 'DRAFT'
                        """)
                .params(title, body, id, version).update() == 1;
    }

    boolean issue(long id, int version, String documentNumber, int issuedYear, String actor) {
        return jdbc.sql("""
                        UPDATE bulletin SET state = 'ISSUED', document_number = ?, issued_year = ?, issued_at = now(),
                               issued_by = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ? AND state = 'DRAFT'
                        """)
                .params(documentNumber, issuedYear, actor, id, version).update() == 1;
    }

    boolean documentNumberTaken(String regionCode, int issuedYear, String documentNumber) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM bulletin WHERE state = 'ISSUED' AND region_code = ?
                                       AND issued_year = ? AND document_number = ?)
                        """)
                .params(regionCode, issuedYear, documentNumber).query(Boolean.class).single();
    }

    boolean discard(long id, int version) {
        return jdbc.sql("DELETE FROM bulletin WHERE id = ? AND version = ? AND state = 'DRAFT'")
                .params(id, version).update() == 1;
    }

    private Bulletin map(ResultSet rs, int row) throws SQLException {
        return new Bulletin(rs.getLong("id"), rs.getString("region_code"), rs.getString("quarter"), rs.getString("title"),
                rs.getString("body"), json.readValue(rs.getString("figures"), BulletinFigures.class),
                Bulletin.State.valueOf(rs.getString("state")), rs.getString("document_number"),
                instant(rs.getTimestamp("issued_at")), rs.getString("issued_by"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
