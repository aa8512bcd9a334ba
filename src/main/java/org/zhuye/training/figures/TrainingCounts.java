package org.zhuye.training.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.institution.TrainingOutcomes;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EachKind;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.TrainingRuleException;

/**
 * The one place training is counted: every page, the API, the person's page and the rating's
 * {@link TrainingOutcomes} read their enrolments here and count them with {@link PersonTimeTally}.
 * The SQL only narrows the rows (by the completion index and the trainee's region); the rule is the
 * tally's, so it is the same wherever a figure shows.
 */
@Service
@JurisdictionScoped
public class TrainingCounts {

    /** What is counted and how; shown on the page, in the exports and in the API. */
    public static final List<String> NOTES = List.of(
            "人次：统计期间内有结业结果（合格或不合格）的培训报名，每人每班计一次；中途退出不计。按结业结果日期归入期间。",
            "人数：上述人次中的不重复人员，同一人参加多个培训班只计一人。",
            "地区按学员的登记居住地（残疾人登记所在区划）统计，不按培训班举办地；因此各下级地区之和等于上级。");

    private final JdbcClient jdbc;
    private final CompletionIndex index;

    TrainingCounts(JdbcClient jdbc, CompletionIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A period as typed: blank ends mean this calendar year up to its end. Every problem at once. */
    public record Query(RegionCode region, LocalDate from, LocalDate to, CourseKind kind, String courseRegionLike) {

        public static Query parse(String region, String from, String to, String kind, String courseRegion,
                                  Jurisdiction jurisdiction) {
            Map<String, String> errors = new LinkedHashMap<>();
            RegionCode code = FilterText.region(region, "region", "地区", jurisdiction, errors);
            RegionCode course = courseRegion == null || courseRegion.isBlank() ? null
                    : FilterText.region(courseRegion, "courseRegion", "培训班举办地", jurisdiction, errors);
            LocalDate[] period = FilterText.period(from, to, "开始日期", "结束日期", errors);
            CourseKind courseKind = null;
            if (kind != null && !kind.isBlank()) {
                courseKind = Arrays.stream(CourseKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
                        .orElse(null);
                if (courseKind == null) {
                    errors.put("kind", "培训类别须为职业技能培训、实用技术培训、创业培训、岗位技能提升培训或盲人按摩培训之一");
                }
            }
            if (!errors.isEmpty()) {
                throw new TrainingRuleException(errors);
            }
            return new Query(code, period[0], period[1], courseKind, course == null ? null : course.significantPrefix() + "%");
        }
    }

    /** The enrolments a query may count; the SQL only narrows, {@link PersonTimeTally} decides. */
    private static final String COMPLETED = """
            FROM course_enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id
            WHERE e.result IN ('PASSED', 'FAILED') AND e.result_on BETWEEN ? AND ?
              AND p.region_code LIKE ? AND p.region_code LIKE ?
              AND (CAST(? AS text) IS NULL OR c.kind = ?)
              AND (CAST(? AS text) IS NULL OR c.region_code LIKE ?)""";

    @Transactional(readOnly = true)
    public TrainingFigures figures(Query query, Jurisdiction jurisdiction) {
        if (query.courseRegionLike() == null) {
            return figuresOfEachKind(query, jurisdiction).of(query.kind());
        }
        return PersonTimeTally.tally(query.region(), query.from(), query.to(), query.kind(), completed(query, jurisdiction));
    }

    /**
     * {@link #figures} of all kinds and of each kind, from one read of the completions: what shows them
     * side by side need not read them six times.
     */
    @Transactional(readOnly = true)
    public EachKind<TrainingFigures> figuresOfEachKind(Query query, Jurisdiction jurisdiction) {
        if (query.courseRegionLike() == null) {
            // Counted by the trainee's region only: the in-memory completions answer it without reading the rows.
            requireWithin(query, jurisdiction);
            return index.completions().figuresOfEachKind(query.region(), query.from(), query.to());
        }
        List<PersonTimeTally.Enrolment> rows = completed(new Query(query.region(), query.from(), query.to(), null,
                query.courseRegionLike()), jurisdiction);
        Map<CourseKind, TrainingFigures> each = new java.util.EnumMap<>(CourseKind.class);
        for (CourseKind kind : CourseKind.values()) {
            each.put(kind, PersonTimeTally.tally(query.region(), query.from(), query.to(), kind, rows));
        }
        return new EachKind<>(PersonTimeTally.tally(query.region(), query.from(), query.to(), null, rows), each);
    }

    private List<PersonTimeTally.Enrolment> completed(Query query, Jurisdiction jurisdiction) {
        requireWithin(query, jurisdiction);
        return jdbc.sql("SELECT e.person_id, p.region_code, c.kind, e.result, e.result_on " + COMPLETED)
                .params(completedParams(query, jurisdiction))
                .query((rs, i) -> new PersonTimeTally.Enrolment(rs.getLong(1), rs.getString(2),
                        CourseKind.valueOf(rs.getString(3)), EnrolmentResult.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate()))
                .list();
    }

    /** One person-time as lists show it: the enrolment, its trainee (masked as registry lists mask them) and course. */
    public record Completion(long enrolmentId, long personId, String personName, String certificateMasked, String regionCode,
                             long courseId, String courseTitle, CourseKind kind, EnrolmentResult result, LocalDate resultOn) {
    }

    /** The person-times {@link #figures} counts, one per completed enrolment, by result date then enrolment. */
    @Transactional(readOnly = true)
    public List<Completion> completions(Query query, Jurisdiction jurisdiction) {
        requireWithin(query, jurisdiction);
        return jdbc.sql("SELECT e.id, e.person_id, p.name, p.cert_masked, p.region_code, c.id, c.title, c.kind, e.result, e.result_on "
                        + COMPLETED + " ORDER BY e.result_on, e.id")
                .params(completedParams(query, jurisdiction))
                .query((rs, i) -> new Completion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), CourseKind.valueOf(rs.getString(8)),
                        EnrolmentResult.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate()))
                .stream()
                .filter(c -> new PersonTimeTally.Enrolment(c.personId(), c.regionCode(), c.kind(), c.result(), c.resultOn())
                        .countsIn(query.from(), query.to()))
                .toList();
    }

