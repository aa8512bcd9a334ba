package org.zhuye.jobs.posting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.jobs.ClosedReason;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * Writes of {@code job_posting} and its lists. Every change of a stored posting is conditional on the
 * version (and status) read, so a concurrent change is refused rather than overwritten; the caller turns
 * a {@code false} into 409. Lists page with {@code LIMIT/OFFSET} and a count of the same {@code WHERE}.
 */
@Repository
@JurisdictionScoped
class PostingStore {

    private final JdbcClient jdbc;

    PostingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long employerId, PostingData d, String actor, Instant at) {
        return jdbc.sql("""
                INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                    address, work_mode, employment_form, hours_per_week, shift, wage_min, wage_max, contract_type,
                    social_insurance, min_education, suitable_categories, features, demands, description, open_until,
                    created_at, created_by, updated_at, updated_by)
                VALUES (:employer, :title, :occupation, :occupationLabel, :headcount, :region, :address, :mode, :form,
                    :hours, :shift, :wageMin, :wageMax, :contract, :insurance, :education,
                    CAST(:categories AS smallint[]), CAST(:features AS text[]), CAST(:demands AS smallint[]),
                    :description, :openUntil, :at, :actor, :at, :actor)
                RETURNING id
                """).params(fields(d)).param("employer", employerId).param("actor", actor)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    boolean update(long id, int version, PostingData d, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET title = :title, occupation_code = :occupation, occupation_label = :occupationLabel,
                    headcount = :headcount, region_code = :region, address = :address, work_mode = :mode,
                    employment_form = :form, hours_per_week = :hours, shift = :shift, wage_min = :wageMin,
                    wage_max = :wageMax, contract_type = :contract, social_insurance = :insurance,
                    min_education = :education, suitable_categories = CAST(:categories AS smallint[]),
                    features = CAST(:features AS text[]), demands = CAST(:demands AS smallint[]),
                    description = :description, open_until = :openUntil, updated_at = :at, updated_by = :actor,
                    version = version + 1
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')
                """).params(fields(d)).param("id", id).param("version", version).param("actor", actor)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean submit(long id, int version, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'SUBMITTED', return_reason = NULL, updated_at = ?, updated_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')
                """).params(Timestamp.from(at), actor, id, version).update() == 1;
    }

    boolean publish(long id, int version, String note, LocalDate on, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'PUBLISHED', checked_by = ?, checked_at = ?, check_note = ?,
                    published_on = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'SUBMITTED'
                """).params(actor, Timestamp.from(at), note, on, Timestamp.from(at), actor, id, version).update() == 1;
    }

    boolean returnForCorrection(long id, int version, String reason, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'RETURNED', return_reason = ?, checked_by = ?, checked_at = ?,
                    updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'SUBMITTED'
                """).params(reason, actor, Timestamp.from(at), Timestamp.from(at), actor, id, version).update() == 1;
    }

    boolean close(long id, int version, ClosedReason reason, LocalDate on, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'CLOSED', closed_reason = ?, closed_on = ?, updated_at = ?,
                    updated_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND status <> 'CLOSED'
                """).params(reason.name(), on, Timestamp.from(at), actor, id, version).update() == 1;
    }

    /** Published → closed as filled, guarded by the status alone (the hire that fills it is the reason). */
    boolean closeFilled(long id, LocalDate on, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'CLOSED', closed_reason = 'FILLED', closed_on = ?, updated_at = ?,
                    updated_by = ?, version = version + 1
                WHERE id = ? AND status = 'PUBLISHED'
                """).params(on, Timestamp.from(at), actor, id).update() == 1;
    }

    /** Published postings whose open-until date lies before {@code today}: closed EXPIRED the day after it. */
    List<Expired> expire(LocalDate today, String actor) {
        return jdbc.sql("""
                UPDATE job_posting SET status = 'CLOSED', closed_reason = 'EXPIRED', closed_on = open_until + 1,
                    updated_at = now(), updated_by = ?, version = version + 1
                WHERE status = 'PUBLISHED' AND open_until < ?
                RETURNING id, region_code, open_until + 1 AS closed_on
                """).params(actor, today)
                .query((rs, i) -> new Expired(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
    }

    record Expired(long id, String regionCode, LocalDate closedOn) {
    }

    /** The list for staff: postings whose workplace or unit is in their area. */
    List<JobPosting> search(PostingFilter filter, Jurisdiction jurisdiction, LocalDate today, long limit, long offset) {
        Where where = where(filter, today).and(JobPostingRepository.IN_JURISDICTION, jurisdiction.likePattern(),
                jurisdiction.likePattern());
        return page(where, limit, offset);
    }

    long count(PostingFilter filter, Jurisdiction jurisdiction, LocalDate today) {
        Where where = where(filter, today).and(JobPostingRepository.IN_JURISDICTION, jurisdiction.likePattern(),
                jurisdiction.likePattern());
        return count(where);
    }

    @OutsideJurisdiction("an EMPLOYER account lists its own unit's postings, wherever the workplace is")
    List<JobPosting> searchOfEmployer(PostingFilter filter, long employerId, LocalDate today, long limit, long offset) {
        return page(where(filter, today).and("p.employer_id = ?", employerId), limit, offset);
    }

    @OutsideJurisdiction("an EMPLOYER account counts its own unit's postings, wherever the workplace is")
    long countOfEmployer(PostingFilter filter, long employerId, LocalDate today) {
        return count(where(filter, today).and("p.employer_id = ?", employerId));
    }

    /** Submitted postings waiting for the check in the area, oldest submission first. */
    List<JobPosting> findSubmitted(Jurisdiction jurisdiction, long limit, long offset) {
        return jdbc.sql("SELECT " + JobPostingRepository.COLUMNS + JobPostingRepository.FROM
                        + " WHERE p.status = 'SUBMITTED' AND " + JobPostingRepository.IN_JURISDICTION
                        + " ORDER BY p.updated_at, p.id LIMIT ? OFFSET ?")
                .params(jurisdiction.likePattern(), jurisdiction.likePattern(), limit, offset)
                .query(JobPostingRepository::map).list();
    }

    long countSubmitted(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*)" + JobPostingRepository.FROM + " WHERE p.status = 'SUBMITTED' AND "
                        + JobPostingRepository.IN_JURISDICTION)
                .params(jurisdiction.likePattern(), jurisdiction.likePattern()).query(Long.class).single();
    }

    @OutsideJurisdiction("an EMPLOYER account's own unit: its postings returned for correction")
    long countReturnedOfEmployer(long employerId) {
        return jdbc.sql("SELECT count(*) FROM job_posting WHERE employer_id = ? AND status = 'RETURNED'")
                .params(employerId).query(Long.class).single();
    }

    @OutsideJurisdiction("an EMPLOYER account's own unit: its open postings whose date comes within the days given")
    long countExpiringOfEmployer(long employerId, LocalDate today, LocalDate until) {
        return jdbc.sql("""
                SELECT count(*) FROM job_posting
                WHERE employer_id = ? AND status = 'PUBLISHED' AND open_until BETWEEN ? AND ?
                """).params(employerId, today, until).query(Long.class).single();
    }

    private List<JobPosting> page(Where where, long limit, long offset) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + JobPostingRepository.COLUMNS + JobPostingRepository.FROM + " WHERE " + where.sql()
                        + " ORDER BY p.updated_at DESC, p.id DESC LIMIT ? OFFSET ?")
                .params(params).query(JobPostingRepository::map).list();
    }

    private long count(Where where) {
        return jdbc.sql("SELECT count(*)" + JobPostingRepository.FROM + " WHERE " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    /**
     * The filter's conditions. A published posting past its date counts as closed (expired) here too, so
     * the list agrees with the posting's page before the nightly job has run.
     */
    private static Where where(PostingFilter f, LocalDate today) {
        Where where = new Where("true", List.of());
        if (f.region() != null) {
            where = where.and("p.region_code LIKE ?", f.region().significantPrefix() + "%");
        }
        if (f.occupationPrefix() != null) {
            where = where.and("p.occupation_code LIKE ?", f.occupationPrefix() + "%");
        }
        if (f.mode() != null) {
            where = where.and("p.work_mode = ?", f.mode().name());
        }
        if (f.workplaceFeature() != null) {
            where = where.and("? = ANY (p.features)", f.workplaceFeature().name());
        }
        if (f.postingStatus() != null) {
            where = switch (f.postingStatus()) {
                case PUBLISHED -> where.and("p.status = 'PUBLISHED' AND p.open_until >= ?", today);
                case CLOSED -> where.and("(p.status = 'CLOSED' OR (p.status = 'PUBLISHED' AND p.open_until < ?))", today);
                default -> where.and("p.status = ?", f.postingStatus().name());
            };
        }
        if (f.openOnly()) {
            where = where.and("p.status = 'PUBLISHED' AND p.open_until >= ?", today);
        }
        return where;
    }

    private record Where(String sql, List<Object> params) {
        Where and(String condition, Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(values));
            return new Where(sql + " AND " + condition, all);
        }
    }

    private static Map<String, Object> fields(PostingData d) {
        Map<String, Object> f = new java.util.HashMap<>();
        f.put("title", d.title());
        f.put("occupation", d.occupationCode());
        f.put("occupationLabel", d.occupationLabel());
        f.put("headcount", d.headcount());
        f.put("region", d.regionCode());
        f.put("address", d.address());
        f.put("mode", d.workMode().name());
        f.put("form", d.employmentForm());
        f.put("hours", d.hoursPerWeek());
        f.put("shift", d.shift());
        f.put("wageMin", d.wageMin());
        f.put("wageMax", d.wageMax());
        f.put("contract", d.contractType().name());
        f.put("insurance", d.socialInsurance());
        f.put("education", d.minEducation());
        f.put("categories", "{" + String.join(",", d.suitableCategories().stream().map(String::valueOf).toList()) + "}");
        f.put("features", "{" + String.join(",", java.util.Arrays.stream(WorkplaceFeature.values())
                .filter(d.features()::contains).map(Enum::name).toList()) + "}");
        f.put("demands", "{" + String.join(",", java.util.Arrays.stream(d.demands().toArray()).mapToObj(String::valueOf).toList()) + "}");
        f.put("description", d.description());
        f.put("openUntil", d.openUntil());
        return f;
    }
}
