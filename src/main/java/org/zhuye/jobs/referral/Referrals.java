package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
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
import org.zhuye.jobs.ReferralsChanged;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.person.Person;
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
    private final ReferralRepository referrals;
    private final ReferralHire hire;
    private final ApplicationEventPublisher events;

    Referrals(JdbcClient jdbc, JobPostingRepository postings, PersonRepository persons, AuditTrail audit,
              ReferralRepository referrals, ReferralHire hire, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.persons = persons;
        this.audit = audit;
        this.referrals = referrals;
        this.hire = hire;
        this.events = events;
    }

    /**
     * Starts a referral of a person inside {@code jurisdiction} (a bound person's own place for an
     * application) to a posting open on {@code on}. An application starts as 已投递, anything else
     * as 推介. One referral per person and posting.
     */
    @Transactional
    public long refer(long postingId, long personId, ReferralSource source, Long fairId, LocalDate on,
                      Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
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
        state.put("referralSource", source.name());
        state.put("referralStatus", first.name());
        state.put("referredOn", on.toString());
        audit.record(AuditEntry.of(AuditAction.JOB_REFERRAL_CREATED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        events.publishEvent(ReferralsChanged.of(personId));
        return id;
    }

    /**
     * Records the next step of a referral the actor may see and act on: staff of the person's area, the
     * unit of the posting, or the person. Checks the funnel ({@link ReferralSteps}), the date (not before
     * the last step, not in the future) and the version; 录用 records the move into work and the casework
     * placement and may close the posting, all in this transaction, audited. A referral the actor may not
     * see is 404; one they see but may not step (a VIEWER, another unit) is the same.
     */
    @Transactional
    public Referral step(long referralId, StepInput input, ReferralActor actor) {
        LocalDate today = LocalDate.now();
        visible(referralId, actor).orElseThrow(() -> new JobNotFoundException("推介记录", referralId));
        Referral current = referrals.lock(referralId).orElseThrow(() -> new JobNotFoundException("推介记录", referralId));
        if (current.version() != input.version()) {
            throw new StaleJobRecordException("推介记录");
        }
        Map<String, String> errors = ReferralSteps.check(current.status(), current.statusOn(), input, actor.kind(), today);
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        ReferralStatus next = input.status();
        Long service = next == ReferralStatus.HIRED
                ? hire.recordPlacement(current, input.on(), input.monthlyIncome(), actor)
                : null;
        String stepNote = joined(input.reason(), input.note());
        jdbc.sql("""
                        UPDATE job_referral SET status = ?, status_on = ?, reason = COALESCE(?, reason),
                            casework_service_id = COALESCE(?, casework_service_id), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(next.name(), input.on(), input.reason(), service, referralId, input.version()).update();
        jdbc.sql("INSERT INTO job_referral_step (referral_id, status, step_on, note, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(referralId, next.name(), input.on(), stepNote, actor.name()).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("referralStatus", current.status().name());
        before.put("referralStatusOn", current.statusOn().toString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("referralId", referralId);
        after.put("postingId", current.postingId());
        after.put("referralStatus", next.name());
        after.put("referralStatusOn", input.on().toString());
        if (input.reason() != null) {
            after.put("referralReason", input.reason());
        }
        if (service != null) {
            after.put("caseworkServiceId", service);
        }
        audit.recordAs(actor.name(), AuditEntry.of(AuditAction.JOB_REFERRAL_STEP, "person", String.valueOf(current.personId()),
                current.personRegionCode()).withChange(before, after));
        if (next == ReferralStatus.HIRED) {
            hire.closeIfFilled(current, referrals.countHires(current.postingId()), input.on());
        }
        events.publishEvent(ReferralsChanged.of(current.personId()));
        return referrals.lock(referralId).orElseThrow();
    }

    /** The referral as this actor may see it: staff by the person's area, a unit its postings', a person their own. */
    public java.util.Optional<Referral> visible(long referralId, ReferralActor actor) {
        return switch (actor.kind()) {
            case STAFF -> referrals.find(referralId, actor.jurisdiction());
            case EMPLOYER -> referrals.findOfEmployer(referralId, actor.employerId());
            case PERSON -> referrals.findOfPerson(referralId, actor.personId());
        };
    }

    private static String joined(String reason, String note) {
        if (reason == null) {
            return note;
        }
        return note == null ? reason : reason + "；" + note;
    }
}
