package org.zhuye.jobs.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;
import org.zhuye.region.RegionCode;

/**
 * SQL over {@code job_referral} and its steps. Staff read referrals of persons registered in their
 * area (a referral's person is what it is about; the posting may be anywhere); an EMPLOYER account reads
 * those on its own unit's postings and a PERSON account its own, through the methods named for them.
 */
@Repository
@JurisdictionScoped
public class ReferralRepository {

    static final String COLUMNS = """
            r.id, r.posting_id, jp.title, jp.employer_id, e.name AS employer_name, jp.headcount, jp.wage_min,
            jp.employment_form, jp.occupation_label, jp.region_code AS posting_region_code, r.person_id,
            pe.name AS person_name, pe.region_code AS person_region_code, pe.category, pe.grade, pe.cert_masked,
            pe.phone_masked, r.source, r.fair_id, r.status, r.referred_on, r.status_on, r.reason,
            r.casework_service_id, r.created_by, r.created_at, r.version""";

    static final String FROM = " " + """
            FROM job_referral r JOIN job_posting jp ON jp.id = r.posting_id JOIN employer e ON e.id = jp.employer_id
            JOIN person pe ON pe.id = r.person_id""";

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Referral> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ? AND pe.region_code LIKE ?")
                .params(id, jurisdiction.likePattern()).query(ReferralRepository::map).optional();
    }

    @OutsideJurisdiction("an EMPLOYER account reads the referrals to its own unit's postings, wherever the person lives")
    public Optional<Referral> findOfEmployer(long id, long employerId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ? AND jp.employer_id = ?")
                .params(id, employerId).query(ReferralRepository::map).optional();
    }

    @OutsideJurisdiction("a PERSON account reads its own referrals only")
    public Optional<Referral> findOfPerson(long id, long personId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ? AND r.person_id = ?")
                .params(id, personId).query(ReferralRepository::map).optional();
    }

    /** The row of a referral locked for a step, whoever asks: the caller has already found it visible. */
    @OutsideJurisdiction("locks a row the caller has already read through one of the scoped finds")
    Optional<Referral> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ? FOR UPDATE OF r")
                .param(id).query(ReferralRepository::map).optional();
    }

    public Page<Referral> search(ReferralFilter filter, PageRequest page, Jurisdiction jurisdiction) {
        Where where = where(filter);
        where.add("pe.region_code LIKE ?", jurisdiction.likePattern());
        return page(where, page);
    }

    @OutsideJurisdiction("an EMPLOYER account lists the referrals to its own unit's postings")
    public Page<Referral> searchOfEmployer(long employerId, ReferralFilter filter, PageRequest page) {
        Where where = where(filter);
        where.add("jp.employer_id = ?", employerId);
        return page(where, page);
    }

    /** How many of the board's referrals are at each status, for the status tabs. */
    public java.util.Map<ReferralStatus, Long> countByStatus(ReferralFilter filter, Jurisdiction jurisdiction) {
        Where where = where(filter.withStatus(null));
        where.add("pe.region_code LIKE ?", jurisdiction.likePattern());
        return countByStatus(where);
    }

    @OutsideJurisdiction("an EMPLOYER account counts the referrals to its own unit's postings")
    public java.util.Map<ReferralStatus, Long> countByStatusOfEmployer(long employerId, ReferralFilter filter) {
        Where where = where(filter.withStatus(null));
        where.add("jp.employer_id = ?", employerId);
        return countByStatus(where);
    }

    /**
     * How many referrals to a posting are of persons outside the jurisdiction: the board shows the
     * count only ("另有 n 名…"), never who they are.
     */
    public int countOutside(long postingId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT count(*) FROM job_referral r JOIN person pe ON pe.id = r.person_id
                        WHERE r.posting_id = ? AND pe.region_code NOT LIKE ?""")
                .params(postingId, jurisdiction.likePattern()).query(Integer.class).single();
    }

    private java.util.Map<ReferralStatus, Long> countByStatus(Where where) {
        java.util.Map<ReferralStatus, Long> counts = new java.util.EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT r.status, count(*)" + FROM + where.sql() + " GROUP BY r.status").params(where.params)
                .query((rs, i) -> counts.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** Open referrals of a person at one status, for their home page. */
    @OutsideJurisdiction("a PERSON account counts its own referrals only")
    public long countOfPerson(long personId, ReferralStatus status) {
        return jdbc.sql("SELECT count(*) FROM job_referral WHERE person_id = ? AND status = ?")
                .params(personId, status.name()).query(Long.class).single();
    }

    @OutsideJurisdiction("a PERSON account lists its own referrals only")
    public List<Referral> findAllOfPerson(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.person_id = ? ORDER BY r.referred_on DESC, r.id DESC")
                .param(personId).query(ReferralRepository::map).list();
    }

    /** The dated steps of a referral the caller has already found visible, first to last. */
    @OutsideJurisdiction("steps of a referral the caller has already read through one of the scoped finds")
    public List<ReferralStep> steps(long referralId) {
        return jdbc.sql("""
                        SELECT id, referral_id, status, step_on, note, recorded_by, recorded_at FROM job_referral_step
                        WHERE referral_id = ? ORDER BY step_on, id""")
                .param(referralId)
                .query((rs, i) -> new ReferralStep(rs.getLong("id"), rs.getLong("referral_id"),
                        ReferralStatus.valueOf(rs.getString("status")), rs.getDate("step_on").toLocalDate(),
                        rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** How many of a posting's referrals ended in 录用: a posting is filled when they reach its headcount. */
    @OutsideJurisdiction("counts hires of one posting, no person's data")
    public int countHires(long postingId) {
        return jdbc.sql("SELECT count(*) FROM job_referral WHERE posting_id = ? AND status = 'HIRED'")
                .param(postingId).query(Integer.class).single();
    }

    private Page<Referral> page(Where where, PageRequest page) {
        long total = jdbc.sql("SELECT count(*)" + FROM + where.sql()).params(where.params)
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(page.size());
        params.add(page.offset());
        List<Referral> rows = jdbc.sql("SELECT " + COLUMNS + FROM + where.sql()
                        + " ORDER BY r.status_on DESC, r.id DESC LIMIT ? OFFSET ?")
                .params(params).query(ReferralRepository::map).list();
        return page.of(rows, total);
    }

    private static Where where(ReferralFilter filter) {
        Where where = new Where();
        if (filter.region() != null) {
            where.add("pe.region_code LIKE ?", RegionCode.of(filter.region()).significantPrefix() + "%");
        }
        if (filter.postingId() != null) {
            where.add("r.posting_id = ?", filter.postingId());
        }
        if (filter.personId() != null) {
            where.add("r.person_id = ?", filter.personId());
        }
        if (filter.source() != null) {
            where.add("r.source = ?", filter.source().name());
        }
        if (filter.status() != null) {
            where.add("r.status = ?", filter.status().name());
        }
        if (filter.waiting() != null) {
            where.add("r.status IN ('REFERRED', 'DELIVERED') AND r.status_on <= ?", Date.valueOf(
                    filter.waiting() == ReferralFilter.Waiting.STALE
                            ? LocalDate.now().minusDays(ReferralFilter.STALE_DAYS + 1) : LocalDate.now()));
        }
        if (filter.from() != null) {
            where.add("r.referred_on >= ?", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("r.referred_on <= ?", Date.valueOf(filter.to()));
        }
        return where;
    }

    /** The conditions of a list query and their parameters, in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    static Referral map(ResultSet rs, int row) throws SQLException {
        long service = rs.getLong("casework_service_id");
        Long caseworkService = rs.wasNull() ? null : service;
        long fair = rs.getLong("fair_id");
        Long fairId = rs.wasNull() ? null : fair;
        return new Referral(rs.getLong("id"), rs.getLong("posting_id"), rs.getString("title"), rs.getLong("employer_id"),
                rs.getString("employer_name"), rs.getInt("headcount"), rs.getInt("wage_min"),
                rs.getString("employment_form"), rs.getString("occupation_label"), rs.getString("posting_region_code"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("person_region_code"),
                rs.getInt("category"), rs.getInt("grade"), rs.getString("cert_masked"), rs.getString("phone_masked"),
                ReferralSource.valueOf(rs.getString("source")), fairId, ReferralStatus.valueOf(rs.getString("status")),
                rs.getDate("referred_on").toLocalDate(), rs.getDate("status_on").toLocalDate(), rs.getString("reason"),
                caseworkService, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

}
