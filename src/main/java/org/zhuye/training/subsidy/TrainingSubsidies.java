package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.parameter.Evidence;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * Training subsidies per completed enrolment, seen and confirmed by the course's area. A subsidy is
 * computed once its basis is known — the follow-up recorded, the rule's employment window over, or a
 * job already found in it — and stores that basis; while CALCULATED a new computation replaces it
 * (audited when it changed), CONFIRMED freezes it. The rule row is the one in force for the course's
 * region on the completion day.
 */
@Service
@JurisdictionScoped
public class TrainingSubsidies {

    private static final String SELECT = """
            SELECT s.id, s.enrolment_id, s.course_id, c.title, c.kind, pr.name, e.person_id, p.name, p.region_code,
                   s.region_code, s.status, s.level, s.percent, s.amount, s.standard, s.completed_on, s.scheduled_hours,
                   s.attended_hours, s.attendance_percent, s.certificate_text, s.employed_on, s.employment_source,
                   s.rule_region_prefix, s.rule_valid_from, s.rule_evidence, s.reasons, s.computed_at, s.computed_by,
                   s.confirmed_at, s.confirmed_by, s.version
            FROM training_subsidy s JOIN course_enrolment e ON e.id = s.enrolment_id JOIN course c ON c.id = s.course_id
              JOIN training_provider pr ON pr.id = c.provider_id JOIN person p ON p.id = e.person_id
            """;

    private final JdbcClient jdbc;
    private final TrainingSubsidyRules rules;
    private final EmploymentHistory employment;
    private final AuditTrail audit;

    TrainingSubsidies(JdbcClient jdbc, TrainingSubsidyRules rules, EmploymentHistory employment, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.employment = employment;
        this.audit = audit;
    }

    /** What one computation of a course did. */
    public record Computed(int calculated, int unchanged, int confirmed, int waiting) {
    }

    /** List filters: region (prefix pattern, the course's), completion period, status, course. */
    public record Filter(String regionLike, LocalDate from, LocalDate to, Subsidy.Status status, Long courseId) {
    }

