package org.zhuye.institution.registry;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.ServedService;
import org.zhuye.person.PhoneNumber;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/** Writes of {@code institution} and the list's reads (search, totals), every read inside a jurisdiction. */
@Repository
@JurisdictionScoped
public class InstitutionStore {

    private final JdbcClient jdbc;

    InstitutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(InstitutionData d, byte[] phoneCipher, String actor) {
        return jdbc.sql("""
                INSERT INTO institution (kind, name, credit_code, region_code, address, capacity, accessibility,
                    contact_name, contact_phone_cipher, contact_phone_masked, opened_on, created_by, updated_by)
                VALUES (:kind, :name, :code, :region, :address, :capacity, :access, :contact, :cipher, :masked,
                    :opened, :actor, :actor) RETURNING id""")
                .paramSource(params(d, phoneCipher, actor)).query(Long.class).single();
    }

    boolean update(long id, int version, InstitutionData d, byte[] phoneCipher, String actor) {
        MapSqlParameterSource p = params(d, phoneCipher, actor).addValue("id", id).addValue("version", version);
        return jdbc.sql("""
                UPDATE institution SET kind = :kind, name = :name, credit_code = :code, region_code = :region,
                    address = :address, capacity = :capacity, accessibility = :access, contact_name = :contact,
                    contact_phone_cipher = :cipher, contact_phone_masked = :masked, opened_on = :opened,
                    updated_at = now(), updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version""").paramSource(p).update() == 1;
    }

    boolean updateStatus(long id, int version, InstitutionStatus status, java.time.LocalDate closedOn, String actor) {
        return jdbc.sql("""
                UPDATE institution SET status = ?, closed_on = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(status.name(), closedOn == null ? null : Date.valueOf(closedOn), actor, id, version).update() == 1;
    }

    /** Persons still served (open spans), which keep an institution from closing. */
    int openSpans(long id) {
        return jdbc.sql("SELECT count(*) FROM institution_person WHERE institution_id = ? AND until_on IS NULL")
                .param(id).query(Integer.class).single();
    }

    private static MapSqlParameterSource params(InstitutionData d, byte[] phoneCipher, String actor) {
        return new MapSqlParameterSource()
                .addValue("kind", d.kind().name()).addValue("name", d.name()).addValue("code", d.creditCode())
                .addValue("region", d.regionCode()).addValue("address", d.address()).addValue("capacity", d.capacity())
                .addValue("access", d.accessibilityCodes(), java.sql.Types.ARRAY)
                .addValue("contact", d.contactName()).addValue("cipher", phoneCipher)
                .addValue("masked", PhoneNumber.mask(d.contactPhone()))
                .addValue("opened", Date.valueOf(d.openedOn())).addValue("actor", actor);
    }

    /** The institution already holding a credit code, wherever it is (a code is registered once in the system). */
    @OutsideJurisdiction("a credit code may be registered only once in the whole system")
    public Optional<Registered> findRegistration(String creditCode) {
        return jdbc.sql("SELECT id, region_code FROM institution WHERE credit_code = ?").param(creditCode)
                .query((rs, i) -> new Registered(rs.getLong(1), rs.getString(2))).optional();
    }

    public Optional<byte[]> findContactPhoneCipher(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT contact_phone_cipher FROM institution WHERE id = ? AND region_code LIKE ? AND contact_phone_cipher IS NOT NULL")
                .params(id, jurisdiction.likePattern()).query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** One page in (region, name) order. */
    public List<Institution> search(InstitutionSearch search, long offset, int limit, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(search, jurisdiction, params);
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.sql("SELECT " + InstitutionRepository.COLUMNS + " FROM institution i WHERE " + where
                        + " ORDER BY i.region_code, i.name, i.id LIMIT :limit OFFSET :offset")
                .paramSource(params).query(InstitutionRepository::map).list();
    }

    public long count(InstitutionSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql("SELECT count(*) FROM institution i WHERE " + where(search, jurisdiction, params))
                .paramSource(params).query(Long.class).single();
    }

    /**
     * The totals above the list, per kind, for the filtered institutions: how many, their capacity, and the persons
     * served now (open spans) by service. Persons are counted where the institution is, not where they live.
     */
    public List<KindTotals> countByKind(InstitutionSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(search, jurisdiction, params);
        Map<InstitutionKind, long[]> basics = new java.util.EnumMap<>(InstitutionKind.class);
        jdbc.sql("SELECT i.kind, count(*), coalesce(sum(i.capacity), 0) FROM institution i WHERE " + where + " GROUP BY i.kind")
                .paramSource(params)
                .query((rs, n) -> basics.put(InstitutionKind.valueOf(rs.getString(1)), new long[]{rs.getLong(2), rs.getLong(3)}))
                .list();
        Map<InstitutionKind, Map<ServedService, Long>> served = new java.util.EnumMap<>(InstitutionKind.class);
        jdbc.sql("SELECT i.kind, p.service, count(*) FROM institution i JOIN institution_person p ON p.institution_id = i.id"
                        + " WHERE p.until_on IS NULL AND " + where + " GROUP BY i.kind, p.service")
                .paramSource(params)
                .query((rs, n) -> served.computeIfAbsent(InstitutionKind.valueOf(rs.getString(1)),
                        k -> new java.util.EnumMap<>(ServedService.class)).put(ServedService.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        return basics.entrySet().stream()
                .map(e -> new KindTotals(e.getKey(), e.getValue()[0], e.getValue()[1],
                        served.getOrDefault(e.getKey(), Map.of())))
                .toList();
    }

    private static String where(InstitutionSearch search, Jurisdiction jurisdiction, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("i.region_code LIKE :scope");
        // A region filter outside the jurisdiction (or not a region code) is a 404, never a wider scope.
        params.addValue("scope", jurisdiction.likePatternFor(search.regionValue()));
        if (search.kindValue() != null) {
            where.append(" AND i.kind = :kind");
            params.addValue("kind", search.kindValue().name());
        }
        if (search.statusValue() != null) {
            where.append(" AND i.status = :status");
            params.addValue("status", search.statusValue().name());
        }
        if (search.nameValue() != null) {
            where.append(" AND strpos(i.name, :name) > 0");
            params.addValue("name", search.nameValue());
        }
        return where.toString();
    }

    public record Registered(long id, String regionCode) {
    }

    /** One kind's line of the totals. */
    public record KindTotals(InstitutionKind kind, long institutions, long capacity, Map<ServedService, Long> servedNow) {

        public long servedTotal() {
            return servedNow.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
