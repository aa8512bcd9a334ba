package org.zhuye.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.jobs.referral.ReferralStatus;
import org.zhuye.jobs.referral.ReferralTally;
import org.zhuye.person.PersonsChanged;
import org.zhuye.platform.memo.PersonRegionColumns;
import org.zhuye.platform.memo.PersonRegionIndex;
import org.zhuye.region.RegionCode;

/**
 * Every referral with its person's registered region, the day it was made and, when hired, the day of 录用, in
 * memory, so the 推介/录用 figures of a province are one pass over arrays rather than a read of the period's
 * referrals joined to persons, postings and employers (most of a second at 100,000 a year). Re-read per person
 * after each committed {@link ReferralsChanged} and {@link PersonsChanged} (a person moved, merged or removed).
 * Lists of referrals, with names, are still read in SQL.
 */
@Component
class ReferralIndex extends PersonRegionIndex {

    private static final int NOT_HIRED = Integer.MIN_VALUE;

    ReferralIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        super("推介索引", jdbc, dataSource, transactions, """
                SELECT r.person_id, pe.region_code, r.referred_on, CASE WHEN r.status = 'HIRED' THEN r.status_on END
                FROM job_referral r JOIN person pe ON pe.id = r.person_id
                WHERE true""", "r.person_id");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferralsChanged change) {
        changed(change.all(), change.personIds());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged change) {
        changed(change.all(), change.ids());
    }

    /**
     * Referrals of persons registered under {@code region} made in the period, or (when {@code hires}) hired in
     * it, as the figures take them: status {@code HIRED} and the day of 录用 for a hire, status null and the
     * referral day otherwise.
     */
    List<ReferralTally.Row> rows(RegionCode region, LocalDate from, LocalDate to, boolean hires) {
        PersonRegionColumns columns = current();
        String prefix = region.significantPrefix();
        boolean[] within = new boolean[columns.regionCount()];
        for (int r = 0; r < within.length; r++) {
            within[r] = columns.regionCode(r).startsWith(prefix);
        }
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        List<ReferralTally.Row> rows = new ArrayList<>();
        for (int i = 0, n = columns.size(); i < n; i++) {
            int day = hires ? columns.b(i) : columns.a(i);
            if (day >= first && day <= last && within[columns.region(i)]) {
                boolean hired = columns.b(i) != NOT_HIRED;
                rows.add(new ReferralTally.Row(columns.person(i), columns.regionCode(columns.region(i)),
                        hired ? ReferralStatus.HIRED : null, LocalDate.ofEpochDay(columns.a(i)),
                        LocalDate.ofEpochDay(hired ? columns.b(i) : columns.a(i))));
            }
        }
        return rows;
    }

    @Override
    protected PersonRegionColumns.Row row(ResultSet rs) throws SQLException {
        java.sql.Date hired = rs.getDate(4);
        return new PersonRegionColumns.Row(rs.getLong(1), rs.getString(2), (int) rs.getDate(3).toLocalDate().toEpochDay(),
                hired == null ? NOT_HIRED : (int) hired.toLocalDate().toEpochDay());
    }
}
