package org.zhuye.jobs.referral;

import java.time.Instant;
import java.time.LocalDate;

import org.zhuye.person.DisabilityCategory;

/**
 * A referral as read with its posting and person. {@code personRegionCode} decides who may see the
 * person ({@code region.VisiblePeople}); the masked certificate and phone are the registry's masked
 * copies, shown to an employer only where the person applied ({@link #sharesContact()}).
 */
public record Referral(long id, long postingId, String postingTitle, long employerId, String employerName,
                       int headcount, int wageMin, String employmentForm, String occupationLabel,
                       String postingRegionCode, long personId, String personName, String personRegionCode,
                       int category, int grade, String certificateMasked, String phoneMasked, ReferralSource source,
                       Long fairId, ReferralStatus status, LocalDate referredOn, LocalDate statusOn, String reason,
                       Long caseworkServiceId, String createdBy, Instant createdAt, int version) {

    /** The person's own application shares their number and phone with the unit; a staff referral does not. */
    public boolean sharesContact() {
        return source == ReferralSource.APPLIED;
    }

    public String categoryLabel() {
        return DisabilityCategory.of(category).map(DisabilityCategory::label).orElse(String.valueOf(category));
    }

    public String gradeLabel() {
        return grade >= 1 && grade <= 4 ? new String[]{"", "一级", "二级", "三级", "四级"}[grade] : String.valueOf(grade);
    }

    /** Days from the referral to its latest step (to the hire, for a hired one). */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(referredOn, statusOn);
    }
}
