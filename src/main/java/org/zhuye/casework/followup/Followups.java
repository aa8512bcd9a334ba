package org.zhuye.casework.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceForms;
import org.zhuye.casework.ServiceKind;
import org.zhuye.casework.ServiceRecord;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Follow-ups after a placement: a placement is an employment service (not voided) that recorded a
 * move into work whose status event still stands. Each mark (1, 3, 6, 12 months) is followed up once.
 */
@Service
@JurisdictionScoped
public class Followups {

    /** How far ahead the due list looks, so a visit can be planned. */
    public static final int LOOK_AHEAD_DAYS = 30;
    static final int DUE_LIMIT = 500;

    private static final String PLACEMENTS = """
            FROM casework_service s JOIN person p ON p.id = s.person_id
            JOIN employment_event e ON e.id = s.employment_event_id AND e.voided_at IS NULL AND e.employed
            WHERE s.kind = 'SERVICE' AND s.voided_at IS NULL AND s.employment_event_id IS NOT NULL""";

    /** Follow-up marks not yet recorded, of placements in the jurisdiction and a region, due by a day. */
    private static final String DUE_MARKS = """
            FROM casework_service s JOIN person p ON p.id = s.person_id
            JOIN employment_event e ON e.id = s.employment_event_id AND e.voided_at IS NULL AND e.employed
            CROSS JOIN (VALUES (1), (3), (6), (12)) AS m (month)
            WHERE s.kind = 'SERVICE' AND s.voided_at IS NULL AND s.employment_event_id IS NOT NULL
              AND p.region_code LIKE ? AND p.region_code LIKE ?
              AND NOT EXISTS (SELECT 1 FROM casework_followup f WHERE f.service_id = s.id AND f.month = m.month)
              AND (s.served_on + make_interval(months => m.month))::date <= ?
            """;

    private final JdbcClient jdbc;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final RegionRepository regions;
    private final AuditTrail audit;
    private final EmploymentHistory employment;

