package org.zhuye.jobs.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.casework.CaseworkChanged;
import org.zhuye.casework.LatestAssessment;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.PostingsChanged;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.jobs.profile.WorkProfileSaved;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;

/**
 * Every seeker's current profile and every published posting in memory ({@link SeekerColumns},
 * {@link PostingColumns}), read whole on first use and, after each commit that saved a profile,
 * changed a person or an assessment, or changed a posting, re-read for just those and swapped in,
 * so an answer is never older than the last commit. Readers take a volatile reference; writers take turns.
 */
@Component
class MatchIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchIndex.class);

    private final JdbcClient jdbc;
    private final WorkingAgeRules workingAge;
    private final LatestAssessment assessments;
    private final Object writeLock = new Object();
    private volatile SeekerColumns seekers;
    private volatile PostingColumns postings;

    MatchIndex(JdbcClient jdbc, WorkingAgeRules workingAge, LatestAssessment assessments) {
        this.jdbc = jdbc;
        this.workingAge = workingAge;
        this.assessments = assessments;
    }

    SeekerColumns seekers() {
        SeekerColumns current = seekers;
        if (current != null) {
            return current;
        }
        synchronized (writeLock) {
            if (seekers == null) {
                long started = System.nanoTime();
                seekers = readSeekers(null);
                log.info("岗位匹配索引已建立：{} 名求职者，用时 {} ms", seekers.size, (System.nanoTime() - started) / 1_000_000);
            }
            return seekers;
        }
    }

    PostingColumns postings() {
        PostingColumns current = postings;
        if (current != null) {
            return current;
        }
        synchronized (writeLock) {
            if (postings == null) {
                postings = new PostingColumns(readPostings(null));
            }
            return postings;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkProfileSaved saved) {
        refreshSeekers(Set.of(saved.personId()), false);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged changed) {
        refreshSeekers(changed.ids(), changed.all());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseworkChanged changed) {
        refreshSeekers(changed.personIds(), changed.all());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostingsChanged changed) {
        synchronized (writeLock) {
            if (postings == null) {
                return;
            }
            postings = changed.all() ? new PostingColumns(readPostings(null))
                    : postings.with(changed.ids(), readPostings(changed.ids()));
        }
    }

    private void refreshSeekers(Set<Long> ids, boolean all) {
        try {
            synchronized (writeLock) {
                if (seekers == null) {
                    return;  // not read yet: the first read sees the commit
                }
                if (all) {
                    seekers = readSeekers(null);
                    return;
                }
                SeekerColumns fresh = readSeekers(ids);
                SeekerColumns.Builder next = new SeekerColumns.Builder(seekers.size + fresh.size);
                for (int i = 0; i < seekers.size; i++) {
                    if (!ids.contains(seekers.personId[i])) {
                        next.copy(seekers, i);
                    }
                }
                for (int i = 0; i < fresh.size; i++) {
                    next.copy(fresh, i);
                }
                seekers = next.build();
            }
        } catch (RuntimeException e) {
            log.warn("岗位匹配索引更新失败，将整体重建", e);
            synchronized (writeLock) {
                seekers = null;
            }
        }
    }

    private SeekerColumns readSeekers(Collection<Long> ids) {
        LocalDate today = LocalDate.now();
        Map<Long, Integer> levels = assessments.levelsOf(ids);
        Map<String, Object> ages = new HashMap<>();
        int prefix = Math.max(2, workingAge.table().longestPrefix());
        SeekerColumns.Builder builder = new SeekerColumns.Builder(ids == null ? 1024 : ids.size());
        String sql = """
                SELECT DISTINCT ON (w.person_id) w.person_id, p.region_code, p.category, p.education, p.employed,
                       p.cert_status, p.birth_date, p.sex, w.capabilities, w.needs, w.work_modes, w.hours_per_week_max,
                       w.travel_range, w.wage_expectation, w.occupation_codes, w.no_recommendation, w.wants_change
                FROM work_profile w JOIN person p ON p.id = w.person_id
                WHERE p.merged_into IS NULL""" + (ids == null ? "" : " AND w.person_id = ANY(?)")
                + " ORDER BY w.person_id, w.valid_from DESC, w.id DESC";
        var statement = jdbc.sql(sql);
        if (ids != null) {
            statement = statement.param(ids.toArray(Long[]::new));
        }
        statement.query((ResultSet rs) -> {
            builder.add(seeker(rs, today, levels, ages, prefix));
        });
        return builder.build();
    }

    private Seeker seeker(ResultSet rs, LocalDate today, Map<Long, Integer> levels, Map<String, Object> ages, int prefix)
            throws SQLException {
        long id = rs.getLong(1);
        String region = rs.getString(2);
        LocalDate birth = rs.getDate(7).toLocalDate();
        Sex sex = "M".equals(rs.getString(8)) ? Sex.MALE : Sex.FEMALE;
        // One working-age rule per group of regions that agree on the longest prefix any rule names.
        Object age = ages.computeIfAbsent(region.substring(0, Math.min(prefix, region.length())), key -> {
            try {
                return workingAge.on(region, today);
            } catch (WorkingAgeRules.NoRule e) {
                return e.getMessage();
            }
        });
        LocalDate from = null;
        LocalDate until = null;
        String problem = null;
        if (age instanceof WorkingAge rule) {
            from = birth.plusYears(rule.minimumAgeYears());
            until = (sex == Sex.MALE ? rule.men() : rule.women()).retirementDate(birth);
        } else {
            problem = (String) age;
        }
        Set<WorkplaceFeature> needs = EnumSet.noneOf(WorkplaceFeature.class);
        for (String code : (String[]) rs.getArray(10).getArray()) {
            WorkplaceFeature.parse(code).ifPresent(needs::add);
        }
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        for (String code : (String[]) rs.getArray(11).getArray()) {
            WorkMode.parse(code).ifPresent(modes::add);
        }
        Object[] caps = (Object[]) rs.getArray(9).getArray();
        int[] levelsOf = new int[6];
        for (int i = 0; i < 6; i++) {
            levelsOf[i] = ((Number) caps[i]).intValue();
        }
        CertificateStatus cert = CertificateStatus.valueOf(rs.getString(6));
        return new Seeker(id, region, rs.getInt(3), rs.getString(4), Boolean.TRUE.equals(rs.getObject(5)),
                rs.getBoolean(17), rs.getBoolean(16), SeekerColumns.active(cert), cert.label(), from, until, problem,
                WorkDemands.of(levelsOf), needs, modes, rs.getInt(12), TravelRange.valueOf(rs.getString(13)),
                (Integer) rs.getObject(14), List.of((String[]) rs.getArray(15).getArray()), levels.getOrDefault(id, 0));
    }

    private List<Opening> readPostings(Set<Long> ids) {
        String sql = "SELECT " + JobPostingRepository.COLUMNS + JobPostingRepository.FROM + " WHERE p.status = 'PUBLISHED'"
                + (ids == null ? "" : " AND p.id = ANY(?)") + " ORDER BY p.id";
        var statement = jdbc.sql(sql);
        if (ids != null) {
            statement = statement.param(ids.toArray(Long[]::new));
        }
        return new ArrayList<>(statement.query(JobPostingRepository::map).list().stream().map(Opening::of).toList());
    }

    /** The rows a seeker comes back as, for one person (empty: no current profile). */
    java.util.Optional<Seeker> seeker(long personId) {
        SeekerColumns c = seekers();
        int i = c.indexOf(personId);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(c.seeker(i));
    }

    static Set<Long> idsOf(long... ids) {
        Set<Long> set = new HashSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return set;
    }
}
