package org.zhuye.institution.rating;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change to a rating someone changed since (stale version) or one confirmed and frozen: refused, not lost. */
@ResponseStatus(HttpStatus.CONFLICT)
public class RatingConflictException extends RuntimeException {

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
