package org.zhuye.casework.publicpost;

import static org.zhuye.platform.form.FormFields.date;
import static org.zhuye.platform.form.FormFields.text;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.zhuye.employer.EmployerRepository;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * 公益性岗位 placements. Placing someone records their move into work in the registry's employment
 * history (form 公益性岗位就业) in the same transaction, as a casework service that ends in a job
 * does; voiding a placement voids that status too. Placements are never deleted.
 */
@Service
@JurisdictionScoped
public class PublicPosts {

    static final String FORM = "公益性岗位就业";
    private static final String COLUMNS = """
            x.id, x.person_id, p.name AS person_name, p.region_code, x.post, x.employer_id, x.employer_name, x.start_on,
            x.end_on, x.extended_to_retirement, x.exception_reason, x.employment_event_id, x.recorded_by, x.recorded_at,
            x.voided_at, x.void_reason, x.outcome, x.left_on""";
    /** Ended terms still without an outcome (待确认); the rest of the WHERE is the caller's. */
    private static final String UNCONFIRMED = " FROM public_post_placement x JOIN person p ON p.id = x.person_id"
            + " WHERE x.voided_at IS NULL AND x.outcome IS NULL AND x.end_on < ? AND p.region_code LIKE ?";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final EmployerRepository employers;
    private final EmploymentHistory employment;
    private final WorkingAgeRules workingAge;
    private final PublicPostRules rules;
    private final AuditTrail audit;

