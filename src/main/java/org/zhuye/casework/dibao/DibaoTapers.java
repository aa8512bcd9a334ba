package org.zhuye.casework.dibao;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.parameter.MissingParameters;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.person.MovedIntoWork;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * 低保渐退: when a member of a household on 低保 moves into work, a taper period is recorded so the
 * household does not lose 低保 on the first day of the job. Driven by the registry's
 * {@link MovedIntoWork}, inside the transaction that records the job (a casework service, a 公益性岗位
 * placement or the registry's own form), so the taper stands or falls with it; a taper whose job is
 * later voided drops out of the lists, and so does one voided as the duplicate of another when
 * persons are merged ({@link MergedTapers}).
 */
@Service
@JurisdictionScoped
public class DibaoTapers {

    private final JdbcClient jdbc;
    private final HouseholdFacts households;
    private final AuditTrail audit;
    private final MissingParameters missing;

    DibaoTapers(JdbcClient jdbc, HouseholdFacts households, AuditTrail audit, MissingParameters missing) {
        this.missing = missing;
        this.jdbc = jdbc;
        this.households = households;
        this.audit = audit;
    }

    @EventListener
    void onMovedIntoWork(MovedIntoWork moved) {
        // The person's own region is the narrowest jurisdiction that sees their household.
        Jurisdiction own = Jurisdiction.of(moved.regionCode());
        households.findDibaoCover(moved.personId(), moved.effectiveOn(), own).ifPresent(cover -> {
            TaperRule rule = rule(moved.regionCode(), moved.effectiveOn());
            LocalDate ends = rule.endsOn(moved.effectiveOn());
            long id = jdbc.sql("""
                    INSERT INTO dibao_taper (person_id, household_id, dibao_interval_id, work_started_on, ends_on,
                        monthly_percent, rule_source, employment_event_id)
                    VALUES (?, ?, ?, ?, ?, ?::integer[], ?, ?) RETURNING id
                    """)
                    .params(moved.personId(), cover.householdId(), cover.dibaoIntervalId(), Date.valueOf(moved.effectiveOn()),
                            Date.valueOf(ends), "{" + String.join(",", rule.monthlyPercent().stream().map(String::valueOf).toList()) + "}",
                            rule.source(), moved.employmentEventId())
                    .query(Long.class).single();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("taperId", id);
            state.put("householdId", cover.householdId());
            state.put("workStartedOn", moved.effectiveOn().toString());
            state.put("endsOn", ends.toString());
            state.put("monthlyPercent", rule.monthlyPercent());
            audit.record(AuditEntry.of(AuditAction.DIBAO_TAPER_STARTED, "person", String.valueOf(moved.personId()),
                    moved.regionCode()).withChange(null, state));
        });
    }

    /** The rule in force: longest prefix with a row on the date, its latest start. None is an error that says so. */
    TaperRule rule(String regionCode, LocalDate date) {
        return jdbc.sql("""
                SELECT months, monthly_percent, source FROM dibao_taper_rule
                WHERE ? LIKE region_prefix || '%' AND valid_from <= ?
                ORDER BY length(region_prefix) DESC, valid_from DESC LIMIT 1
                """)
                .params(regionCode, Date.valueOf(date))
                .query((rs, i) -> new TaperRule(rs.getInt(1), integers(rs.getArray(2)), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NoRule(missing.message(DibaoTaperRuleKind.DESCRIPTION, date + " 适用的", regionCode)
                        + "，补充前未能登记就业"));
    }

    /**
     * Tapers under a region in force on {@code asOf} (work started on or before it, not yet ended),
     * or, with {@code includeEnded}, also those ended in the 90 days before it; soonest end first.
     */
    public List<Taper> findInTaper(RegionCode region, LocalDate asOf, boolean includeEnded, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            throw new IllegalArgumentException("区划 " + region + " 不在管辖范围内");
        }
        return jdbc.sql("""
                SELECT t.id, t.person_id, p.name, p.region_code, t.household_id, t.work_started_on, t.ends_on,
                       t.monthly_percent, t.rule_source, e.employer_name
                FROM dibao_taper t JOIN person p ON p.id = t.person_id
                     JOIN employment_event e ON e.id = t.employment_event_id AND e.voided_at IS NULL
                WHERE p.region_code LIKE ? AND p.region_code LIKE ? AND t.voided_at IS NULL
                  AND t.work_started_on <= ? AND t.ends_on > ?
                ORDER BY t.ends_on, t.id
                """)
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%", Date.valueOf(asOf),
                        Date.valueOf(includeEnded ? asOf.minusDays(90) : asOf))
                .query((rs, i) -> {
                    List<Integer> percent = integers(rs.getArray(8));
                    LocalDate started = rs.getDate(6).toLocalDate();
                    return new Taper(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), started,
                            rs.getDate(7).toLocalDate(), percent, TaperRule.percentOn(started, percent, asOf),
                            rs.getString(9), rs.getString(10));
                })
                .list();
    }

    private static List<Integer> integers(Array array) throws java.sql.SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }

    /** One taper; {@code percentNow} is the share of 低保 paid on the day asked about (0 once ended). */
    public record Taper(long id, long personId, String personName, String regionCode, long householdId,
                        LocalDate workStartedOn, LocalDate endsOn, List<Integer> monthlyPercent, int percentNow,
                        String ruleSource, String employerName) {
    }

    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    static class NoRule extends RuntimeException {
        NoRule(String message) {
            super(message);
        }
    }
}
