package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.employer.EmployersChanged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * SQL over {@code levy_payment}. A payment is seen where its unit is registered: every read joins the unit and
 * filters its region by the jurisdiction's prefix. Every write publishes {@link EmployersChanged}.
 */
@Repository
@JurisdictionScoped
public class PaymentRepository {

    private static final String COLUMNS = """
            p.id, p.employer_id, e.name, e.credit_code, e.region_code, p.levy_year, p.amount, p.paid_on, p.voucher_no,
            p.source, p.recorded_at, p.recorded_by, p.voided_at, p.voided_by, p.void_reason""";
    private static final String FROM = " FROM levy_payment p JOIN employer e ON e.id = p.employer_id ";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PaymentRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    long insert(long employerId, PaymentData data, PaymentSource source, String by) {
        long id = jdbc.sql("""
                        INSERT INTO levy_payment (employer_id, levy_year, amount, paid_on, voucher_no, source, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(employerId, data.levyYear(), data.amount(), data.paidOn(), data.voucherNo(), source.name(), by)
                .query(Long.class).single();
        events.publishEvent(new EmployersChanged());
        return id;
    }

    /** Voids a standing payment; false when it was voided already (a concurrent void, or a second click). */
    boolean markVoided(long id, String by, String reason) {
        boolean voided = jdbc.sql("UPDATE levy_payment SET voided_at = now(), voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL")
                .params(by, reason, id).update() == 1;
        events.publishEvent(new EmployersChanged());
        return voided;
    }

    public Optional<LevyPayment> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE p.id = ? AND e.region_code LIKE ?")
                .params(id, jurisdiction.likePattern()).query(PaymentRepository::map).optional();
    }

    /** A unit's payments, voided ones included, newest levy year and payment first. */
    public List<LevyPayment> findFor(long employerId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE p.employer_id = ? AND e.region_code LIKE ?"
                        + " ORDER BY p.levy_year DESC, p.paid_on DESC, p.id DESC")
                .params(employerId, jurisdiction.likePattern()).query(PaymentRepository::map).list();
    }


    /** Whether the unit ever had a payment under this voucher, voided or not (an import does not bring a voided one back). */
    boolean hasAny(long employerId, String voucherNo) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM levy_payment WHERE employer_id = ? AND voucher_no = ?)")
                .params(employerId, voucherNo).query(Boolean.class).single();
    }

    /** The levy due of each of the unit's confirmed declarations, by year (the frozen result). */
    Map<Integer, BigDecimal> dueByYear(long employerId, Jurisdiction jurisdiction) {
        Map<Integer, BigDecimal> due = new TreeMap<>();
        jdbc.sql("""
                        SELECT d.year, d.result_due FROM quota_declaration d JOIN employer e ON e.id = d.employer_id
                        WHERE d.employer_id = ? AND d.status = 'CONFIRMED' AND e.region_code LIKE ?""")
                .params(employerId, jurisdiction.likePattern())
                .query((rs, i) -> due.put(rs.getInt(1), rs.getBigDecimal(2))).list();
        return due;
    }

    /** One page of the area's payments in (levy year, paid day) order, newest first. */
    public List<LevyPayment> search(PaymentSearch search, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE " + WHERE
                        + " ORDER BY p.levy_year DESC, p.paid_on DESC, p.id DESC LIMIT ? OFFSET ?")
                .params(params(search, jurisdiction, search.limit(), search.offset()))
                .query(PaymentRepository::map).list();
    }

    public long count(PaymentSearch search, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*)" + FROM + "WHERE " + WHERE).params(params(search, jurisdiction))
                .query(Long.class).single();
    }

    /** Standing payments that reached the treasury from {@code from} to {@code to}, of units under {@code pattern}. */
    public List<LevyPayment> findPaidBetween(LocalDate from, LocalDate to, String pattern, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + """
                        WHERE p.voided_at IS NULL AND p.paid_on BETWEEN ? AND ? AND e.region_code LIKE ? AND e.region_code LIKE ?
                        ORDER BY e.region_code, p.paid_on, p.id""")
                .params(from, to, pattern, jurisdiction.likePattern()).query(PaymentRepository::map).list();
    }

    private static final String WHERE = """
            e.region_code LIKE ? AND (?::int IS NULL OR p.levy_year = ?::int) AND (?::bigint IS NULL OR p.employer_id = ?::bigint)
            AND (?::boolean OR p.voided_at IS NULL)""";

    private static Object[] params(PaymentSearch search, Jurisdiction jurisdiction, Object... more) {
        Object[] base = {jurisdiction.likePatternFor(search.regionCode()), search.year(), search.year(), search.employerId(),
                search.employerId(), search.withVoided()};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static LevyPayment map(ResultSet rs, int row) throws SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new LevyPayment(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("region_code"), rs.getInt("levy_year"), rs.getBigDecimal("amount"),
                rs.getObject("paid_on", LocalDate.class), rs.getString("voucher_no"), PaymentSource.valueOf(rs.getString("source")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                voided == null ? null : voided.toInstant(), rs.getString("voided_by"), rs.getString("void_reason"));
    }
}
