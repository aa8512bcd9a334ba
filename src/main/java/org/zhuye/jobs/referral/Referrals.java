package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/**
 * 岗位推介: referrals of registry persons to published postings and their dated steps. Staff,
 * the person's own application and a fair's intent all start one here.
 */
@Service
public class Referrals {

    private final JdbcClient jdbc;
    private final JobPostingRepository postings;
    private final PersonRepository persons;
    private final AuditTrail audit;

    Referrals(JdbcClient jdbc, JobPostingRepository postings, PersonRepository persons, AuditTrail audit) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * Starts a referral of a person inside {@code jurisdiction} (a bound person's own place for an
     * application) to a posting open on {@code on}. An application starts as 已投递, anything else
     * as 推介. One referral per person and posting.
     */
    @Transactional
    public long refer(long postingId, long personId, ReferralSource source, Long fairId, LocalDate on,
                      Jurisdiction jurisdiction) {
        Person person = persons.find(personId, jurisdiction).orElseThrow(() -> new PersonNotFoundException(personId));
        JobPosting posting = postings.findPublished(postingId).orElseThrow(() -> new JobNotFoundException("岗位", postingId));
        if (person.mergedInto() != null) {
            throw JobRuleException.of("personId", "此记录已合并到人员 " + person.mergedInto() + "，请为保留的记录推介");
        }
        if (!posting.openOn(on)) {
            throw JobRuleException.of("postingId", "岗位“" + posting.title() + "”已于 " + posting.openUntil() + " 截止招聘");
        }
        if (on.isAfter(LocalDate.now())) {
            throw JobRuleException.of("referredOn", "推介日期不能晚于今天");
        }
        Long existing = jdbc.sql("SELECT id FROM job_referral WHERE posting_id = ? AND person_id = ?")
                .params(postingId, personId).query(Long.class).optional().orElse(null);
        if (existing != null) {
            throw JobRuleException.of("personId", person.name() + " 已推介或申请过岗位“" + posting.title() + "”（推介编号 " + existing + "）");
        }
        ReferralStatus first = source == ReferralSource.APPLIED ? ReferralStatus.DELIVERED : ReferralStatus.REFERRED;
        long id = jdbc.sql("""
                        INSERT INTO job_referral (posting_id, person_id, source, fair_id, status, referred_on, status_on, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(postingId, personId, source.name(), fairId, first.name(), on, on, AuditTrail.currentActor())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO job_referral_step (referral_id, status, step_on, recorded_by) VALUES (?, ?, ?, ?)")
                .params(id, first.name(), on, AuditTrail.currentActor()).update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("referralId", id);
        state.put("postingId", postingId);
        state.put("source", source.name());
        state.put("status", first.name());
        state.put("referredOn", on.toString());
        audit.record(AuditEntry.of(AuditAction.JOB_REFERRAL_CREATED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        return id;
    }
}
