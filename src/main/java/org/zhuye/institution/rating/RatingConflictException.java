package org.zhuye.institution.rating;

import org.zhuye.institution.InstitutionConflictException;

/** A change to a rating someone changed since (stale version) or one confirmed and frozen: refused, not lost. */
public class RatingConflictException extends InstitutionConflictException {

    public RatingConflictException(String message) {
        super(message);
    }

    static RatingConflictException stale() {
        return new RatingConflictException("该评定已被他人修改，请刷新后重试");
    }

    static RatingConflictException frozen(String institution, int year) {
        return new RatingConflictException(institution + " " + year + " 年度的等级评定已确认，不能再修改或重新计算");
    }
}
