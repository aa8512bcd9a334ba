package org.zhuye.institution;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change refused because the record moved on: someone else changed it (stale version) or it was
 * confirmed and frozen. Answered 409; nothing is lost, the caller reloads and decides again.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class InstitutionConflictException extends RuntimeException {

    public InstitutionConflictException(String message) {
        super(message);
    }
}