    /** Computes (or recomputes) every completed enrolment of the course whose basis is known. */
    @Transactional
    public Computed compute(long courseId, Jurisdiction jurisdiction) {
        record Course(String region, CourseKind kind, BigDecimal standard) {
        }
        Course course = jdbc.sql("SELECT region_code, kind, subsidy_standard FROM course WHERE id = ? AND region_code LIKE ?")
                .params(courseId, jurisdiction.likePattern())
                .query((rs, i) -> new Course(rs.getString(1), CourseKind.valueOf(rs.getString(2)), rs.getBigDecimal(3)))
                .optional().orElseThrow(() -> new TrainingNotFoundException("培训班", courseId));
        BigDecimal scheduled = jdbc.sql("SELECT coalesce(sum(hours), 0) FROM course_session WHERE course_id = ?")
                .param(courseId).query(BigDecimal.class).single();
        record Trainee(long enrolmentId, long personId, String personRegion, LocalDate completedOn, BigDecimal attended,
                       String[] certificates, String certificateText, boolean followedUp, LocalDate followupJob,
                       String status, Integer version) {
        }
        List<Trainee> trainees = jdbc.sql("""
                        SELECT e.id, e.person_id, p.region_code, e.result_on,
                               (SELECT coalesce(sum(se.hours), 0) FROM course_attendance a JOIN course_session se ON se.id = a.session_id
                                WHERE a.enrolment_id = e.id),
                               (SELECT coalesce(array_agg(t.kind ORDER BY t.kind), '{}') FROM training_certificate t WHERE t.enrolment_id = e.id),
                               (SELECT string_agg(t.kind || '|' || coalesce(t.level::text, '') || '|' || t.number, ';' ORDER BY t.kind)
                                FROM training_certificate t WHERE t.enrolment_id = e.id),
                               f.enrolment_id IS NOT NULL, f.employed_on, s.status, s.version
                        FROM course_enrolment e JOIN person p ON p.id = e.person_id
                          LEFT JOIN training_followup f ON f.enrolment_id = e.id
                          LEFT JOIN training_subsidy s ON s.enrolment_id = e.id
                        WHERE e.course_id = ? AND e.result IN ('PASSED', 'FAILED') ORDER BY e.id""")
                .param(courseId)
                .query((rs, i) -> new Trainee(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5), (String[]) rs.getArray(6).getArray(), certificateText(rs.getString(7)), rs.getBoolean(8),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), rs.getString(10),
                        rs.getObject(11, Integer.class)))
                .list();
        int calculated = 0;
        int unchanged = 0;
        int confirmed = 0;
        int waiting = 0;
        LocalDate today = LocalDate.now();
        for (Trainee t : trainees) {
            if ("CONFIRMED".equals(t.status())) {
                confirmed++;
                continue;
            }
            SubsidyRule rule = rules.on(course.region(), t.completedOn());
            LocalDate windowEnd = t.completedOn().plusMonths(rule.employmentMonths());
            LocalDate employedOn = null;
            String source = null;
            if (t.followupJob() != null && !t.followupJob().isAfter(windowEnd)) {
                employedOn = t.followupJob();
                source = "FOLLOWUP";
            } else {
                employedOn = registryJob(t.personId(), t.personRegion(), t.completedOn(), windowEnd).orElse(null);
                source = employedOn == null ? null : "REGISTRY";
            }
            if (!t.followedUp() && !today.isAfter(windowEnd) && employedOn == null) {
                waiting++;
                continue;
            }
            Set<CertificateKind> certificates = EnumSet.noneOf(CertificateKind.class);
            Arrays.stream(t.certificates()).map(CertificateKind::valueOf).forEach(certificates::add);
            SubsidyBasis basis = new SubsidyBasis(course.kind(), course.standard(), scheduled, t.attended(), certificates,
                    t.completedOn(), employedOn, source);
            TrainingSubsidyRule.Decision decision = TrainingSubsidyRule.decide(basis, rule);
            Map<String, Object> state = state(decision, basis, t.certificateText(), rule);
            Map<String, Object> before = t.status() == null ? null : storedState(t.enrolmentId());
            if (before != null && before.equals(state)) {
                unchanged++;
                continue;
            }
            save(t.enrolmentId(), courseId, course.region(), decision, basis, t.certificateText(), rule, t.status() != null);
            long id = jdbc.sql("SELECT id FROM training_subsidy WHERE enrolment_id = ?").param(t.enrolmentId())
                    .query(Long.class).single();
            audit.record(AuditEntry.of(AuditAction.TRAINING_SUBSIDY_CALCULATED, SubsidyVocabulary.SUBSIDY,
                    String.valueOf(id), course.region()).withChange(before, state));
            calculated++;
        }
        return new Computed(calculated, unchanged, confirmed, waiting);
    }

    /** Every course of the jurisdiction with completed enrolments (the demo and a whole area's run). */
    @Transactional
    public Computed computeAll(Jurisdiction jurisdiction) {
        List<Long> courses = jdbc.sql("""
                        SELECT DISTINCT c.id FROM course c JOIN course_enrolment e ON e.course_id = c.id
                        WHERE c.region_code LIKE ? AND e.result IN ('PASSED', 'FAILED') ORDER BY c.id""")
                .param(jurisdiction.likePattern()).query(Long.class).list();
        int[] sums = new int[4];
        for (long course : courses) {
            Computed c = compute(course, jurisdiction);
            sums[0] += c.calculated();
            sums[1] += c.unchanged();
            sums[2] += c.confirmed();
            sums[3] += c.waiting();
        }
        return new Computed(sums[0], sums[1], sums[2], sums[3]);
    }

    /** Freezes a calculated subsidy; a stale version is refused. */
    @Transactional
    public Subsidy confirm(long id, int version, Jurisdiction jurisdiction) {
        Subsidy subsidy = find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("培训补贴", id));
        if (subsidy.confirmed()) {
            throw TrainingRuleException.of("status", "这笔培训补贴已于 " + subsidy.confirmedAt() + " 确认，不能再次确认");
        }
        int updated = jdbc.sql("""
                        UPDATE training_subsidy SET status = 'CONFIRMED', confirmed_at = now(), confirmed_by = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND status = 'CALCULATED'""")
                .params(AuditTrail.currentActor(), id, version).update();
        if (updated == 0) {
            throw StaleTrainingRecordException.of("这笔培训补贴");
        }
        audit.record(AuditEntry.of(AuditAction.TRAINING_SUBSIDY_CONFIRMED, SubsidyVocabulary.SUBSIDY, String.valueOf(id),
                        subsidy.regionCode())
                .withChange(Map.of("status", "CALCULATED"), Map.of("status", "CONFIRMED", "amount", subsidy.amount().toPlainString())));
        return find(id, jurisdiction).orElseThrow();
    }

    /** A subsidy of a course in the jurisdiction. */
    @Transactional(readOnly = true)
    public Optional<Subsidy> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE s.id = ? AND s.region_code LIKE ?").params(id, jurisdiction.likePattern())
                .query(TrainingSubsidies::row).optional();
    }

    /** A person's subsidies, for their page: those of courses the viewer's area holds. */
    @Transactional(readOnly = true)
    public List<Subsidy> ofPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE e.person_id = ? AND p.region_code LIKE ? ORDER BY s.completed_on DESC")
                .params(personId, jurisdiction.likePattern()).query(TrainingSubsidies::row).list();
    }

    @Transactional(readOnly = true)
    public Page<Subsidy> list(Filter filter, PageRequest page, Jurisdiction jurisdiction) {
        String where = """
                 WHERE s.region_code LIKE ? AND s.region_code LIKE ? AND s.completed_on BETWEEN ? AND ?
                   AND (CAST(? AS text) IS NULL OR s.status = ?) AND (CAST(? AS bigint) IS NULL OR s.course_id = ?)""";
        String status = filter.status() == null ? null : filter.status().name();
        Object[] params = {jurisdiction.likePattern(), filter.regionLike(), Date.valueOf(filter.from()),
                Date.valueOf(filter.to()), status, status, filter.courseId(), filter.courseId()};
        long total = jdbc.sql("SELECT count(*) FROM training_subsidy s " + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(Arrays.asList(params));
        paged.add(page.size());
        paged.add(page.offset());
        List<Subsidy> rows = jdbc.sql(SELECT + where + " ORDER BY c.starts_on DESC, s.course_id DESC, s.id LIMIT ? OFFSET ?")
                .params(paged).query(TrainingSubsidies::row).list();
        return page.of(rows, total);
    }

    /** Totals of the filtered list: count and amount per status. */
    @Transactional(readOnly = true)
    public Map<Subsidy.Status, BigDecimal> totals(Filter filter, Jurisdiction jurisdiction) {
        Map<Subsidy.Status, BigDecimal> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.status, sum(s.amount) FROM training_subsidy s
                        WHERE s.region_code LIKE ? AND s.region_code LIKE ? AND s.completed_on BETWEEN ? AND ?
                          AND (CAST(? AS bigint) IS NULL OR s.course_id = ?) GROUP BY s.status""")
                .params(jurisdiction.likePattern(), filter.regionLike(), Date.valueOf(filter.from()), Date.valueOf(filter.to()),
                        filter.courseId(), filter.courseId())
                .query((rs, i) -> totals.put(Subsidy.Status.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return totals;
    }

    /**
     * The registry's job in the window: the status in force on the completion day if employed (its start
     * day), else the first employed event after it up to the window's end. Read in the trainee's own
     * region: the subsidy is the course area's, the person may live elsewhere.
     */
    private Optional<LocalDate> registryJob(long personId, String personRegion, LocalDate completedOn, LocalDate windowEnd) {
        List<EmploymentRecord> events = employment.findHistory(personId, Jurisdiction.of(personRegion)).stream()
                .filter(e -> !e.voided()).sorted(Comparator.comparing(EmploymentRecord::effectiveOn)
                        .thenComparing(EmploymentRecord::id)).toList();
        EmploymentRecord inForce = null;
        for (EmploymentRecord e : events) {
            if (!e.effectiveOn().isAfter(completedOn)) {
                inForce = e;
            }
        }
        if (inForce != null && inForce.employed()) {
            return Optional.of(inForce.effectiveOn());
        }
        return events.stream().filter(e -> e.employed() && e.effectiveOn().isAfter(completedOn)
                && !e.effectiveOn().isAfter(windowEnd)).map(EmploymentRecord::effectiveOn).findFirst();
    }

    /** "职业技能等级证书（四级/中级工）No. 123；…" from the query's kind|level|number list. */
    static String certificateText(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String one : raw.split(";")) {
            String[] f = one.split("\\|", -1);
            parts.add(CertificateKind.valueOf(f[0]).labelWith(f[1].isEmpty() ? null : Integer.valueOf(f[1])) + " " + f[2]);
        }
        return String.join("；", parts);
    }

    private static Map<String, Object> state(TrainingSubsidyRule.Decision d, SubsidyBasis b, String certificateText,
                                             SubsidyRule rule) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("level", d.level().name());
        state.put("amount", d.amount().setScale(2).toPlainString());
        state.put("attendancePercent", b.attendancePercent().setScale(1).toPlainString());
        state.put("certificates", certificateText == null ? "" : certificateText);
        state.put("employedOn", b.employedOn() == null ? "" : b.employedOn().toString());
        state.put("rule", rule.regionPrefix() + "@" + rule.validFrom());
        return state;
    }

    private Map<String, Object> storedState(long enrolmentId) {
        return jdbc.sql("""
                        SELECT level, amount, attendance_percent, coalesce(certificate_text, ''), employed_on,
                               rule_region_prefix || '@' || rule_valid_from
                        FROM training_subsidy WHERE enrolment_id = ?""")
                .param(enrolmentId)
                .query((rs, i) -> {
                    Map<String, Object> state = new LinkedHashMap<>();
                    state.put("level", rs.getString(1));
                    state.put("amount", rs.getBigDecimal(2).setScale(2).toPlainString());
                    state.put("attendancePercent", rs.getBigDecimal(3).setScale(1).toPlainString());
                    state.put("certificates", rs.getString(4));
                    state.put("employedOn", rs.getDate(5) == null ? "" : rs.getDate(5).toLocalDate().toString());
                    state.put("rule", rs.getString(6));
                    return state;
                }).single();
    }

    private void save(long enrolmentId, long courseId, String region, TrainingSubsidyRule.Decision d, SubsidyBasis b,
                      String certificateText, SubsidyRule rule, boolean exists) {
        Object[] values = {d.level().name(), d.percent(), d.amount(), b.standard(), Date.valueOf(b.completedOn()),
                b.scheduledHours(), b.attendedHours(), b.attendancePercent(),
                b.certificates().stream().map(Enum::name).toArray(String[]::new), certificateText,
                b.employedOn() == null ? null : Date.valueOf(b.employedOn()), b.employmentSource(), rule.regionPrefix(),
                Date.valueOf(rule.validFrom()), rule.evidence().code(), String.join("\n", d.reasons()),
                AuditTrail.currentActor()};
        if (exists) {
            List<Object> params = new ArrayList<>(Arrays.asList(values));
            params.add(enrolmentId);
            jdbc.sql("""
                            UPDATE training_subsidy SET level = ?, percent = ?, amount = ?, standard = ?, completed_on = ?,
                                scheduled_hours = ?, attended_hours = ?, attendance_percent = ?, certificates = ?,
                                certificate_text = ?, employed_on = ?, employment_source = ?, rule_region_prefix = ?,
                                rule_valid_from = ?, rule_evidence = ?, reasons = ?, computed_by = ?, computed_at = now(),
                                version = version + 1
                            WHERE enrolment_id = ? AND status = 'CALCULATED'""")
                    .params(params).update();
        } else {
            List<Object> params = new ArrayList<>(Arrays.asList(enrolmentId, courseId, region));
            params.addAll(Arrays.asList(values));
            jdbc.sql("""
                            INSERT INTO training_subsidy (enrolment_id, course_id, region_code, status, level, percent, amount,
                                standard, completed_on, scheduled_hours, attended_hours, attendance_percent, certificates,
                                certificate_text, employed_on, employment_source, rule_region_prefix, rule_valid_from,
                                rule_evidence, reasons, computed_by)
                            VALUES (?, ?, ?, 'CALCULATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(params).update();
        }
    }

    private static Subsidy row(ResultSet rs, int i) throws SQLException {
        Date employedOn = rs.getDate(21);
        Timestamp confirmedAt = rs.getTimestamp(29);
        return new Subsidy(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), CourseKind.valueOf(rs.getString(5)),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                Subsidy.Status.valueOf(rs.getString(11)), SubsidyLevel.valueOf(rs.getString(12)), rs.getInt(13),
                rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getDate(16).toLocalDate(), rs.getBigDecimal(17),
                rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getString(20),
                employedOn == null ? null : employedOn.toLocalDate(), rs.getString(22), rs.getString(23),
                rs.getDate(24).toLocalDate(), Evidence.ofCode(rs.getString(25)).orElseThrow(),
                List.of(rs.getString(26).split("\n")), rs.getTimestamp(27).toInstant(), rs.getString(28),
                confirmedAt == null ? null : confirmedAt.toInstant(), rs.getString(30), rs.getInt(31));
    }
}
