package org.zhuye.jobs.referral;

import org.zhuye.region.Jurisdiction;

/**
 * Who records a step, and so which steps they may record: STAFF/GRASSROOTS/ADMIN of the person's
 * area (any step), the unit's EMPLOYER account on its own postings (已投递, 面试, 录用, 未录用) or the
 * PERSON on their own referral (本人放弃 only). Built from the signed-in account by {@link ReferralActors}.
 *
 * @param name         who recorded it, as the step keeps it (the account's username)
 * @param displayName  the name a casework service keeps as 服务人员
 * @param jurisdiction the area a staff actor works in; null for the others
 * @param employerId   the EMPLOYER account's unit; null for the others
 * @param personId     the PERSON account's registry person; null for the others
 */
public record ReferralActor(Kind kind, String name, String displayName, Jurisdiction jurisdiction, Long employerId,
                            Long personId) {

    public enum Kind { STAFF, EMPLOYER, PERSON }

    public static ReferralActor staff(String name, String displayName, Jurisdiction jurisdiction) {
        return new ReferralActor(Kind.STAFF, name, displayName, jurisdiction, null, null);
    }

    public static ReferralActor employer(String name, String displayName, long employerId) {
        return new ReferralActor(Kind.EMPLOYER, name, displayName, null, employerId, null);
    }

    public static ReferralActor person(String name, String displayName, long personId) {
        return new ReferralActor(Kind.PERSON, name, displayName, null, null, personId);
    }
}
