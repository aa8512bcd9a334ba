package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.employer.Industry;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * Reads of {@code business}, its subsidy and loans, each inside a jurisdiction: the business's place.
 * The owner may live elsewhere; staff see the businesses of their area, and the person page those of a
 * person the viewer may see.
 */
@Repository
@JurisdictionScoped
public class BusinessRepository {

    private static final String COLUMNS = """
            b.id, b.person_id, p.name AS person_name, b.kind, b.name, b.credit_code, b.industry, b.started_on,
            b.region_code, b.address, b.jobs_created, b.jobs_for_disabled, b.incubator_id, i.name AS incubator_name,
            b.incubated_from, b.incubated_until, b.status, b.closed_on, b.employment_event_id, b.created_at,
            b.created_by, b.updated_at, b.updated_by, b.version""";
    private static final String FROM = " FROM business b JOIN person p ON p.id = b.person_id"
            + " LEFT JOIN institution i ON i.id = b.incubator_id";

    private final JdbcClient jdbc;

    BusinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Business> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.id = ? AND b.region_code LIKE ?")
                .params(id, jurisdiction.likePattern()).query(BusinessRepository::map).optional();
    }

    /** A person's businesses, oldest first, whose place is in the jurisdiction. */
    public List<Business> findOfPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.person_id = ? AND b.region_code LIKE ? ORDER BY b.started_on, b.id")
                .params(personId, jurisdiction.likePattern()).query(BusinessRepository::map).list();
    }

    public Page<Business> list(BusinessFilter filter, PageRequest paging, Jurisdiction jurisdiction) {
        Where where = where(filter, jurisdiction);
        long total = jdbc.sql("SELECT count(*) FROM business b WHERE " + where.sql).params(where.params)
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(paging.size());
        params.add(paging.offset());
        List<Business> rows = jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + where.sql
                        + " ORDER BY b.started_on DESC, b.id DESC LIMIT ? OFFSET ?")
                .params(params).query(BusinessRepository::map).list();
        return paging.of(rows, total);
    }

    /** The filtered businesses' totals; {@code from}/{@code to} (either may be null) bound the start date. */
    public BusinessTotals countTotals(BusinessFilter filter, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        Where where = where(filter, jurisdiction);
        List<Object> params = new ArrayList<>(where.params);
        String sql = where.sql;
        if (from != null) {
            sql += " AND b.started_on >= ?";
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            sql += " AND b.started_on <= ?";
            params.add(Date.valueOf(to));
        }
        return jdbc.sql("""
                WITH chosen AS (SELECT b.* FROM business b WHERE %s)
                SELECT (SELECT count(*) FROM chosen),
                       (SELECT count(*) FROM chosen WHERE status = 'OPERATING'),
                       (SELECT coalesce(sum(jobs_created), 0) FROM chosen),
                       (SELECT coalesce(sum(jobs_for_disabled), 0) FROM chosen),
                       (SELECT count(*) FROM startup_subsidy s JOIN chosen c ON c.id = s.business_id),
                       (SELECT coalesce(sum(s.amount), 0) FROM startup_subsidy s JOIN chosen c ON c.id = s.business_id),
                       (SELECT count(*) FROM business_loan l JOIN chosen c ON c.id = l.business_id),
                       (SELECT coalesce(sum(l.amount), 0) FROM business_loan l JOIN chosen c ON c.id = l.business_id),
                       (SELECT coalesce(sum(l.subsidy_total), 0) FROM business_loan l JOIN chosen c ON c.id = l.business_id)
                """.formatted(sql))
                .params(params)
                .query((rs, i) -> new BusinessTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8), rs.getBigDecimal(9)))
                .single();
    }

    /** The businesses placed under {@code region} that started in {@code [from, to]}, earliest first (for indicators). */
    public List<Business> startedIn(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.region_code LIKE ? AND b.region_code LIKE ?"
                        + " AND b.started_on BETWEEN ? AND ? ORDER BY b.started_on, b.id")
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%", Date.valueOf(from), Date.valueOf(to))
                .query(BusinessRepository::map).list();
    }

    /** A 创业补贴 as indicators list it: where the business is placed, when it was granted, how much. */
    public record Grant(long businessId, String businessName, long personId, String personName, String regionCode,
                        LocalDate grantedOn, BigDecimal amount) {
    }

    /** The 创业补贴 granted in {@code [from, to]} on businesses placed under {@code region}, earliest first. */
    public List<Grant> grantedIn(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT b.id, b.name, s.person_id, p.name, b.region_code, s.granted_on, s.amount
                        FROM startup_subsidy s JOIN business b ON b.id = s.business_id JOIN person p ON p.id = s.person_id
                        WHERE b.region_code LIKE ? AND b.region_code LIKE ? AND s.granted_on BETWEEN ? AND ?
                        ORDER BY s.granted_on, b.id""")
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%", Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Grant(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getBigDecimal(7)))
                .list();
    }

    /** The 创业补贴 granted on a business in the jurisdiction, if any. */
    public Optional<StartupSubsidy> findSubsidy(long businessId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT s.business_id, s.person_id, s.amount, s.granted_on, s.basis->>'source', s.granted_by
                FROM startup_subsidy s JOIN business b ON b.id = s.business_id WHERE s.business_id = ? AND b.region_code LIKE ?
                """)
                .params(businessId, jurisdiction.likePattern())
                .query((rs, i) -> new StartupSubsidy(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getDate(4).toLocalDate(), conditions(businessId), rs.getString(5), rs.getString(6)))
                .optional();
    }

    /** The loans of a business in the jurisdiction, oldest first. */
    public List<BusinessLoan> findLoans(long businessId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT l.id, l.business_id, l.bank, l.amount, l.annual_rate, l.term_months, l.started_on, l.interest_total,
                       l.subsidy_total, l.subsidy_by_year, l.basis::text, l.recorded_by
                FROM business_loan l JOIN business b ON b.id = l.business_id WHERE l.business_id = ? AND b.region_code LIKE ?
                ORDER BY l.started_on, l.id
                """)
                .params(businessId, jurisdiction.likePattern())
                .query((rs, i) -> {
                    Array years = rs.getArray("subsidy_by_year");
                    return new BusinessLoan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getInt(6), rs.getDate(7).toLocalDate(), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), Arrays.asList((BigDecimal[]) years.getArray()), rs.getString(11),
                            rs.getString(12));
                }).list();
    }

    /** The businesses that are or were in an incubator, whose place is in the jurisdiction. */
    public List<Business> findTenants(long incubatorId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.incubator_id = ? AND b.region_code LIKE ?"
                        + " ORDER BY b.incubated_from DESC, b.id")
                .params(incubatorId, jurisdiction.likePattern()).query(BusinessRepository::map).list();
    }

    /** The conditions a grant kept as its basis, in their order. */
    private List<StartupSubsidyRule.Condition> conditions(long businessId) {
        return jdbc.sql("""
                SELECT c->>'key', c->>'label', (c->>'met')::boolean
                FROM startup_subsidy s, jsonb_array_elements(s.basis->'conditions') WITH ORDINALITY AS e(c, n)
                WHERE s.business_id = ? ORDER BY n
                """)
                .param(businessId)
                .query((rs, i) -> new StartupSubsidyRule.Condition(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(BusinessFilter filter, Jurisdiction jurisdiction) {
        StringBuilder sql = new StringBuilder("b.region_code LIKE ?");
        List<Object> params = new ArrayList<>();
        params.add(jurisdiction.likePatternFor(filter.regionCode()));
        if (filter.kindName() != null) {
            sql.append(" AND b.kind = ?");
            params.add(filter.kindName());
        }
        if (filter.startYear() != null) {
            sql.append(" AND b.started_on >= ? AND b.started_on < ?");
            params.add(Date.valueOf(LocalDate.of(filter.startYear(), 1, 1)));
            params.add(Date.valueOf(LocalDate.of(filter.startYear() + 1, 1, 1)));
        }
        if (filter.incubatorId() != null) {
            sql.append(" AND b.incubator_id = ?");
            params.add(filter.incubatorId());
        }
        if (filter.statusName() != null) {
            sql.append(" AND b.status = ?");
            params.add(filter.statusName());
        }
        return new Where(sql.toString(), params);
    }

    static Business map(ResultSet rs, int row) throws SQLException {
        return new Business(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                BusinessKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("credit_code"),
                Industry.valueOf(rs.getString("industry")), rs.getDate("started_on").toLocalDate(),
                rs.getString("region_code"), rs.getString("address"), rs.getInt("jobs_created"),
                rs.getInt("jobs_for_disabled"), (Long) rs.getObject("incubator_id"), rs.getString("incubator_name"),
                day(rs, "incubated_from"), day(rs, "incubated_until"), BusinessStatus.valueOf(rs.getString("status")),
                day(rs, "closed_on"), (Long) rs.getObject("employment_event_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getInt("version"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
