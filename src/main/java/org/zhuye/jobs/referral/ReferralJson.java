package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral in the API. An EMPLOYER account gets the person's name, category and grade only — no
 * registry id — and the masked certificate and phone only where the person applied (their application
 * shares them); staff and the person get the registry id and the masked numbers.
 */
public record ReferralJson(long id, long postingId, String postingTitle, long employerId, String employerName,
                           Long personId, String personName, int category, int grade, String certificateMasked,
                           String phoneMasked, String source, String status, String statusLabel, LocalDate referredOn,
                           LocalDate statusOn, String reason, Long caseworkServiceId, int version, List<StepJson> steps) {

    public record StepJson(String status, String statusLabel, LocalDate on, String note, String recordedBy) {
        static StepJson of(ReferralStep step) {
            return new StepJson(step.status().name(), step.status().label(), step.on(), step.note(), step.recordedBy());
        }
    }

    static ReferralJson of(Referral r, ReferralActor.Kind viewer, List<ReferralStep> steps) {
        boolean employer = viewer == ReferralActor.Kind.EMPLOYER;
        boolean contact = !employer || r.sharesContact();
        return new ReferralJson(r.id(), r.postingId(), r.postingTitle(), r.employerId(), r.employerName(),
                employer ? null : r.personId(), r.personName(), r.category(), r.grade(),
                contact ? r.certificateMasked() : null, contact ? r.phoneMasked() : null, r.source().name(),
                r.status().name(), r.status().label(), r.referredOn(), r.statusOn(), r.reason(),
                employer ? null : r.caseworkServiceId(), r.version(),
                steps == null ? null : steps.stream().map(StepJson::of).toList());
    }
}
