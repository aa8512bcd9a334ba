package org.zhuye.employer.levy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The parameter table has nothing (or something contradictory) for a region and collection year. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class NoLevyParameters extends RuntimeException {
    public NoLevyParameters(String message) {
        super(message);
    }
}
