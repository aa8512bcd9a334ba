package org.zhuye.institution.rating;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.TrainingOutcomes;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;

/**
 * 等级评定: staff of the institution's area enter the inspection scores of a year, the rating is computed from
 * them and the figures (recomputed on every change while DRAFT), and a year's ratings of an area are confirmed
 * together, which freezes them. Every change is one transaction with its audit record. The ratings compare
 * institutions of a kind across the province, so the baseline is always the province's, whoever computes.
 */
@Service
public class InstitutionRatings {

    /** The province every institution is rated in; the baselines and county factors are measured over it. */
    static final String PROVINCE = "15";

    private final JdbcClient jdbc;
    private final InstitutionRepository institutions;
    private final RatingRepository ratings;
    private final ServedRecords served;
    private final RatingParameters parameters;
    private final WorkingAgeRules workingAge;
    private final TrainingOutcomes training;
    private final AuditTrail audit;

    InstitutionRatings(JdbcClient jdbc, InstitutionRepository institutions, RatingRepository ratings, ServedRecords served,
                       RatingParameters parameters, WorkingAgeRules workingAge, TrainingOutcomes training,
                       AuditTrail audit) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.ratings = ratings;
        this.served = served;
        this.parameters = parameters;
        this.workingAge = workingAge;
        this.training = training;
        this.audit = audit;
    }

    /** The institution the user may see: staff-side roles in their area, an INSTITUTION account its own; else 404. */
    public Institution visible(long institutionId, UserAccount user) {
        Optional<Institution> found;
        if (user.roles().stream().anyMatch(Role::staffSide)) {
            found = institutions.find(institutionId, user.jurisdiction());
        } else if (user.roles().contains(Role.INSTITUTION)) {
            found = institutions.findLinkedTo(user.id()).filter(i -> i.id() == institutionId);
        } else {
            found = Optional.empty();
        }
        return found.orElseThrow(() -> new InstitutionNotFoundException(institutionId));
    }

    /** The jurisdiction the user reads an institution's ratings in (an INSTITUTION account: its institution's region). */
    public Jurisdiction readingScope(Institution institution, UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide) ? user.jurisdiction() : Jurisdiction.of(institution.regionCode());
    }

    public static boolean rates(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    private static void requireRater(UserAccount user) {
        if (!rates(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员或管理员可以录入和确认等级评定");
        }
    }

    /** The institution's rating of the year, if the user may see it. */
    Optional<Rating> find(long institutionId, int year, UserAccount user) {
        Institution institution = visible(institutionId, user);
        return ratings.find(institutionId, year, readingScope(institution, user));
    }

    /** The scheme of the institution's kind for the year, for the inspection form. */
    public RatingScheme scheme(Institution institution, int year) {
        return parameters.scheme(institution.kind(), institution.regionCode(), year).scheme();
    }

    /**
     * Enters the inspection scores of a year and computes the rating. Every criterion of the kind's scheme needs a
     * whole number from 0 to its maximum; every problem is named. {@code version} is the rating's as read (null
     * for a first entry).
     */
    @Transactional
    public Rating inspect(long institutionId, int year, Map<String, String> scores, Integer version, UserAccount user) {
        return inspect(institutionId, year, scores, version, user, LocalDate.now());
    }

    @Transactional
    Rating inspect(long institutionId, int year, Map<String, String> scores, Integer version, UserAccount user, LocalDate today) {
        requireRater(user);
        Institution institution = visible(institutionId, user);
        checkYear(year, today);
        RatingScheme scheme = parameters.scheme(institution.kind(), institution.regionCode(), year).scheme();
        Map<String, Integer> checked = checkScores(scheme, scores);
        Optional<Rating> before = ratings.find(institutionId, year, user.jurisdiction());
        if (before.isPresent()) {
            Rating was = before.get();
            if (was.frozen()) {
                throw RatingConflictException.frozen(institution.name(), year);
            }
            if (version != null && version != was.version()) {
                throw RatingConflictException.stale();
            }
            int changed = jdbc.sql("""
                            UPDATE institution_rating SET inspection = CAST(? AS jsonb), inspected_on = ?, inspected_by = ?,
                                   updated_at = now(), version = version + 1
                            WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                    .params(ratings.toJson(checked), Date.valueOf(today), AuditTrail.currentActor(), was.id(), was.version())
                    .update();
            if (changed == 0) {
                throw RatingConflictException.stale();
            }
        } else {
            jdbc.sql("""
                            INSERT INTO institution_rating (institution_id, year, region_code, inspection, inspected_on, inspected_by)
                            VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                    .params(institutionId, year, institution.regionCode(), ratings.toJson(checked), Date.valueOf(today),
                            AuditTrail.currentActor())
                    .update();
        }
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_INSPECTED, RatingVocabulary.TYPE, key(institutionId, year),
                        institution.regionCode())
                .withChange(before.map(r -> inspectionState(r.inspection())).orElse(null), inspectionState(checked)));
        computeOne(institution, year, user.jurisdiction(), Instant.now(), today);
        return ratings.find(institutionId, year, user.jurisdiction()).orElseThrow();
    }

    /** Recomputes one DRAFT rating from today's figures and parameters. */
    @Transactional
    public Rating compute(long institutionId, int year, UserAccount user) {
        requireRater(user);
        Institution institution = visible(institutionId, user);
        checkYear(year, LocalDate.now());
        computeOne(institution, year, user.jurisdiction(), Instant.now(), LocalDate.now());
        return ratings.find(institutionId, year, user.jurisdiction()).orElseThrow();
    }

    /** Recomputes every DRAFT rating with inspection scores of the year in the region (inside the user's area). */
    @Transactional
    public int computeArea(int year, String region, UserAccount user) {
        requireRater(user);
        checkYear(year, LocalDate.now());
        return computeArea(year, areaPattern(region, user), user.jurisdiction(), Instant.now(), LocalDate.now());
    }

    /**
     * Confirms the year in the region: every DRAFT rating with inspection scores is recomputed, then frozen with
     * its snapshot. Ratings already confirmed stay as they are; institutions without scores are not rated.
     */
    @Transactional
    public int confirm(int year, String region, UserAccount user) {
        return confirm(year, region, user, Instant.now(), LocalDate.now());
    }

    @Transactional
    int confirm(int year, String region, UserAccount user, Instant at, LocalDate today) {
        requireRater(user);
        checkYear(year, today);
        String pattern = areaPattern(region, user);
        computeArea(year, pattern, user.jurisdiction(), at, today);
        List<Map<String, Object>> confirmed = jdbc.sql("""
                        UPDATE institution_rating SET status = 'CONFIRMED', confirmed_at = ?, confirmed_by = ?,
                               updated_at = now(), version = version + 1
                        WHERE year = ? AND region_code LIKE ? AND region_code LIKE ? AND status = 'DRAFT'
                          AND inspection IS NOT NULL AND snapshot IS NOT NULL
                        RETURNING institution_id, region_code, grade, subsidy""")
                .params(Timestamp.from(at), AuditTrail.currentActor(), year, pattern, user.jurisdiction().likePattern())
                .query().listOfRows();
        if (confirmed.isEmpty()) {
            throw RatingRuleException.of("year", year + " 年度在所选地区没有可确认的评定（须先录入检查评分；已确认的不再重复确认）");
        }
        for (Map<String, Object> row : confirmed) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", RatingStatus.CONFIRMED.name());
            after.put("grade", row.get("grade"));
            after.put("subsidy", row.get("subsidy"));
            audit.record(AuditEntry.of(AuditAction.INSTITUTION_RATING_CONFIRMED, RatingVocabulary.TYPE,
                            key((Long) row.get("institution_id"), year), (String) row.get("region_code"))
                    .withChange(Map.of("status", RatingStatus.DRAFT.name()), after));
        }
        return confirmed.size();
    }

    private String areaPattern(String region, UserAccount user) {
        return user.jurisdiction().likePatternFor(region);
    }

    private int computeArea(int year, String pattern, Jurisdiction jurisdiction, Instant at, LocalDate today) {
        Map<InstitutionKind, List<Institution>> byKind = new LinkedHashMap<>();
        for (RatingRepository.Row row : ratings.findYear(year, pattern, null, jurisdiction)) {
            if (row.rating() != null && !row.rating().frozen() && row.rating().inspection() != null) {
                byKind.computeIfAbsent(row.institution().kind(), k -> new ArrayList<>()).add(row.institution());
            }
        }
        int count = 0;
        for (var entry : byKind.entrySet()) {
            KindYear shared = null;
            Map<Long, TrainingOutcomes.Completions> completions = completions(entry.getValue(), year);
            for (Institution institution : entry.getValue()) {
                RatingParameters.Scheme scheme = parameters.scheme(institution.kind(), institution.regionCode(), year);
                if (shared == null) {
                    shared = kindYear(institution.kind(), scheme.scheme(), year, today);
                }
                store(institution, year, jurisdiction, scheme, shared, completions, at, today);
                count++;
            }
        }
        return count;
    }

    private void computeOne(Institution institution, int year, Jurisdiction jurisdiction, Instant at, LocalDate today) {
        RatingParameters.Scheme scheme = parameters.scheme(institution.kind(), institution.regionCode(), year);
        store(institution, year, jurisdiction, scheme, kindYear(institution.kind(), scheme.scheme(), year, today),
                completions(List.of(institution), year), at, today);
    }

    private KindYear kindYear(InstitutionKind kind, RatingScheme scheme, int year, LocalDate today) {
        LocalDate day = RatingParameters.dayOf(year).isAfter(today) ? today : RatingParameters.dayOf(year);
        return new KindYear(served.ofKind(kind, PROVINCE, year), served.countyGroups(PROVINCE, day),
                workingAge.on(PROVINCE, day), scheme.shrinkK(), year, today);
    }

    private Map<Long, TrainingOutcomes.Completions> completions(List<Institution> of, int year) {
        return training.ofInstitutions(of.stream().map(Institution::id).toList(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    private void store(Institution institution, int year, Jurisdiction jurisdiction, RatingParameters.Scheme scheme,
                       KindYear shared, Map<Long, TrainingOutcomes.Completions> completions, Instant at, LocalDate today) {
        Rating was = ratings.find(institution.id(), year, jurisdiction)
                .orElseThrow(() -> RatingRuleException.of("inspection", institution.name() + " " + year + " 年度尚未录入检查评分，请先录入"));
        if (was.frozen()) {
            throw RatingConflictException.frozen(institution.name(), year);
        }
        if (was.inspection() == null) {
            throw RatingRuleException.of("inspection", institution.name() + " " + year + " 年度尚未录入检查评分，请先录入");
        }
        Map<String, Integer> inspection = checkScores(scheme.scheme(), stringsOf(was.inspection()));
        RatingParameters.Subsidy subsidy = parameters.subsidy(institution.regionCode(), year);
        TrainingOutcomes.Completions trained = completions.get(institution.id());
        RatingFigures figures = shared.figures(institution.id(), institution.capacity(),
                trained == null ? 0 : trained.ended(), trained == null ? 0 : trained.completed());
        ExpectedOutcomes.Expectation placed = shared.expectedPlaced(institution.id());
        ExpectedOutcomes.Expectation retained = shared.expectedRetained(institution.id());
        RatingRules.Result result = RatingRules.rate(scheme.scheme(), RatingRules.inspectionPoints(inspection), figures,
                placed, retained, subsidy.rule());
        RatingSnapshot snapshot = new RatingSnapshot(today, figures, placed, retained, result.parts(),
                result.unmeasuredWeight(), scheme.scheme().criteria(), List.of(scheme.row(), subsidy.row()), true);
        jdbc.sql("""
                        UPDATE institution_rating SET inspection_points = ?, outcome_points = ?, score = ?, grade = ?, subsidy = ?,
                               snapshot = CAST(? AS jsonb), computed_at = ?, region_code = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND status = 'DRAFT'""")
                .params(result.inspectionPoints(), result.outcomePoints(), result.score(), result.grade(), result.subsidy(),
                        ratings.toJson(snapshot), Timestamp.from(at), institution.regionCode(), was.id())
                .update();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("score", was.score());
        before.put("grade", was.grade());
        before.put("subsidy", was.subsidy());
        after.put("score", result.score());
        after.put("grade", result.grade());
        after.put("subsidy", result.subsidy());
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_RATED, RatingVocabulary.TYPE, key(institution.id(), year),
                institution.regionCode()).withChange(was.computed() ? before : null, after));
    }

    private static Map<String, String> stringsOf(Map<String, Integer> scores) {
        Map<String, String> strings = new LinkedHashMap<>();
        scores.forEach((name, value) -> strings.put(name, String.valueOf(value)));
        return strings;
    }

    /** Every criterion's score as a whole number from 0 to its maximum, and no score of a criterion the scheme lacks. */
    static Map<String, Integer> checkScores(RatingScheme scheme, Map<String, String> scores) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        Map<String, String> given = scores == null ? Map.of() : scores;
        for (RatingScheme.Criterion criterion : scheme.criteria()) {
            String text = given.get(criterion.name());
            text = text == null ? "" : text.strip();
            if (text.isEmpty()) {
                errors.put(criterion.name(), "请填写“" + criterion.name() + "”的检查评分（0 到 " + criterion.max() + " 分）");
            } else if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > criterion.max()) {
                errors.put(criterion.name(), "“" + criterion.name() + "”的检查评分须为 0 到 " + criterion.max() + " 的整数");
            } else {
                checked.put(criterion.name(), Integer.parseInt(text));
            }
        }
        given.keySet().stream().filter(name -> scheme.criteria().stream().noneMatch(c -> c.name().equals(name)))
                .forEach(name -> errors.put(name, "评定方案中没有检查项目“" + name + "”"));
        if (!errors.isEmpty()) {
            throw new RatingRuleException(errors);
        }
        return checked;
    }

    private static void checkYear(int year, LocalDate today) {
        if (year < 2000 || year > today.getYear()) {
            throw RatingRuleException.of("year", "评定年度须为 2000 年到今年（" + today.getYear() + "）之间");
        }
    }

    private static Map<String, Object> inspectionState(Map<String, Integer> inspection) {
        return inspection == null ? null : new LinkedHashMap<>(inspection);
    }

    static String key(long institutionId, int year) {
        return institutionId + "/" + year;
    }
}
