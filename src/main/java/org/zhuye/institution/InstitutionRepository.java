package org.zhuye.institution;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * Reads of {@code institution}, every one inside a jurisdiction (the institution's address), and
 * the institution an INSTITUTION account acts for. Other modules (training, business) read
 * institutions only through here.
 */
@Repository
@JurisdictionScoped
public class InstitutionRepository {

    public static final String COLUMNS = """
            i.id, i.kind, i.name, i.credit_code, i.region_code, i.address, i.capacity, i.accessibility,
            i.contact_name, i.contact_phone_masked, i.opened_on, i.status, i.closed_on, i.created_at, i.created_by,
            i.updated_at, i.updated_by, i.version""";

    private final JdbcClient jdbc;

    InstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Institution> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution i WHERE i.id = ? AND i.region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(InstitutionRepository::map).optional();
    }

    /** The institutions of one kind in the jurisdiction, by region and name (pickers, incubators). */
    public List<Institution> findOfKind(InstitutionKind kind, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution i WHERE i.kind = ? AND i.region_code LIKE ?"
                        + " ORDER BY i.region_code, i.name, i.id")
                .params(kind.name(), jurisdiction.likePattern())
                .query(InstitutionRepository::map).list();
    }

    /** The institution an INSTITUTION-role account is linked to, whatever region the account is in. */
    @OutsideJurisdiction("an INSTITUTION account acts for its own institution, whatever region the account is in")
    public Optional<Institution> findLinkedTo(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM institution i JOIN institution_account a ON a.institution_id = i.id"
                        + " WHERE a.user_id = ?")
                .param(userId)
                .query(InstitutionRepository::map).optional();
    }

    public static Institution map(ResultSet rs, int row) throws SQLException {
        Array accessibility = rs.getArray("accessibility");
        var closed = rs.getDate("closed_on");
        return new Institution(rs.getLong("id"), InstitutionKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getString("address"), rs.getInt("capacity"),
                accessibility == null ? List.of() : List.of((String[]) accessibility.getArray()),
                rs.getString("contact_name"), rs.getString("contact_phone_masked"),
                rs.getDate("opened_on").toLocalDate(), InstitutionStatus.valueOf(rs.getString("status")),
                closed == null ? null : closed.toLocalDate(), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getInt("version"));
    }

}
