package org.zhuye.employer.levy;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The parameter table has nothing (or something contradictory) for a region and collection year. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class NoLevyParameters extends RuntimeException {

    /** The parameters the year lacks; empty when the table contradicts itself instead. */
    private final List<LevyParameter> missing;

    public NoLevyParameters(String message) {
        this(message, List.of());
    }

    NoLevyParameters(String message, List<LevyParameter> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    List<LevyParameter> missing() {
        return missing;
    }
}
