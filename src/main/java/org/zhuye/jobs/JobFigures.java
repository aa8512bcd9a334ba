package org.zhuye.jobs;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.jobs.referral.ReferralFigureReport;
import org.zhuye.jobs.referral.ReferralStatus;
import org.zhuye.jobs.referral.ReferralTally;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * The jobs module's records as statistics count them, for a region inside the caller's jurisdiction and a
 * period of days (both ends inclusive). Each list is what one figure counts, so a count and its list cannot
 * disagree: postings published in the period (by the workplace's region, withdrawn ones left out); referrals
 * made in the period and hires (录用) dated in it (by the person's registered region, as the referral figures
 * page places them); fairs starting in the period (by the fair's region). Retention uses
 * {@link ReferralTally#retained}, the referral figures page's own rule.
 */
@Service
@JurisdictionScoped
public class JobFigures {

    /** Retention is asked at these months after the hire, as on the referral figures page. */
    public static final List<Integer> RETENTION_MONTHS = List.of(3, 6, 12);

    /** A posting as a list of statistics shows it. */
    public record Posting(long id, String title, String employerName, String regionCode, LocalDate publishedOn) {
    }

    /** A referral: the person (masked certificate number), the posting and the day it was made. */
    public record Referral(long id, long personId, String personName, String certificateMasked, String regionCode,
                           String postingTitle, String employerName, LocalDate referredOn) {
    }

    /**
     * A hire: its referral, the 录用 day, the calendar days between, and whether the person was still employed
     * 3, 6 and 12 months after it ({@link #RETENTION_MONTHS} order; null while that day has not come).
     */
    public record Hire(Referral referral, LocalDate hiredOn, long days, List<Boolean> retained) implements Counted {

        @Override
        public String regionCode() {
            return referral.regionCode();
        }
    }

    /**
     * A hire as its figures count it — where the person is registered, the days from referral to 录用, and
     * retention at 3, 6 and 12 months ({@link #RETENTION_MONTHS} order; null while that day has not come).
     */
    public interface Counted {
        String regionCode();

        long days();

        List<Boolean> retained();

        default Boolean retainedAt(int months) {
            return retained().get(RETENTION_MONTHS.indexOf(months));
        }
    }

    /** A hire counted from the in-memory referrals ({@link #countHires}): no names, nothing read per hire. */
    public record CountedHire(String regionCode, long days, List<Boolean> retained) implements Counted {
    }

    /** A fair, with whether it is a 国有企业专场. */
    public record Fair(long id, String title, String regionCode, LocalDate startsOn, LocalDate endsOn, boolean stateOwned) {
    }

    private static final String REFERRALS = """
            SELECT r.id, r.person_id, pe.name, pe.cert_masked, pe.region_code, jp.title, e.name, r.referred_on, r.status_on
            FROM job_referral r JOIN person pe ON pe.id = r.person_id
                 JOIN job_posting jp ON jp.id = r.posting_id JOIN employer e ON e.id = jp.employer_id
            WHERE pe.region_code LIKE ? AND pe.region_code LIKE ?""";

    private final JdbcClient jdbc;
    private final ReferralFigureReport referralFigures;
    private final ReferralIndex index;

    JobFigures(JdbcClient jdbc, ReferralFigureReport referralFigures, ReferralIndex index) {
        this.jdbc = jdbc;
        this.referralFigures = referralFigures;
        this.index = index;
    }

    /** Postings published in the period whose workplace is in the region, except those later withdrawn; earliest first. */
    public List<Posting> listPublishedPostings(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.title, e.name, p.region_code, p.published_on
                        FROM job_posting p JOIN employer e ON e.id = p.employer_id
                        WHERE p.region_code LIKE ? AND p.region_code LIKE ? AND p.published_on BETWEEN ? AND ?
                          AND p.status IN ('PUBLISHED', 'CLOSED') AND coalesce(p.closed_reason, '') <> 'WITHDRAWN'
                        ORDER BY p.published_on, p.id""")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Posting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Referrals made in the period to persons registered in the region, whatever became of them; earliest first. */
    public List<Referral> listReferrals(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql(REFERRALS + " AND r.referred_on BETWEEN ? AND ? ORDER BY r.referred_on, r.id")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> referral(rs))
                .list();
    }

    /** Hires (录用) dated in the period of persons registered in the region, with their days and retention; earliest first. */
    @Transactional(readOnly = true)
    public List<Hire> listHires(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        record Read(Referral referral, LocalDate hiredOn) {
        }
        List<Read> reads = jdbc.sql(REFERRALS + " AND r.status = 'HIRED' AND r.status_on BETWEEN ? AND ? ORDER BY r.status_on, r.id")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Read(referral(rs), rs.getObject(9, LocalDate.class)))
                .list();
        List<ReferralTally.Row> rows = reads.stream().map(read -> new ReferralTally.Row(read.referral().personId(),
                read.referral().regionCode(), ReferralStatus.HIRED, read.referral().referredOn(), read.hiredOn())).toList();
        List<List<Boolean>> retained = retention(rows, jurisdiction);
        List<Hire> hires = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Referral r = reads.get(i).referral();
            hires.add(new Hire(r, reads.get(i).hiredOn(), ChronoUnit.DAYS.between(r.referredOn(), reads.get(i).hiredOn()),
                    retained.get(i)));
        }
        return hires;
    }

    /**
     * The region of each referral {@link #listReferrals} lists, in no order: what 推介 counts, from the in-memory
     * referrals rather than a read of every referral with its names.
     */
    public List<String> countReferrals(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return index.rows(region, from, to, false).stream().map(ReferralTally.Row::personRegion).toList();
    }

    /** The hires {@link #listHires} lists, in no order, as their figures count them, from the in-memory referrals. */
    @Transactional(readOnly = true)
    public List<CountedHire> countHires(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        List<ReferralTally.Row> rows = index.rows(region, from, to, true);
        List<List<Boolean>> retained = retention(rows, jurisdiction);
        List<CountedHire> hires = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ReferralTally.Row row = rows.get(i);
            hires.add(new CountedHire(row.personRegion(), ChronoUnit.DAYS.between(row.referredOn(), row.statusOn()),
                    retained.get(i)));
        }
        return hires;
    }

    /** Of each hire, whether the person was employed 3, 6 and 12 months after (null while not yet due). */
    private List<List<Boolean>> retention(List<ReferralTally.Row> hires, Jurisdiction jurisdiction) {
        LocalDate today = LocalDate.now();
        BiPredicate<ReferralTally.Row, LocalDate> employedOn = referralFigures.employedOn(hires, today, jurisdiction);
        List<List<Boolean>> all = new ArrayList<>(hires.size());
        for (ReferralTally.Row hire : hires) {
            List<Boolean> retained = new ArrayList<>(RETENTION_MONTHS.size());
            for (int months : RETENTION_MONTHS) {
                retained.add(ReferralTally.retained(hire, months, today, employedOn));
            }
            all.add(java.util.Collections.unmodifiableList(retained));
        }
        return all;
    }

    /** Fairs in the region starting in the period (all kinds, or only 国有企业专场), earliest first. */
    public List<Fair> listFairs(RegionCode region, LocalDate from, LocalDate to, boolean stateOwnedOnly, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, title, region_code, starts_on, ends_on, kind = 'STATE_OWNED'
                        FROM job_fair
                        WHERE region_code LIKE ? AND region_code LIKE ? AND starts_on BETWEEN ? AND ?
                          AND (kind = 'STATE_OWNED' OR NOT ?)
                        ORDER BY starts_on, id""")
                .params(region.significantPrefix() + "%", jurisdiction.likePattern(), Date.valueOf(from), Date.valueOf(to),
                        stateOwnedOnly)
                .query((rs, i) -> new Fair(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .list();
    }

    /** The median days to hire of some hires, as the referral figures page takes it; null of none. */
    public static Double medianDays(List<? extends Counted> hires) {
        return ReferralTally.median(hires.stream().map(Counted::days).toList());
    }

    private static Referral referral(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Referral(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class));
    }
}
