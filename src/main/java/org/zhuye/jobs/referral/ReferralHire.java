package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.posting.JobPostings;
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
    private final JobPostings postings;

    ReferralHire(CaseworkServices services, JobPostings postings) {
        this.services = services;
        this.postings = postings;
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

    /** Closes the posting as 已招满 once its hires reach the headcount (the postings workflow's own step). */
    void closeIfFilled(Referral referral, int hires, LocalDate on) {
        if (hires >= referral.headcount()) {
            postings.closeFilled(referral.postingId(), referral.postingRegionCode(), on);
        }
    }

    private static String deliveredBy(ReferralActor actor) {
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.name() : actor.displayName();
        String who = actor.kind() == ReferralActor.Kind.EMPLOYER ? "用人单位：" + name : name;
        return who.length() > 50 ? who.substring(0, 50) : who;
    }
}
