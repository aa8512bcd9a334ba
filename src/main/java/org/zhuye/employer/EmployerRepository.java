package org.zhuye.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * SQL over {@code employer}. Every read is inside a jurisdiction (the unit's place of registration); every write
 * publishes {@link EmployersChanged}.
 */
@Repository
@JurisdictionScoped
public class EmployerRepository {

    static final String COLUMNS = """
            e.id, e.credit_code, e.name, e.type, e.admin_level, e.authorised_posts, e.school, e.industry,
            e.region_code, e.contact_name, e.contact_phone_masked, e.created_at, e.created_by, e.updated_at,
            e.updated_by, e.version""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    EmployerRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Employer> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer e WHERE e.id = ? AND e.region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(EmployerRepository::map).optional();
    }

    public Optional<Employer> findByCreditCode(String creditCode, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer e WHERE e.credit_code = ? AND e.region_code LIKE ?")
                .params(UnifiedSocialCreditCode.normalise(creditCode), jurisdiction.likePattern())
                .query(EmployerRepository::map).optional();
    }

    /** One page of matches in (region, name) order, plus whether another page follows. */
    public Page search(EmployerSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(search, jurisdiction, params);
        params.addValue("limit", search.pageSize() + 1);
        params.addValue("offset", (long) search.page() * search.pageSize());
        List<Employer> rows = jdbc.sql("SELECT " + COLUMNS + " FROM employer e WHERE " + where
                        + " ORDER BY e.region_code, e.name, e.id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(EmployerRepository::map).list();
        boolean hasNext = rows.size() > search.pageSize();
        return new Page(hasNext ? rows.subList(0, search.pageSize()) : rows, hasNext);
    }

    /** How many match the search in all, for the pager's total. */
    public long count(EmployerSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql("SELECT count(*) FROM employer e WHERE " + where(search, jurisdiction, params))
                .paramSource(params).query(Long.class).single();
    }

    private static String where(EmployerSearch search, Jurisdiction jurisdiction, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("e.region_code LIKE :scope");
        // A region filter outside the jurisdiction (or not a region code) is a 404, never a wider scope.
        params.addValue("scope", jurisdiction.likePatternFor(search.regionCode()));
        if (search.name() != null) {
            where.append(" AND strpos(e.name, :name) > 0");
            params.addValue("name", search.name());
        }
        if (search.creditCode() != null) {
            where.append(" AND e.credit_code = :code");
            params.addValue("code", search.creditCode());
        }
        if (search.type() != null) {
            where.append(" AND e.type = :type");
            params.addValue("type", search.type().name());
        }
        if (search.level() != null) {
            where.append(" AND e.admin_level = :level");
            params.addValue("level", search.level().name());
        }
        return where.toString();
    }

    @OutsideJurisdiction("a credit code may be registered only once in the whole system")
    public Optional<RegisteredElsewhere> findRegistration(String creditCode) {
        return jdbc.sql("SELECT id, region_code FROM employer WHERE credit_code = ?")
                .param(creditCode)
                .query((rs, i) -> new RegisteredElsewhere(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The unit an account acts for. The link, set by staff, is an EMPLOYER account's whole scope. */
    @OutsideJurisdiction("an EMPLOYER account sees the one unit staff linked it to, wherever that unit is registered")
    public Optional<Employer> findLinkedTo(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer e JOIN employer_account a ON a.employer_id = e.id WHERE a.user_id = ?")
                .param(userId)
                .query(EmployerRepository::map).optional();
    }

    Optional<byte[]> findContactPhoneCipher(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT contact_phone_cipher FROM employer WHERE id = ? AND region_code LIKE ? AND contact_phone_cipher IS NOT NULL")
                .params(id, jurisdiction.likePattern())
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    long insert(EmployerData data, byte[] phoneCipher, String actor) {
        MapSqlParameterSource params = bind(data, phoneCipher).addValue("actor", actor);
        long id = jdbc.sql("""
                INSERT INTO employer (credit_code, name, type, admin_level, authorised_posts, school, industry,
                    region_code, contact_name, contact_phone_cipher, contact_phone_masked, created_by, updated_by)
                VALUES (:code, :name, :type, :level, :posts, :school, :industry, :region, :contactName,
                    :phoneCipher, :phoneMasked, :actor, :actor)
                RETURNING id
                """)
                .paramSource(params)
                .query(Long.class).single();
        events.publishEvent(new EmployersChanged());
        return id;
    }

    /** Applies a change if nobody changed the record since {@code version}; false if somebody did. */
    boolean update(long id, int version, EmployerData data, byte[] phoneCipher, String actor) {
        MapSqlParameterSource params = bind(data, phoneCipher).addValue("actor", actor)
                .addValue("id", id).addValue("version", version);
        boolean updated = jdbc.sql("""
                UPDATE employer SET credit_code = :code, name = :name, type = :type, admin_level = :level,
                    authorised_posts = :posts, school = :school, industry = :industry, region_code = :region,
                    contact_name = :contactName, contact_phone_cipher = :phoneCipher,
                    contact_phone_masked = :phoneMasked, updated_at = now(), updated_by = :actor,
                    version = version + 1
                WHERE id = :id AND version = :version
                """)
                .paramSource(params)
                .update() == 1;
        events.publishEvent(new EmployersChanged());
        return updated;
    }

    private static MapSqlParameterSource bind(EmployerData data, byte[] phoneCipher) {
        return new MapSqlParameterSource()
                .addValue("code", data.creditCode().value())
                .addValue("name", data.name())
                .addValue("type", data.type().name())
                .addValue("level", data.level() == null ? null : data.level().name())
                .addValue("posts", data.authorisedPosts())
                .addValue("school", data.school())
                .addValue("industry", data.industry().code())
                .addValue("region", data.regionCode())
                .addValue("contactName", data.contactName())
                .addValue("phoneCipher", phoneCipher)
                .addValue("phoneMasked", org.zhuye.person.PhoneNumber.mask(data.contactPhone()));
    }

    static Employer map(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("admin_level");
        Object posts = rs.getObject("authorised_posts");
        return new Employer(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                EmployerType.valueOf(rs.getString("type")), level == null ? null : AdministrativeLevel.valueOf(level),
                posts == null ? null : ((Number) posts).intValue(), rs.getBoolean("school"),
                Industry.valueOf(rs.getString("industry")), rs.getString("region_code"), rs.getString("contact_name"),
                rs.getString("contact_phone_masked"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getInt("version"));
    }

    public record Page(List<Employer> rows, boolean hasNext) {
    }

    public record RegisteredElsewhere(long id, String regionCode) {
    }
}
