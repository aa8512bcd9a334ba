package org.zhuye.employer.levy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Levy input that breaks a rule; messages keyed by field (e.g. {@code disabledEmployees[1].months}), in Chinese. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class LevyInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public LevyInputException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static LevyInputException of(String field, String message) {
        return new LevyInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
