package org.zhuye.jobs.referral;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * Reads what {@link ReferralTally} needs for a region inside the caller's jurisdiction: the period's
 * referrals of persons registered there, the exposure log's distinct (posting, person) pairs shown in
 * the period by the person's place, and each due hire's status on its anniversary days through
 * {@link EmploymentHistory#employedOn(Collection, Jurisdiction)} (one read for all hires, which keeps the
 * registry's rule of a dated status in one place; answers remembered until the person changes, {@link EmployedOnMemo}).
 */
@Service
@JurisdictionScoped
public class ReferralFigureReport {

    private final JdbcClient jdbc;
    private final EmployedOnMemo memo;

    ReferralFigureReport(JdbcClient jdbc, EmployedOnMemo memo) {
        this.jdbc = jdbc;
        this.memo = memo;
    }

    @Transactional(readOnly = true)
    public ReferralFigures figures(String regionText, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        RegionCode region = regionText == null || regionText.isBlank() ? jurisdiction.root()
                : RegionCode.parse(regionText).orElseThrow(() -> JobRuleException.of("region", "地区须为区划代码，例如 1525"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!jurisdiction.contains(region)) {
            errors.put("region", "地区不在您的管辖范围内");
        }
        if (from == null || to == null) {
            errors.put("from", "请填写统计期间的起止日期");
        } else if (to.isBefore(from)) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        String like = region.significantPrefix() + "%";
        List<ReferralTally.Row> rows = jdbc.sql("""
                        SELECT r.person_id, pe.region_code, r.status, r.referred_on, r.status_on
                        FROM job_referral r JOIN person pe ON pe.id = r.person_id
                        WHERE pe.region_code LIKE ? AND r.referred_on BETWEEN ? AND ?""")
                .params(like, Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new ReferralTally.Row(rs.getLong(1), rs.getString(2),
                        ReferralStatus.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()))
                .list();
        Map<String, Long> exposures = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT pe.region_code, count(DISTINCT (x.posting_id, x.person_id))
                        FROM job_exposure x JOIN person pe ON pe.id = x.person_id
                        WHERE pe.region_code LIKE ? AND x.shown_at >= ? AND x.shown_at < ?
                        GROUP BY pe.region_code""")
                .params(like, Date.valueOf(from), Date.valueOf(to.plusDays(1)))
                .query((rs, i) -> exposures.put(rs.getString(1), rs.getLong(2))).list();
        LocalDate today = LocalDate.now();
        return ReferralTally.tally(region, from, to, rows, exposures, today, employedOn(rows, today, jurisdiction));
    }

    /**
     * Whether a hire among {@code rows} was employed on a day by the registry's dated status (what retention
     * asks), for each anniversary of each hire that is due by {@code today}, all read at once.
     */
    public BiPredicate<ReferralTally.Row, LocalDate> employedOn(Collection<ReferralTally.Row> rows, LocalDate today,
                                                                Jurisdiction jurisdiction) {
        List<EmploymentHistory.PersonDay> due = new ArrayList<>();
        for (ReferralTally.Row row : rows) {
            if (row.status() != ReferralStatus.HIRED) {
                continue;
            }
            for (int months : ReferralTally.RETENTION_MONTHS) {
                LocalDate day = row.statusOn().plusMonths(months);
                if (!day.isAfter(today)) {
                    due.add(new EmploymentHistory.PersonDay(row.personId(), day));
                }
            }
        }
        Set<EmploymentHistory.PersonDay> employed = memo.employedOn(due, jurisdiction);
        return (row, day) -> employed.contains(new EmploymentHistory.PersonDay(row.personId(), day));
    }
}
