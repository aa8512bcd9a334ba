package org.zhuye.employer.declaration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step the workflow does not allow from the declaration's status, or after the deadline. Nothing changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class DeclarationStateException extends RuntimeException {
    public DeclarationStateException(String message) {
        super(message);
    }
}
