package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.employer.EmployerType;
import org.zhuye.employer.EmployersChanged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * SQL over {@code quota_declaration} and its employees. A declaration is inside a jurisdiction
 * when its unit's place of registration is. Every write of a declaration publishes {@link EmployersChanged}.
 */
@Repository
@JurisdictionScoped
public class DeclarationRepository {

    private static final String COLUMNS = """
            d.id, d.employer_id, e.name AS employer_name, e.credit_code, e.type, e.region_code, d.year, d.status,
            d.staff_count, d.monthly_headcounts, d.wage_total, d.return_reason, d.submitted_at, d.submitted_by,
            d.reviewed_at, d.reviewed_by, d.result_staff, d.result_counted, d.result_required, d.result_shortfall,
            d.result_due, d.result_exempt, d.created_at, d.created_by, d.updated_at, d.updated_by, d.version""";
    private static final String FROM = " FROM quota_declaration d JOIN employer e ON e.id = d.employer_id ";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DeclarationRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Declaration> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE d.id = ? AND e.region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(DeclarationRepository::map).optional();
    }

    /** The latest collection year with any declaration inside the jurisdiction: the lists' default year. */
    public Optional<Integer> findLatestYear(Jurisdiction jurisdiction) {
        // max() of no rows is one row holding null.
        return Optional.ofNullable(jdbc.sql("SELECT max(d.year) " + FROM + "WHERE e.region_code LIKE ?")
                .param(jurisdiction.likePattern())
                .query((rs, i) -> (Integer) rs.getObject(1)).list().get(0));
    }

    public Optional<Declaration> findFor(long employerId, int year, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE d.employer_id = ? AND d.year = ? AND e.region_code LIKE ?")
                .params(employerId, year, jurisdiction.likePattern())
                .query(DeclarationRepository::map).optional();
    }

    /**
     * Submitted declarations waiting for review inside the jurisdiction, counted per collection year and
     * 旗县 (the finest level review parameters are set at), so the caller can keep those its level may
     * review. Served by V22's partial index on submitted declarations.
     */
    public List<Waiting> countSubmitted(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT d.year, left(e.region_code, 6) AS county, count(*)" + FROM
                        + "WHERE d.status = 'SUBMITTED' AND e.region_code LIKE ? GROUP BY d.year, left(e.region_code, 6)")
                .param(jurisdiction.likePattern())
                .query((rs, i) -> new Waiting(rs.getInt(1), rs.getString(2) + "000000", rs.getLong(3))).list();
    }

    public record Waiting(int year, String countyCode, long count) {
    }

    /** Declarations matching the filters, newest year first, then by place and name; one page plus whether more follow. */
    public Page search(DeclarationSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(search, jurisdiction, params);
        params.addValue("limit", search.pageSize() + 1).addValue("offset", (long) search.page() * search.pageSize());
        List<Declaration> rows = jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE " + where
                        + " ORDER BY d.year DESC, e.region_code, e.name, d.id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(DeclarationRepository::map).list();
        boolean hasNext = rows.size() > search.pageSize();
        return new Page(hasNext ? rows.subList(0, search.pageSize()) : rows, hasNext);
    }

    /** How many match the filters in all, for the pager's total. */
    public long count(DeclarationSearch search, Jurisdiction jurisdiction) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql("SELECT count(*)" + FROM + "WHERE " + where(search, jurisdiction, params))
                .paramSource(params).query(Long.class).single();
    }

    private static String where(DeclarationSearch search, Jurisdiction jurisdiction, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("e.region_code LIKE :scope");
        params.addValue("scope", search.scope(jurisdiction));
        if (search.employerId() != null) {
            where.append(" AND d.employer_id = :employer");
            params.addValue("employer", search.employerId());
        }
        if (search.year() != null) {
            where.append(" AND d.year = :year");
            params.addValue("year", search.year());
        }
        if (search.status() != null) {
            where.append(" AND d.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.name() != null) {
            where.append(" AND strpos(e.name, :name) > 0");
            params.addValue("name", search.name());
        }
        return where.toString();
    }

    public List<DeclaredEmployee> findEmployees(long declarationId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT x.line, x.name, x.cert_masked, x.person_id, x.category, x.grade, x.months, x.contract_ok,
                       x.monthly_wage, x.social_insurance, x.dispatch, x.problems, x.counted
                FROM quota_declaration_employee x
                JOIN quota_declaration d ON d.id = x.declaration_id JOIN employer e ON e.id = d.employer_id
                WHERE x.declaration_id = ? AND e.region_code LIKE ? ORDER BY x.line
                """)
                .params(declarationId, jurisdiction.likePattern())
                .query((rs, i) -> new DeclaredEmployee(rs.getInt(1), rs.getString(2), rs.getString(3),
                        (Long) nullable(rs.getObject(4)), (Integer) nullableInt(rs.getObject(5)),
                        (Integer) nullableInt(rs.getObject(6)), rs.getInt(7), rs.getBoolean(8), rs.getBigDecimal(9),
                        rs.getBoolean(10), Dispatch.valueOf(rs.getString(11)), strings(rs.getArray(12)), rs.getBoolean(13)))
                .list();
    }

    /** The encrypted certificate numbers, by row, for the edit form (which shows them in full). */
    public List<byte[]> findCertificateCiphers(long declarationId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT x.cert_cipher FROM quota_declaration_employee x
                JOIN quota_declaration d ON d.id = x.declaration_id JOIN employer e ON e.id = d.employer_id
                WHERE x.declaration_id = ? AND e.region_code LIKE ? ORDER BY x.line
                """)
                .params(declarationId, jurisdiction.likePattern())
                .query((rs, i) -> rs.getBytes(1)).list();
    }

    /**
     * Whether another unit's filed (submitted, returned or confirmed) declaration of the year counts
     * the person. Answers yes or no only.
     */
    @OutsideJurisdiction("a person counts for one unit a year wherever the other unit is registered; only yes or no is answered")
    public boolean countedElsewhere(long personId, int year, long employerId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM quota_declaration_employee x JOIN quota_declaration d ON d.id = x.declaration_id
                               WHERE x.person_id = ? AND x.counted AND d.year = ? AND d.employer_id <> ? AND d.status <> 'DRAFT')
                """)
                .params(personId, year, employerId)
                .query(Boolean.class).single();
    }

    long insert(long employerId, int year, DeclarationData data, String actor) {
        long id = jdbc.sql("""
                INSERT INTO quota_declaration (employer_id, year, status, staff_count, monthly_headcounts, wage_total,
                    created_by, updated_by)
                VALUES (:employer, :year, 'DRAFT', :staff, :monthly, :wage, :actor, :actor)
                RETURNING id
                """)
                .paramSource(figures(data).addValue("employer", employerId).addValue("year", year).addValue("actor", actor))
                .query(Long.class).single();
        return changed(id);
    }

    /** Replaces the figures if nobody changed the declaration since {@code version}; false if somebody did. */
    boolean updateFigures(long id, int version, DeclarationData data, String actor) {
        return changed(jdbc.sql("""
                UPDATE quota_declaration SET staff_count = :staff, monthly_headcounts = :monthly, wage_total = :wage,
                    updated_at = now(), updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """)
                .paramSource(figures(data).addValue("id", id).addValue("version", version).addValue("actor", actor))
                .update() == 1);
    }

    void replaceEmployees(long declarationId, List<StoredLine> lines) {
        jdbc.sql("DELETE FROM quota_declaration_employee WHERE declaration_id = ?").param(declarationId).update();
        for (StoredLine line : lines) {
            jdbc.sql("""
                    INSERT INTO quota_declaration_employee (declaration_id, line, name, cert_cipher, cert_masked, person_id,
                        category, grade, months, contract_ok, monthly_wage, social_insurance, dispatch, problems, counted)
                    VALUES (:id, :line, :name, :cipher, :masked, :person, :category, :grade, :months, :contract, :wage,
                        :insurance, :dispatch, :problems, :counted)
                    """)
                    .param("id", declarationId).param("line", line.line()).param("name", line.employee().name())
                    .param("cipher", line.certificateCipher()).param("masked", line.employee().masked())
                    .param("person", line.outcome().personId()).param("category", line.outcome().category())
                    .param("grade", line.outcome().grade()).param("months", line.employee().months())
                    .param("contract", line.employee().contract()).param("wage", line.employee().monthlyWage())
                    .param("insurance", line.employee().socialInsurance())
                    .param("dispatch", line.employee().dispatch().name())
                    .param("problems", line.outcome().problems().toArray(String[]::new))
                    .param("counted", line.outcome().counted())
                    .update();
        }
    }

    /** Moves the declaration from one status to another, guarded by status and version; false if it had moved on. */
    boolean transition(long id, int version, DeclarationStatus from, DeclarationStatus to, String actor, String reason) {
        String stamp = switch (to) {
            case SUBMITTED -> "submitted_at = now(), submitted_by = :actor, return_reason = NULL,";
            case RETURNED -> "reviewed_at = now(), reviewed_by = :actor, return_reason = :reason,";
            default -> "";
        };
        return changed(jdbc.sql("UPDATE quota_declaration SET status = :to, " + stamp
                        + " updated_at = now(), updated_by = :actor, version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = :from")
                .param("to", to.name()).param("from", from.name()).param("actor", actor).param("reason", reason)
                .param("id", id).param("version", version)
                .update() == 1);
    }

    boolean confirm(long id, int version, Declaration.Result result, String actor) {
        return changed(jdbc.sql("""
                UPDATE quota_declaration SET status = 'CONFIRMED', reviewed_at = now(), reviewed_by = :actor,
                    return_reason = NULL, result_staff = :staff, result_counted = :counted, result_required = :required,
                    result_shortfall = :shortfall, result_due = :due, result_exempt = :exempt,
                    updated_at = now(), updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version AND status = 'SUBMITTED'
                """)
                .param("actor", actor).param("staff", result.staff()).param("counted", result.counted())
                .param("required", result.required()).param("shortfall", result.shortfall()).param("due", result.due())
                .param("exempt", result.exempt()).param("id", id).param("version", version)
                .update() == 1);
    }

    /** Publishes {@link EmployersChanged} once a write has run, and hands back its result. */
    private <T> T changed(T result) {
        events.publishEvent(new EmployersChanged());
        return result;
    }

    private static MapSqlParameterSource figures(DeclarationData data) {
        return new MapSqlParameterSource()
                .addValue("staff", data.headcount().staffCount())
                .addValue("monthly", data.headcount().monthly() == null ? null
                        : data.headcount().monthly().toArray(Integer[]::new))
                .addValue("wage", data.wageTotal());
    }

    static Declaration map(ResultSet rs, int row) throws SQLException {
        Array monthly = rs.getArray("monthly_headcounts");
        List<Integer> months = null;
        if (monthly != null) {
            months = new ArrayList<>();
            for (Object m : (Object[]) monthly.getArray()) {
                months.add(((Number) m).intValue());
            }
        }
        BigDecimal due = rs.getBigDecimal("result_due");
        Declaration.Result result = due == null ? null : new Declaration.Result(rs.getBigDecimal("result_staff"),
                rs.getBigDecimal("result_counted"), rs.getBigDecimal("result_required"),
                rs.getBigDecimal("result_shortfall"), due, rs.getBoolean("result_exempt"));
        Object staff = rs.getObject("staff_count");
        return new Declaration(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
                rs.getString("credit_code"), EmployerType.valueOf(rs.getString("type")), rs.getString("region_code"),
                rs.getInt("year"), DeclarationStatus.valueOf(rs.getString("status")),
                staff == null ? null : ((Number) staff).intValue(), months, rs.getBigDecimal("wage_total"),
                rs.getString("return_reason"), instant(rs.getTimestamp("submitted_at")), rs.getString("submitted_by"),
                instant(rs.getTimestamp("reviewed_at")), rs.getString("reviewed_by"), result,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("version"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Object nullable(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Object nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return List.copyOf(out);
    }

    /** A row as saved: the validated employee, its encrypted number and its check outcome. */
    record StoredLine(int line, EmployeeLine employee, byte[] certificateCipher, EmployeeCheck.Outcome outcome) {
    }

    public record Page(List<Declaration> rows, boolean hasNext) {
    }
}