    private static void requireWithin(Query query, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(query.region())) {
            throw TrainingRuleException.of("region", "地区不在您的管辖范围内");
        }
    }

    private static Object[] completedParams(Query query, Jurisdiction jurisdiction) {
        return new Object[] {Date.valueOf(query.from()), Date.valueOf(query.to()), jurisdiction.likePattern(),
                query.region().significantPrefix() + "%", kindName(query.kind()), kindName(query.kind()),
                query.courseRegionLike(), query.courseRegionLike()};
    }

    /** One person's person-times over all their completed enrolments to date (the person's page). */
    @Transactional(readOnly = true)
    public TrainingFigures.Counts ofPerson(long personId, Jurisdiction jurisdiction) {
        List<PersonTimeTally.Enrolment> rows = jdbc.sql("""
                        SELECT e.person_id, p.region_code, c.kind, e.result, e.result_on
                        FROM course_enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id
                        WHERE e.person_id = ? AND p.region_code LIKE ? AND e.result IS NOT NULL""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> new PersonTimeTally.Enrolment(rs.getLong(1), rs.getString(2),
                        CourseKind.valueOf(rs.getString(3)), EnrolmentResult.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate()))
                .list();
        return PersonTimeTally.ofPerson(rows, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /**
     * For {@link TrainingOutcomes}: per institution acting as a provider, its enrolments that ended in
     * the period and how many of them completed, by the same {@link EnrolmentResult#completed()} rule.
     */
    @OutsideJurisdiction("the rating asks for the institutions it has already read within the caller's jurisdiction")
    @Transactional(readOnly = true)
    public Map<Long, TrainingOutcomes.Completions> ofInstitutions(Collection<Long> institutionIds, LocalDate from,
                                                                 LocalDate to) {
        Map<Long, int[]> tallies = new HashMap<>();
        if (institutionIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        SELECT pr.institution_id, e.result, count(*)
                        FROM course_enrolment e JOIN course c ON c.id = e.course_id
                          JOIN training_provider pr ON pr.id = c.provider_id
                        WHERE pr.institution_id = ANY (?) AND e.result IS NOT NULL AND e.result_on BETWEEN ? AND ?
                        GROUP BY pr.institution_id, e.result""")
                .params(institutionIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> {
                    int[] t = tallies.computeIfAbsent(rs.getLong(1), k -> new int[2]);
                    int n = rs.getInt(3);
                    t[0] += n;
                    if (EnrolmentResult.valueOf(rs.getString(2)).completed()) {
                        t[1] += n;
                    }
                    return null;
                })
                .list();
        Map<Long, TrainingOutcomes.Completions> result = new HashMap<>();
        tallies.forEach((id, t) -> result.put(id, new TrainingOutcomes.Completions(t[0], t[1])));
        return result;
    }

    private static String kindName(CourseKind kind) {
        return kind == null ? null : kind.name();
    }
}