    Followups(JdbcClient jdbc, CaseworkServices services, PersonRepository persons, RegionRepository regions, AuditTrail audit,
              EmploymentHistory employment) {
        this.employment = employment;
        this.jdbc = jdbc;
        this.services = services;
        this.persons = persons;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public Followup record(long personId, long serviceId, FollowupInput input, Jurisdiction jurisdiction) {
        var person = persons.require(personId, jurisdiction);
        ServiceForms.target(services, personId, serviceId, ServiceKind.SERVICE, jurisdiction);
        Placement placement = findPlacement(personId, serviceId, jurisdiction)
                .orElseThrow(() -> new CaseworkRuleException(Map.of("serviceId", "这条就业服务没有记录实现就业（或其就业记录已作废），无需跟踪回访")));
        FollowupInput.Validated valid = input.validate(placement.placedOn(), LocalDate.now());
        if (!valid.errors().isEmpty()) {
            throw new CaseworkRuleException(valid.errors());
        }
        Followup f = valid.followup();
        if (placement.at(f.month()).isPresent()) {
            throw new CaseworkRuleException(Map.of("month", "第" + f.month() + "个月的回访已登记"));
        }
        long id = jdbc.sql("""
                INSERT INTO casework_followup (service_id, month, followed_on, still_employed, weekly_hours, monthly_income,
                    problems, followed_by, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(serviceId, f.month(), Date.valueOf(f.followedOn()), f.stillEmployed(), f.weeklyHours(),
                        f.monthlyIncome(), f.problems(), f.followedBy(), AuditTrail.currentActor())
                .query(Long.class).single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("serviceId", serviceId);
        state.put("month", f.month());
        state.put("followedOn", f.followedOn().toString());
        state.put("stillEmployed", f.stillEmployed());
        state.put("weeklyHours", f.weeklyHours());
        state.put("monthlyIncome", f.monthlyIncome() == null ? null : f.monthlyIncome().toPlainString());
        if (valid.leftOn() != null) {
            state.put("leftOn", valid.leftOn().toString());
            recordLeft(personId, valid.leftOn(), jurisdiction);
        }
        audit.record(AuditEntry.of(AuditAction.CASEWORK_FOLLOWUP_RECORDED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        return new Followup(id, serviceId, f.month(), f.followedOn(), f.followedBy(), f.stillEmployed(), f.weeklyHours(),
                f.monthlyIncome(), f.problems());
    }

    /**
     * A follow-up that finds the person gone from the job records the dated move out of work in the registry (in
     * this transaction), so the 就业率 is not overstated — unless the registry already has them out of work that
     * day, or a later status already stands (a new job found since), which the dated history keeps either way.
     */
    private void recordLeft(long personId, LocalDate leftOn, Jurisdiction jurisdiction) {
        boolean employedThen = employment.findStatusOn(personId, leftOn, jurisdiction).map(r -> r.employed()).orElse(false);
        if (employedThen) {
            employment.record(personId, new EmploymentInput(leftOn.toString(), "否", null, null, null, null, null, "其他", null),
                    false, jurisdiction);
        }
    }

    /** A person's placements, newest first, with their follow-ups. */
    public List<Placement> findForPerson(long personId, Jurisdiction jurisdiction) {
        List<Placement> bare = jdbc.sql("SELECT s.id, s.person_id, s.served_on, e.employer_name, e.occupation " + PLACEMENTS
                        + " AND s.person_id = ? AND p.region_code LIKE ? ORDER BY s.served_on DESC, s.id DESC")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> new Placement(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), List.of()))
                .list();
        List<Placement> full = new ArrayList<>();
        for (Placement p : bare) {
            List<Followup> followups = jdbc.sql("SELECT * FROM casework_followup WHERE service_id = ? ORDER BY month")
                    .param(p.serviceId()).query(Followups::map).list();
            full.add(new Placement(p.serviceId(), p.personId(), p.placedOn(), p.employerName(), p.occupation(), followups));
        }
        return full;
    }

    public Optional<Placement> findPlacement(long personId, long serviceId, Jurisdiction jurisdiction) {
        return findForPerson(personId, jurisdiction).stream().filter(p -> p.serviceId() == serviceId).findFirst();
    }

    /** How many of {@link #findDue}'s follow-ups the whole jurisdiction has, split into overdue and still ahead. */
    public DueCount countDue(LocalDate today, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FILTER (WHERE (s.served_on + make_interval(months => m.month))::date < ?),"
                        + " count(*) " + DUE_MARKS)
                .params(Date.valueOf(today), jurisdiction.likePattern(), jurisdiction.likePattern(),
                        Date.valueOf(today.plusDays(LOOK_AHEAD_DAYS)))
                .query((rs, i) -> new DueCount(rs.getLong(1), rs.getLong(2) - rs.getLong(1))).single();
    }

    public record DueCount(long overdue, long upcoming) {
    }

    /** Follow-ups not yet recorded that are due by {@code today} + 30 days in the region, overdue (earliest) first. */
    public List<DueFollowup> findDue(RegionCode region, LocalDate today, Jurisdiction jurisdiction) {
        return findDue(region, today, new PageRequest(1, DUE_LIMIT, ""), jurisdiction).rows();
    }

    /** One page of {@link #findDue}, with the count of all that are due, for the page's pager. */
    public Page<DueFollowup> findDue(RegionCode region, LocalDate today, PageRequest paging, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            return paging.of(List.of(), 0);
        }
        Object[] where = {jurisdiction.likePattern(), Jurisdiction.of(region.value()).likePattern(),
                Date.valueOf(today.plusDays(LOOK_AHEAD_DAYS))};
        long total = jdbc.sql("SELECT count(*) " + DUE_MARKS).params(where).query(Long.class).single();
        List<DueFollowup> rows = jdbc.sql("""
                SELECT s.id, s.person_id, p.name, p.region_code, s.served_on, m.month,
                       (s.served_on + make_interval(months => m.month))::date AS due_on
                """ + DUE_MARKS + " ORDER BY due_on, p.region_code, s.id LIMIT ? OFFSET ?")
                .params(where).param(paging.size()).param(paging.offset())
                .query((rs, i) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    return new DueFollowup(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                            rs.getString("region_code"), rs.getDate("served_on").toLocalDate(), rs.getInt("month"), due,
                            ChronoUnit.DAYS.between(due, today));
                })
                .list();
        return paging.of(rows, total);
    }

    /**
     * Retention at 3, 6 and 12 months for the region and each child region: of the placements whose
     * mark is due by {@code today}, how many were followed up and how many still employed.
     */
    public Optional<RetentionReport> findRetention(RegionCode region, LocalDate today, Jurisdiction jurisdiction) {
        Optional<Region> found = regions.find(region, jurisdiction);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Region self = found.get();
        List<Region> children = regions.children(region, jurisdiction).stream().map(RegionRepository.RegionWithChildCount::region).toList();
        int prefixLength = children.isEmpty() ? self.significantPrefix().length() : children.get(0).significantPrefix().length();
        Map<String, Map<Integer, RetentionFigures>> byPrefix = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT substr(p.region_code, 1, ?) AS prefix, m.month, count(*) AS due, count(f.id) AS followed,
                       count(f.id) FILTER (WHERE f.still_employed) AS retained
                FROM casework_service s JOIN person p ON p.id = s.person_id
                JOIN employment_event e ON e.id = s.employment_event_id AND e.voided_at IS NULL AND e.employed
                CROSS JOIN (VALUES (3), (6), (12)) AS m (month)
                LEFT JOIN casework_followup f ON f.service_id = s.id AND f.month = m.month
                WHERE s.kind = 'SERVICE' AND s.voided_at IS NULL AND s.employment_event_id IS NOT NULL
                  AND p.region_code LIKE ? AND p.region_code LIKE ?
                  AND (s.served_on + make_interval(months => m.month))::date <= ?
                GROUP BY 1, 2
                """)
                .params(prefixLength, jurisdiction.likePattern(), Jurisdiction.of(region.value()).likePattern(), Date.valueOf(today))
                .query((rs, i) -> byPrefix.computeIfAbsent(rs.getString("prefix"), k -> new LinkedHashMap<>())
                        .put(rs.getInt("month"), new RetentionFigures(rs.getLong("due"), rs.getLong("followed"), rs.getLong("retained"))))
                .list();
        Map<Integer, RetentionFigures> total = new LinkedHashMap<>();
        List<RetentionReport.Row> rows = new ArrayList<>();
        for (Region child : children) {
            Map<Integer, RetentionFigures> figures = RetentionFigures.byMonth(byPrefix.get(child.significantPrefix()));
            rows.add(new RetentionReport.Row(child, figures));
        }
        byPrefix.values().forEach(m -> m.forEach((month, f) -> total.merge(month, f, RetentionFigures::plus)));
        return Optional.of(new RetentionReport(self, today, RetentionFigures.byMonth(total), rows));
    }

    private static Followup map(ResultSet rs, int row) throws SQLException {
        return new Followup(rs.getLong("id"), rs.getLong("service_id"), rs.getInt("month"), rs.getDate("followed_on").toLocalDate(),
                rs.getString("followed_by"), rs.getBoolean("still_employed"), (Integer) rs.getObject("weekly_hours", Integer.class),
                rs.getBigDecimal("monthly_income"), rs.getString("problems"));
    }

    /** A follow-up to do: {@code daysOverdue} is negative while it is still ahead. */
    public record DueFollowup(long serviceId, long personId, String name, String regionCode, LocalDate placedOn, int month,
                              LocalDate dueOn, long daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }
    }
}
