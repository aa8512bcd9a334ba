package org.zhuye.jobs.fair;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.VisiblePeople;

/**
 * SQL over the fair tables. A viewer sees a fair organised in or above their area (a county's persons go to
 * the league's and the province's fairs); the people of a fair (attendees, intents) pass through
 * {@link VisiblePeople}, so a fair seen from below shows only the viewer's own persons and a count.
 */
@Repository
@JurisdictionScoped
class FairRepository {

    static final String COLUMNS = "f.id, f.title, f.region_code, f.kind, f.online, f.starts_on, f.ends_on, f.venue, "
            + "f.zones, f.callback_days, f.note, f.created_by, f.version";
    /** In or above the viewer's area: two parameters, the LIKE pattern and the area's ancestors' codes. */
    static final String SEEN = "(f.region_code LIKE ? OR f.region_code = ANY (?))";

    private final JdbcClient jdbc;

    FairRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JobFair> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_fair f WHERE f.id = ? AND " + SEEN)
                .params(id, jurisdiction.likePattern(), ancestors(jurisdiction))
                .query(FairRepository::map).optional();
    }

    /** Upcoming and current fairs first (soonest first), then past ones (latest first). */
    public Page<JobFair> list(FairFilter filter, LocalDate today, Jurisdiction jurisdiction, PageRequest paging) {
        StringBuilder where = new StringBuilder(" FROM job_fair f WHERE " + SEEN);
        List<Object> params = new ArrayList<>(List.of(jurisdiction.likePattern(), ancestors(jurisdiction)));
        if (filter.region() != null && !filter.region().isBlank()) {
            RegionCode region = RegionCode.parse(filter.region()).orElse(null);
            if (region != null) {
                where.append(" AND f.region_code LIKE ?");
                params.add(region.significantPrefix() + "%");
            }
        }
        if (filter.kindOrNull() != null) {
            where.append(" AND f.kind = ?");
            params.add(filter.kindOrNull().name());
        }
        if (filter.year() != null) {
            where.append(" AND f.starts_on >= ? AND f.starts_on < ?");
            params.add(LocalDate.of(filter.year(), 1, 1));
            params.add(LocalDate.of(filter.year() + 1, 1, 1));
        }
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(today);
        pageParams.add(today);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<JobFair> rows = jdbc.sql("SELECT " + COLUMNS + where + """
                         ORDER BY f.ends_on < ?, CASE WHEN f.ends_on >= ? THEN f.starts_on END, f.starts_on DESC, f.id DESC
                         LIMIT ? OFFSET ?""")
                .params(pageParams).query(FairRepository::map).list();
        return paging.of(rows, total);
    }

    /** Participating units are announced with the fair, wherever they are registered. */
    @OutsideJurisdiction("participating units and their published postings are announced with the fair")
    public List<FairEmployer> findEmployers(long fairId) {
        Map<Long, List<JobPosting>> postings = new LinkedHashMap<>();
        jdbc.sql("SELECT " + JobPostingRepository.COLUMNS + JobPostingRepository.FROM
                        + " JOIN job_fair_posting fp ON fp.posting_id = p.id WHERE fp.fair_id = ? ORDER BY p.title, p.id")
                .param(fairId).query(JobPostingRepository::map).list()
                .forEach(p -> postings.computeIfAbsent(p.employerId(), k -> new ArrayList<>()).add(p));
        return jdbc.sql("""
                        SELECT fe.employer_id, e.name, e.region_code, fe.zone, fe.booth FROM job_fair_employer fe
                        JOIN employer e ON e.id = fe.employer_id WHERE fe.fair_id = ? ORDER BY fe.zone NULLS LAST, fe.booth NULLS LAST, e.name""")
                .param(fairId)
                .query((rs, i) -> new FairEmployer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), postings.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    boolean participates(long fairId, long employerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM job_fair_employer WHERE fair_id = ? AND employer_id = ?)")
                .params(fairId, employerId).query(Boolean.class).single();
    }

    boolean onFair(long fairId, long postingId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM job_fair_posting WHERE fair_id = ? AND posting_id = ?)")
                .params(fairId, postingId).query(Boolean.class).single();
    }

    /** The fair's registered persons the viewer may see, and a count of the others. */
    public VisiblePeople<Attendee> listAttendees(long fairId, Jurisdiction jurisdiction) {
        List<Attendee> all = jdbc.sql("""
                        SELECT r.person_id, p.name, p.cert_masked, p.category, p.grade, p.region_code, r.registered_at,
                               r.registered_by, r.checked_in_at
                        FROM job_fair_registration r JOIN person p ON p.id = r.person_id
                        WHERE r.fair_id = ? ORDER BY r.checked_in_at NULLS LAST, r.registered_at, r.person_id""")
                .param(fairId)
                .query((rs, i) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8),
                        instant(rs.getTimestamp(9))))
                .list();
        return VisiblePeople.of(all, Attendee::regionCode, jurisdiction);
    }

    /** One person's registration, if the viewer may see the person. */
    public Optional<Attendee> findAttendee(long fairId, long personId, Jurisdiction jurisdiction) {
        return listAttendees(fairId, jurisdiction).visible().stream().filter(a -> a.personId() == personId).findFirst();
    }

    public VisiblePeople<FairIntent> listIntents(long fairId, Jurisdiction jurisdiction) {
        List<FairIntent> all = jdbc.sql(INTENTS + " WHERE i.fair_id = ? ORDER BY i.recorded_at, i.id")
                .param(fairId).query(FairRepository::intent).list();
        return VisiblePeople.of(all, FairIntent::regionCode, jurisdiction);
    }

    public Optional<FairIntent> findIntent(long fairId, long intentId, Jurisdiction jurisdiction) {
        return jdbc.sql(INTENTS + " WHERE i.fair_id = ? AND i.id = ? AND pe.region_code LIKE ?")
                .params(fairId, intentId, jurisdiction.likePattern()).query(FairRepository::intent).optional();
    }

    /** Intents of persons in the area whose 回访 is due by {@code day} and not yet recorded, oldest first. */
    public List<FairIntent> listCallbacksDue(LocalDate day, Jurisdiction jurisdiction, int limit) {
        return jdbc.sql(INTENTS + """
                         WHERE i.called_back_on IS NULL AND i.callback_due <= ? AND pe.region_code LIKE ?
                         ORDER BY i.callback_due, i.id LIMIT ?""")
                .params(day, jurisdiction.likePattern(), limit).query(FairRepository::intent).list();
    }

    public long countCallbacksDue(LocalDate day, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT count(*) FROM job_fair_intent i JOIN person pe ON pe.id = i.person_id
                        WHERE i.called_back_on IS NULL AND i.callback_due <= ? AND pe.region_code LIKE ?""")
                .params(day, jurisdiction.likePattern()).query(Long.class).single();
    }

    /** The fair's figures over everyone: a count says nothing about any one person. */
    @OutsideJurisdiction("figures about the fair itself count every participant, as a household's status does")
    public FairResults countResults(JobFair fair) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM job_fair_employer WHERE fair_id = :id),
                               (SELECT count(*) FROM job_fair_posting WHERE fair_id = :id),
                               (SELECT count(*) FROM job_fair_registration WHERE fair_id = :id),
                               (SELECT count(*) FROM job_fair_registration WHERE fair_id = :id AND checked_in_at IS NOT NULL),
                               (SELECT count(*) FROM job_fair_intent WHERE fair_id = :id),
                               (SELECT count(*) FROM job_referral WHERE fair_id = :id AND source = 'FAIR'
                                   AND status = 'HIRED' AND status_on <= :hireEnd)""")
                .param("id", fair.id()).param("hireEnd", fair.hireWindowEnd())
                .query((rs, i) -> new FairResults(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** 国有企业专场 per league (4-digit prefix) and year; fairs of the province itself belong to no league. */
    @OutsideJurisdiction("counts of fairs per league and year hold no personal data")
    public Map<String, Map<Integer, Integer>> countStateOwnedByLeagueAndYear(int fromYear, int toYear) {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT substr(region_code, 1, 4) AS league, extract(year FROM starts_on)::int AS year, count(*)::int
                        FROM job_fair WHERE kind = 'STATE_OWNED' AND substr(region_code, 3, 2) <> '00'
                          AND starts_on >= ? AND starts_on < ?
                        GROUP BY 1, 2""")
                .params(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear + 1, 1, 1))
                .query((rs, i) -> counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getInt(2), rs.getInt(3)))
                .list();
        return counts;
    }

    @OutsideJurisdiction("the range of years fairs were held in, for the count's columns")
    public Optional<Integer> findFirstYear() {
        return jdbc.sql("SELECT extract(year FROM min(starts_on))::int FROM job_fair")
                .query((rs, i) -> rs.getObject(1) == null ? null : rs.getInt(1)).optional();
    }

    private static final String INTENTS = """
            SELECT i.id, i.fair_id, i.person_id, pe.name, pe.region_code, i.posting_id, jp.title, e.name AS employer_name,
                   i.referral_id, r.status, i.callback_due, i.called_back_on, i.callback_note
            FROM job_fair_intent i JOIN person pe ON pe.id = i.person_id JOIN job_posting jp ON jp.id = i.posting_id
            JOIN employer e ON e.id = jp.employer_id JOIN job_referral r ON r.id = i.referral_id
            """;

    private static FairIntent intent(ResultSet rs, int row) throws SQLException {
        return new FairIntent(rs.getLong("id"), rs.getLong("fair_id"), rs.getLong("person_id"), rs.getString("name"),
                rs.getString("region_code"), rs.getLong("posting_id"), rs.getString("title"),
                rs.getString("employer_name"), rs.getLong("referral_id"), rs.getString("status"),
                rs.getDate("callback_due").toLocalDate(),
                rs.getDate("called_back_on") == null ? null : rs.getDate("called_back_on").toLocalDate(),
                rs.getString("callback_note"));
    }

    static JobFair map(ResultSet rs, int row) throws SQLException {
        return new JobFair(rs.getLong("id"), rs.getString("title"), rs.getString("region_code"),
                FairKind.valueOf(rs.getString("kind")), rs.getBoolean("online"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getString("venue"), strings(rs.getArray("zones")),
                rs.getInt("callback_days"), rs.getString("note"), rs.getString("created_by"), rs.getInt("version"));
    }

    /** The full codes of the regions above the area (its league and province for a county). */
    static String[] ancestors(Jurisdiction jurisdiction) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> up = jurisdiction.root().parent();
        while (up.isPresent()) {
            codes.add(up.get().value());
            up = up.get().parent();
        }
        return codes.toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
