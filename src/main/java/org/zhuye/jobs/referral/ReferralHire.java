package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.region.Jurisdiction;

/**
 * What 录用 does beside the step, inside its transaction: an employment service of the 四个一 that
 * ended in a job ({@link CaseworkServices#record}), which records the registry's move into work (就业形式
 * from the posting) and is the casework placement whose follow-ups fall due at 1/3/6/12 months; and the
 * posting closed as filled when its hires reach the headcount.
 */
@Component
class ReferralHire {

    private final CaseworkServices services;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReferralHire(CaseworkServices services, JdbcClient jdbc, AuditTrail audit) {
        this.services = services;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records the hire in casework and returns the service's id. The call uses the person's own place as
     * its jurisdiction, not the actor's: an EMPLOYER account has no staff jurisdiction, and a staff actor
     * was already checked against the person's area before this point, so the person's place is exactly
     * the scope the record belongs to. Casework's own rules (cycle year, the registry's status rules) come
     * back as this step's field errors, and nothing is saved.
     */
    long recordPlacement(Referral referral, LocalDate on, Integer monthlyIncome, ReferralActor actor) {
        int income = monthlyIncome != null ? monthlyIncome : referral.wageMin();
        String content = "岗位推介录用：" + referral.employerName() + "“" + referral.postingTitle() + "”（推介编号 "
                + referral.id() + "，" + referral.source().label() + "）";
        ServiceInput input = new ServiceInput("SERVICE", on.toString(), deliveredBy(actor), content,
                ServiceInput.EMPLOYED, "REFERRAL", referral.employmentForm(), referral.employerName(),
                referral.occupationLabel(), String.valueOf(income));
        try {
            return services.record(referral.personId(), input, Jurisdiction.of(referral.personRegionCode()));
        } catch (CaseworkRuleException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(switch (field) {
                case "servedOn" -> "on";
                case "monthlyIncome" -> "monthlyIncome";
                default -> "status";
            }, "录用无法记入就业状况：" + message));
            throw new JobRuleException(errors);
        }
    }

    /**
     * Closes the posting as 已招满 once its hires reach the headcount.
     * TODO(postings): replace with the postings service's close once it is in this tree; until then this
     * is the one UPDATE, guarded by status, and audited as the postings code would audit a close.
     */
    void closeIfFilled(Referral referral, int hires, LocalDate on) {
        if (hires < referral.headcount()) {
            return;
        }
        int closed = jdbc.sql("""
                        UPDATE job_posting SET status = 'CLOSED', closed_reason = 'FILLED', closed_on = ?,
                            updated_at = now(), updated_by = ?, version = version + 1
                        WHERE id = ? AND status = 'PUBLISHED'""")
                .params(java.sql.Date.valueOf(on), AuditTrail.currentActor(), referral.postingId()).update();
        if (closed == 1) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("status", "CLOSED");
            state.put("closedReason", "FILLED");
            state.put("closedOn", on.toString());
            audit.record(AuditEntry.of(AuditAction.JOB_POSTING_CLOSED, "job_posting", String.valueOf(referral.postingId()),
                    referral.postingRegionCode()).withChange(Map.of("status", "PUBLISHED"), state));
        }
    }

    private static String deliveredBy(ReferralActor actor) {
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.name() : actor.displayName();
        String who = actor.kind() == ReferralActor.Kind.EMPLOYER ? "用人单位：" + name : name;
        return who.length() > 50 ? who.substring(0, 50) : who;
    }
}
