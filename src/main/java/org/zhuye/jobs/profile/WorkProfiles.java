package org.zhuye.jobs.profile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.LatestAssessment;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * Work profiles: dated rows, never updated; a save is a new row, validated and audited
 * ({@code WORK_PROFILE_RECORDED} on the person) in one transaction, then {@link WorkProfileSaved}.
 */
@Service
@JurisdictionScoped
public class WorkProfiles {

    private static final String SELECT = """
            SELECT w.id, w.person_id, w.valid_from, w.capabilities, w.needs, w.work_modes, w.hours_per_week_max,
                   w.travel_range, w.wage_expectation, w.occupation_codes, w.no_recommendation, w.wants_change,
                   w.assessment_service_id, w.recorded_by, w.recorded_at
            FROM work_profile w JOIN person p ON p.id = w.person_id""";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final LatestAssessment assessments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    WorkProfiles(JdbcClient jdbc, PersonRepository persons, LatestAssessment assessments, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.assessments = assessments;
        this.audit = audit;
        this.events = events;
    }

    /** Saves a new row of the person's profile; the person must be inside {@code jurisdiction} and not merged. */
    @Transactional
    public WorkProfile record(long personId, WorkProfileInput input, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (person.merged()) {
            throw org.zhuye.jobs.JobRuleException.of("person", person.mergedMessage());
        }
        Optional<WorkProfile> before = findCurrent(personId, jurisdiction);
        WorkProfileInput.Valid v = input.validate(LocalDate.now(), before.map(WorkProfile::validFrom).orElse(null));
        long id = jdbc.sql("""
                        INSERT INTO work_profile (person_id, valid_from, capabilities, needs, work_modes, hours_per_week_max,
                            travel_range, wage_expectation, occupation_codes, no_recommendation, wants_change,
                            assessment_service_id, recorded_by)
                        VALUES (?, ?, ?::smallint[], ?::text[], ?::text[], ?, ?, ?, ?::text[], ?, ?, ?, ?) RETURNING id""")
                .params(personId, v.validFrom(), pgArray(v.capabilities().toArray()),
                        pgArray(v.needs().stream().map(Enum::name).toList()),
                        pgArray(v.workModes().stream().map(Enum::name).toList()), v.hoursPerWeekMax(),
                        v.travelRange().name(), v.wageExpectation(), pgArray(v.occupationCodes()),
                        v.noRecommendation(), v.wantsChange(), v.assessmentServiceId(), AuditTrail.currentActor())
                .query(Long.class).single();
        WorkProfile saved = jdbc.sql(SELECT + " WHERE w.id = ?").param(id).query(WorkProfiles::map).single();
        audit.record(AuditEntry.of(AuditAction.WORK_PROFILE_RECORDED, "person", String.valueOf(personId), person.regionCode())
                .withChange(before.map(WorkProfile::auditState).orElse(null), saved.auditState()));
        events.publishEvent(new WorkProfileSaved(personId));
        return saved;
    }

    /** The current profile: the latest valid_from, then the latest row. */
    public Optional<WorkProfile> findCurrent(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE w.person_id = ? AND p.region_code LIKE ? ORDER BY w.valid_from DESC, w.id DESC LIMIT 1")
                .params(personId, jurisdiction.likePattern()).query(WorkProfiles::map).optional();
    }

    /** Every row, current first. */
    public List<WorkProfile> findHistory(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE w.person_id = ? AND p.region_code LIKE ? ORDER BY w.valid_from DESC, w.id DESC")
                .params(personId, jurisdiction.likePattern()).query(WorkProfiles::map).list();
    }

    /**
     * What the form starts from: the current profile; else the latest assessment's capabilities
     * ({@link AssessmentPrefill}) and the current job demand's occupations, on-site work, 40 hours, the county.
     */
    public Prefill findPrefill(long personId, Jurisdiction jurisdiction) {
        Optional<WorkProfile> current = findCurrent(personId, jurisdiction);
        if (current.isPresent()) {
            return new Prefill(WorkProfileInput.of(current.get()), null);
        }
        Optional<LatestAssessment.Scores> scores = assessments.find(personId, jurisdiction);
        int[] c = scores.map(AssessmentPrefill::capabilities).orElse(new int[6]);
        List<String> occupations = assessments.findDemandOccupations(personId, jurisdiction);
        WorkProfileInput input = new WorkProfileInput(str(c[0]), str(c[1]), str(c[2]), str(c[3]), str(c[4]), str(c[5]),
                List.of(), List.of(WorkMode.ON_SITE.name()), "40", TravelRange.COUNTY.name(), "",
                occupations.stream().limit(WorkProfileInput.MAX_OCCUPATIONS).toList(), "false", "false", "",
                scores.map(s -> str(s.serviceId())).orElse(""));
        return new Prefill(input, scores.orElse(null));
    }

    /** The form's values and, when they came from one, the assessment. */
    public record Prefill(WorkProfileInput input, LatestAssessment.Scores assessment) {
    }

    static WorkProfile map(ResultSet rs, int row) throws SQLException {
        Set<WorkplaceFeature> needs = EnumSet.noneOf(WorkplaceFeature.class);
        for (String code : strings(rs.getArray("needs"))) {
            WorkplaceFeature.parse(code).ifPresent(needs::add);
        }
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        for (String code : strings(rs.getArray("work_modes"))) {
            WorkMode.parse(code).ifPresent(modes::add);
        }
        Object[] caps = (Object[]) rs.getArray("capabilities").getArray();
        int[] levels = new int[caps.length];
        for (int i = 0; i < caps.length; i++) {
            levels[i] = ((Number) caps[i]).intValue();
        }
        Integer wage = (Integer) rs.getObject("wage_expectation");
        Long assessment = (Long) rs.getObject("assessment_service_id");
        return new WorkProfile(rs.getLong("id"), rs.getLong("person_id"), rs.getDate("valid_from").toLocalDate(),
                WorkDemands.of(levels), Set.copyOf(needs), Set.copyOf(modes), rs.getInt("hours_per_week_max"),
                TravelRange.valueOf(rs.getString("travel_range")), wage, strings(rs.getArray("occupation_codes")),
                rs.getBoolean("no_recommendation"), rs.getBoolean("wants_change"), assessment,
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String str(long value) {
        return String.valueOf(value);
    }

    /** A PostgreSQL array literal of plain codes (letters, digits, '-', '_'), which need no quoting. */
    static String pgArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    static String pgArray(int[] values) {
        return "{" + String.join(",", java.util.Arrays.stream(values).mapToObj(String::valueOf).toList()) + "}";
    }
}
