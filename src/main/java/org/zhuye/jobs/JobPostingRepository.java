package org.zhuye.jobs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * SQL over {@code job_posting}. Staff read a posting when its workplace or its employer is inside
 * their jurisdiction; job seekers read published ones wherever they are.
 */
@Repository
@JurisdictionScoped
public class JobPostingRepository {

    public static final String COLUMNS = """
            p.id, p.employer_id, e.name AS employer_name, e.region_code AS employer_region_code, p.title,
            p.occupation_code, p.occupation_label, p.headcount, p.region_code, p.address, p.work_mode,
            p.employment_form, p.hours_per_week, p.shift, p.wage_min, p.wage_max, p.contract_type,
            p.social_insurance, p.min_education, p.suitable_categories, p.features, p.demands, p.description,
            p.open_until, p.status, p.return_reason, p.checked_by, p.checked_at, p.check_note, p.published_on,
            p.closed_reason, p.closed_on, p.created_at, p.created_by, p.updated_at, p.updated_by, p.version""";

    /** FROM clause every read uses (the employer's name and place come with the posting). */
    public static final String FROM = " FROM job_posting p JOIN employer e ON e.id = p.employer_id";

    /** The staff jurisdiction rule as SQL: two LIKE parameters, both the jurisdiction's pattern. */
    public static final String IN_JURISDICTION = "(p.region_code LIKE ? OR e.region_code LIKE ?)";

    private final JdbcClient jdbc;

    JobPostingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JobPosting> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE p.id = ? AND " + IN_JURISDICTION)
                .params(id, jurisdiction.likePattern(), jurisdiction.likePattern())
                .query(JobPostingRepository::map).optional();
    }

    /** A posting of one unit, for its EMPLOYER account. */
    @OutsideJurisdiction("an EMPLOYER account reads its own unit's postings, wherever the workplace is")
    public Optional<JobPosting> findOfEmployer(long id, long employerId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE p.id = ? AND p.employer_id = ?")
                .params(id, employerId)
                .query(JobPostingRepository::map).optional();
    }

    /** A published posting, for job seekers: a published job is open to anyone who looks for work. */
    @OutsideJurisdiction("published postings are shown to every job seeker, wherever they live")
    public Optional<JobPosting> findPublished(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE p.id = ? AND p.status = 'PUBLISHED'")
                .params(id)
                .query(JobPostingRepository::map).optional();
    }

    public static JobPosting map(ResultSet rs, int row) throws SQLException {
        Set<WorkplaceFeature> features = EnumSet.noneOf(WorkplaceFeature.class);
        for (String code : strings(rs.getArray("features"))) {
            WorkplaceFeature.parse(code).ifPresent(features::add);
        }
        String closed = rs.getString("closed_reason");
        return new JobPosting(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
                rs.getString("employer_region_code"), rs.getString("title"), rs.getString("occupation_code"),
                rs.getString("occupation_label"), rs.getInt("headcount"), rs.getString("region_code"),
                rs.getString("address"), WorkMode.valueOf(rs.getString("work_mode")), rs.getString("employment_form"),
                rs.getInt("hours_per_week"), rs.getString("shift"), rs.getInt("wage_min"), rs.getInt("wage_max"),
                ContractType.valueOf(rs.getString("contract_type")), rs.getBoolean("social_insurance"),
                rs.getString("min_education"), shorts(rs.getArray("suitable_categories")), Set.copyOf(features),
                WorkDemands.of(shorts(rs.getArray("demands")).stream().mapToInt(Integer::intValue).toArray()),
                rs.getString("description"), rs.getDate("open_until").toLocalDate(),
                PostingStatus.valueOf(rs.getString("status")), rs.getString("return_reason"),
                rs.getString("checked_by"), instant(rs.getTimestamp("checked_at")), rs.getString("check_note"),
                rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate(),
                closed == null ? null : ClosedReason.valueOf(closed),
                rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate(),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Integer> shorts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).intValue());
        }
        return List.copyOf(values);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