    PublicPosts(JdbcClient jdbc, PersonRepository persons, EmployerRepository employers, EmploymentHistory employment,
                WorkingAgeRules workingAge, PublicPostRules rules, AuditTrail audit) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.employers = employers;
        this.employment = employment;
        this.workingAge = workingAge;
        this.rules = rules;
        this.audit = audit;
    }

    /**
     * Checks and saves a placement; throws {@link CaseworkRuleException} naming every problem, saving nothing.
     *
     * @param mayGrantException whether the user is STAFF and so may place beyond the limit with a reason
     */
    @Transactional
    public long place(long personId, PlacementInput input, boolean mayGrantException, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        LocalDate today = LocalDate.now();
        Map<String, String> errors = new LinkedHashMap<>();
        if (person.mergedInto() != null) {
            errors.put("person", "此记录已合并到人员 " + person.mergedInto() + "，请在保留的记录上登记");
        }
        String post = text(input.post());
        if (post == null || post.length() > 100) {
            errors.put("post", "请填写岗位名称（100字以内）");
        }
        Long employerId = null;
        String employerName = text(input.employerName());
        if (text(input.employerId()) != null) {
            try {
                employerId = Long.parseLong(input.employerId().strip());
                var employer = employers.find(employerId, jurisdiction);
                if (employer.isEmpty()) {
                    errors.put("employerId", "用人单位编号 " + employerId + " 不存在或不在您的管辖范围内");
                } else {
                    employerName = employer.get().name();
                }
            } catch (NumberFormatException e) {
                errors.put("employerId", "用人单位编号须为数字");
            }
        }
        if (employerName == null || employerName.length() > 200) {
            errors.putIfAbsent("employerName", "请填写用人单位名称（200字以内），或填写已登记单位的编号");
        }
        LocalDate start = date(input.startOn(), "startOn", "开始日期", errors);
        LocalDate end = date(input.endOn(), "endOn", "补贴期限结束日期", errors);
        if (start != null && start.isAfter(today)) {
            errors.put("startOn", "开始日期不能晚于今天：安置在上岗时登记");
        }
        String reason = text(input.exceptionReason());
        if (reason != null && reason.length() > 500) {
            errors.put("exceptionReason", "例外理由须在500字以内");
        }
        PublicPostRule rule = null;
        if (start != null && end != null && !errors.containsKey("startOn")) {
            rule = rules.on(person.regionCode(), start);
            WorkingAge age = workingAge.on(person.regionCode(), start);
            LocalDate retirement = (person.sex() == Sex.MALE ? age.men() : age.women()).retirementDate(person.birthDate());
            if (start.isBefore(person.birthDate().plusYears(age.minimumAgeYears()))) {
                errors.put("startOn", "开始日期时未满 " + age.minimumAgeYears() + " 周岁，不在就业年龄段");
            }
            int earlier = count(personId);
            rule.check(start, end, retirement, earlier, reason, mayGrantException).forEach(errors::putIfAbsent);
            if (overlaps(personId, start, end)) {
                errors.putIfAbsent("startOn", "与此人已有的公益性岗位安置期间重叠");
            }
            if (earlier < rule.maxPlacements()) {
                reason = null;  // no exception needed: a reason given anyway is not recorded as one
            }
        }
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        long event = employment.record(personId, new EmploymentInput(start.toString(), "是", FORM, employerName, post,
                null, null, null, null), false, jurisdiction);
        long id = jdbc.sql("""
                INSERT INTO public_post_placement (person_id, post, employer_id, employer_name, start_on, end_on,
                    extended_to_retirement, exception_reason, employment_event_id, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(personId, post, employerId, employerName, Date.valueOf(start), Date.valueOf(end),
                        rule.extended(start, end), reason, event, AuditTrail.currentActor())
                .query(Long.class).single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("placementId", id);
        state.put("post", post);
        state.put("employerName", employerName);
        state.put("startOn", start.toString());
        state.put("endOn", end.toString());
        state.put("employmentEventId", event);
        if (reason != null) {
            state.put("exceptionReason", reason);
        }
        audit.record(AuditEntry.of(AuditAction.PUBLIC_POST_PLACED, "person", String.valueOf(personId), person.regionCode())
                .withChange(null, state));
        return id;
    }

    /** Voids a placement entered by mistake, and the move into work it recorded. */
    @Transactional
    public void voidPlacement(long personId, long placementId, String reason, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (reason == null || reason.isBlank()) {
            throw new CaseworkRuleException(Map.of("voidReason", "作废安置记录须说明原因"));
        }
        Placement placement = forPerson(personId, jurisdiction).stream().filter(p -> p.id() == placementId && !p.voided())
                .findFirst().orElseThrow(() -> new PersonNotFoundException(placementId));
        jdbc.sql("UPDATE public_post_placement SET voided_at = now(), voided_by = ?, void_reason = ? WHERE id = ?")
                .params(AuditTrail.currentActor(), reason.strip(), placementId).update();
        // a renewal entered by mistake: the term it renewed has no outcome again, so it waits as 待确认 once more
        jdbc.sql("""
                UPDATE public_post_placement SET outcome = NULL, renewed_by_id = NULL, outcome_by = NULL, outcome_at = NULL
                WHERE renewed_by_id = ?
                """).param(placementId).update();
        if (placement.employmentEventId() != null && employment.findHistory(personId, jurisdiction).stream()
                .anyMatch(e -> e.id() == placement.employmentEventId() && !e.voided())) {
            employment.voidRecord(personId, placement.employmentEventId(), "随公益性岗位安置作废：" + reason.strip(), jurisdiction);
        }
        audit.record(AuditEntry.of(AuditAction.PUBLIC_POST_VOIDED, "person", String.valueOf(personId), person.regionCode())
                .withChange(Map.of("placementId", placementId), null).withDetail(reason.strip()));
    }

    /** A person's placements, newest first, voided ones included. */
    public List<Placement> forPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_post_placement x JOIN person p ON p.id = x.person_id"
                        + " WHERE x.person_id = ? AND p.region_code LIKE ? ORDER BY x.start_on DESC, x.id DESC")
                .params(personId, jurisdiction.likePattern()).query(PublicPosts::map).list();
    }

    /** Placements under a region whose subsidy term ends from {@code from} to {@code to}, soonest first. */
    public List<Placement> ending(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        requireWithin(region, jurisdiction);
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_post_placement x JOIN person p ON p.id = x.person_id"
                        + " WHERE p.region_code LIKE ? AND p.region_code LIKE ? AND x.voided_at IS NULL"
                        + " AND x.end_on BETWEEN ? AND ? ORDER BY x.end_on, x.id")
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%", Date.valueOf(from), Date.valueOf(to))
                .query(PublicPosts::map).list();
    }

    /** How many placements of the jurisdiction end from {@code from} to {@code to} (the home page's count of {@link #ending}). */
    public long countEnding(LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM public_post_placement x JOIN person p ON p.id = x.person_id"
                        + " WHERE p.region_code LIKE ? AND x.voided_at IS NULL AND x.end_on BETWEEN ? AND ?")
                .params(jurisdiction.likePattern(), Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
    }

    /** Placements under a region whose term ended before {@code today} with no outcome recorded (待确认), longest waiting first. */
    public List<Placement> unconfirmed(RegionCode region, LocalDate today, Jurisdiction jurisdiction) {
        requireWithin(region, jurisdiction);
        return jdbc.sql("SELECT " + COLUMNS + UNCONFIRMED + " AND p.region_code LIKE ? ORDER BY x.end_on, x.id")
                .params(Date.valueOf(today), jurisdiction.likePattern(), region.significantPrefix() + "%")
                .query(PublicPosts::map).list();
    }

    /** How many placements of the jurisdiction wait for their outcome (the home page's count of {@link #unconfirmed}). */
    public long countUnconfirmed(LocalDate today, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*)" + UNCONFIRMED).params(Date.valueOf(today), jurisdiction.likePattern())
                .query(Long.class).single();
    }

    /**
     * Records what became of a person whose term ended: 续聘 saves the new term as the next placement (the placing
     * rules apply, starting the day after the old term); 转为其他就业 leaves the registry as it is; 离岗 records the
     * dated move out of work in the registry. All in this transaction with the audit entry; throws
     * {@link CaseworkRuleException} naming every problem, saving nothing.
     */
    @Transactional
    public PlacementOutcome recordOutcome(long personId, long placementId, OutcomeInput input, boolean mayGrantException,
                                          Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        LocalDate today = LocalDate.now();
        Placement placement = awaiting(personId, placementId, today, jurisdiction);
        Map<String, String> errors = new LinkedHashMap<>();
        PlacementOutcome outcome = input.choice(errors);
        LocalDate leftOn = outcome == PlacementOutcome.LEFT ? input.leftOn(placement, today, errors) : null;
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        Long renewal = null;
        Long leftEvent = null;
        if (outcome == PlacementOutcome.RENEWED) {
            renewal = renew(personId, placement, input, mayGrantException, jurisdiction);
        } else if (outcome == PlacementOutcome.LEFT
                && employment.findStatusOn(personId, leftOn, jurisdiction).map(r -> r.employed()).orElse(false)) {
            // as a follow-up finding 已离岗 does; already out of work that day, the dated history says so already
            leftEvent = employment.record(personId, new EmploymentInput(leftOn.toString(), "否", null, null, null, null, null,
                    "其他", null), false, jurisdiction);
        }
        jdbc.sql("""
                UPDATE public_post_placement SET outcome = ?, left_on = ?, left_event_id = ?, renewed_by_id = ?,
                    outcome_by = ?, outcome_at = now()
                WHERE id = ? AND outcome IS NULL
                """)
                .params(outcome.name(), leftOn == null ? null : Date.valueOf(leftOn), leftEvent, renewal,
                        AuditTrail.currentActor(), placementId)
                .update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("placementId", placementId);
        state.put("termOutcome", outcome.label());
        if (leftOn != null) {
            state.put("leftOn", leftOn.toString());
        }
        if (renewal != null) {
            state.put("renewedBy", renewal);
        }
        audit.record(AuditEntry.of(AuditAction.PUBLIC_POST_OUTCOME_RECORDED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        return outcome;
    }

    /** The placement, if its term has ended and waits for an outcome; otherwise not found (no second outcome). */
    public Placement awaiting(long personId, long placementId, LocalDate today, Jurisdiction jurisdiction) {
        return forPerson(personId, jurisdiction).stream().filter(p -> p.id() == placementId && p.awaitingOutcome(today))
                .findFirst().orElseThrow(() -> new PersonNotFoundException(placementId));
    }

    /** 续聘: the next term, the day after the old one ends, placed by the ordinary rules (errors keyed to the outcome form). */
    private long renew(long personId, Placement old, OutcomeInput input, boolean mayGrantException, Jurisdiction jurisdiction) {
        try {
            return place(personId, new PlacementInput(old.post(), old.employerId() == null ? "" : old.employerId().toString(),
                    old.employerName(), old.endOn().plusDays(1).toString(), input.renewedEndOn(), input.exceptionReason()),
                    mayGrantException, jurisdiction);
        } catch (CaseworkRuleException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(
                    field.equals("endOn") ? "renewedEndOn" : field.equals("exceptionReason") ? "exceptionReason" : "outcome",
                    field.equals("endOn") ? message.replace("补贴期限结束日期", "续聘后的补贴期限结束日期") : message));
            throw new CaseworkRuleException(errors);
        }
    }

    /** Placements under a region in force on {@code date}. */
    public Page<Placement> current(RegionCode region, LocalDate date, PageRequest paging, Jurisdiction jurisdiction) {
        requireWithin(region, jurisdiction);
        Object[] where = currentParams(region, date, jurisdiction);
        return paging.of(jdbc.sql("SELECT " + COLUMNS + CURRENT + " ORDER BY p.region_code, x.end_on, x.id LIMIT ? OFFSET ?")
                        .params(where).param(paging.size()).param(paging.offset()).query(PublicPosts::map).list(),
                jdbc.sql("SELECT count(*)" + CURRENT).params(where).query(Long.class).single());
    }

    /** Every placement under a region in force on {@code date}, in the same order as {@link #current} (for indicators). */
    public List<Placement> allCurrent(RegionCode region, LocalDate date, Jurisdiction jurisdiction) {
        requireWithin(region, jurisdiction);
        return jdbc.sql("SELECT " + COLUMNS + CURRENT + " ORDER BY p.region_code, x.end_on, x.id")
                .params(currentParams(region, date, jurisdiction)).query(PublicPosts::map).list();
    }

    private static final String CURRENT = " FROM public_post_placement x JOIN person p ON p.id = x.person_id"
            + " WHERE p.region_code LIKE ? AND p.region_code LIKE ? AND x.voided_at IS NULL AND x.start_on <= ? AND x.end_on >= ?";

    private static Object[] currentParams(RegionCode region, LocalDate date, Jurisdiction jurisdiction) {
        return new Object[] {jurisdiction.likePattern(), region.significantPrefix() + "%", Date.valueOf(date), Date.valueOf(date)};
    }

    /** The rule for a person's region today, for the form's hints. */
    public PublicPostRule ruleFor(Person person, LocalDate date) {
        return rules.on(person.regionCode(), date);
    }

    private int count(long personId) {
        return jdbc.sql("SELECT count(*) FROM public_post_placement WHERE person_id = ? AND voided_at IS NULL")
                .param(personId).query(Integer.class).single();
    }

    private boolean overlaps(long personId, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM public_post_placement WHERE person_id = ? AND voided_at IS NULL
                    AND start_on <= ? AND end_on >= ?)
                """).params(personId, Date.valueOf(end), Date.valueOf(start)).query(Boolean.class).single();
    }

    private static void requireWithin(RegionCode region, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            throw new IllegalArgumentException("区划 " + region + " 不在管辖范围内");
        }
    }

    static Optional<LocalDate> parse(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Placement map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp voided = rs.getTimestamp("voided_at");
        return new Placement(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("region_code"), rs.getString("post"), (Long) rs.getObject("employer_id", Long.class),
                rs.getString("employer_name"), rs.getDate("start_on").toLocalDate(), rs.getDate("end_on").toLocalDate(),
                rs.getBoolean("extended_to_retirement"), rs.getString("exception_reason"),
                (Long) rs.getObject("employment_event_id", Long.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), voided == null ? null : voided.toInstant(),
                rs.getString("void_reason"), rs.getString("outcome") == null ? null : PlacementOutcome.valueOf(rs.getString("outcome")),
                rs.getDate("left_on") == null ? null : rs.getDate("left_on").toLocalDate());
    }
}
