package org.zhuye.jobs.posting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step the posting's status does not allow (publish a draft, edit a published one…). Nothing changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PostingStepException extends RuntimeException {
    public PostingStepException(String message) {
        super(message);
    }
}
