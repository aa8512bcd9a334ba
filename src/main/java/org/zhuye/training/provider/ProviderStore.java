package org.zhuye.training.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/** {@code training_provider}, read inside a jurisdiction (the provider's place) or by its institution. */
@Repository
@JurisdictionScoped
class ProviderStore {

    private static final String COLUMNS = "SELECT id, institution_id, name, credit_code, region_code, contact_name,"
            + " contact_phone_masked, active, version FROM training_provider";

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Provider> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql(COLUMNS + " WHERE id = ? AND region_code LIKE ?").params(id, jurisdiction.likePattern())
                .query(ProviderStore::map).optional();
    }

    Optional<Provider> findOfInstitution(long institutionId) {
        return jdbc.sql(COLUMNS + " WHERE institution_id = ?").param(institutionId).query(ProviderStore::map).optional();
    }

    List<Provider> list(Jurisdiction jurisdiction, int limit, long offset) {
        return jdbc.sql(COLUMNS + " WHERE region_code LIKE ? ORDER BY region_code, name, id LIMIT ? OFFSET ?")
                .params(jurisdiction.likePattern(), limit, offset).query(ProviderStore::map).list();
    }

    long count(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM training_provider WHERE region_code LIKE ?").param(jurisdiction.likePattern())
                .query(Long.class).single();
    }

    boolean creditCodeTaken(String code, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_provider WHERE credit_code = ? AND id <> ?)")
                .params(code, exceptId).query(Boolean.class).single();
    }

    long insert(Long institutionId, String name, String creditCode, String regionCode, String contactName,
                byte[] phoneCipher, String phoneMasked, String actor) {
        return jdbc.sql("""
                        INSERT INTO training_provider (institution_id, name, credit_code, region_code, contact_name,
                            contact_phone_cipher, contact_phone_masked, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(institutionId, name, creditCode, regionCode, contactName, phoneCipher, phoneMasked, actor, actor)
                .query(Long.class).single();
    }

    boolean update(long id, int version, String name, String creditCode, String regionCode, String contactName,
                   byte[] phoneCipher, String phoneMasked, boolean active, String actor) {
        return jdbc.sql("""
                        UPDATE training_provider SET name = ?, credit_code = ?, region_code = ?, contact_name = ?,
                            contact_phone_cipher = ?, contact_phone_masked = ?, active = ?, updated_at = now(),
                            updated_by = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(name, creditCode, regionCode, contactName, phoneCipher, phoneMasked, active, actor, id, version)
                .update() == 1;
    }

    private static Provider map(ResultSet rs, int row) throws SQLException {
        long institution = rs.getLong("institution_id");
        Long institutionId = rs.wasNull() ? null : institution;
        return new Provider(rs.getLong("id"), institutionId, rs.getString("name"), rs.getString("credit_code"),
                rs.getString("region_code"), rs.getString("contact_name"), rs.getString("contact_phone_masked"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
