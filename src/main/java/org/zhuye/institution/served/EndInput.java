package org.zhuye.institution.served;

/**
 * Ending a span, as typed: the last day and the reason; for a work span whose registry status is still the one
 * it made, also the person's next status (for 转入一般性就业 the new job's 就业形式, employer and occupation;
 * otherwise the R19 reason and R18 livelihood the registry's status form asks for).
 */
public record EndInput(String untilOn, String reason, String version, String form, String employerName,
                       String occupation, String notEmployedReason, String livelihood) {
}
