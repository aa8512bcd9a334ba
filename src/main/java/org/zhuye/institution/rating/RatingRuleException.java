package org.zhuye.institution.rating;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input or a step that breaks a rating rule; messages keyed by field, in Chinese. Nothing was saved. The API
 * answers 422 with {@code fieldErrors} ({@link RatingApiErrors}); pages show each message at its field.
 */
public class RatingRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public RatingRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static RatingRuleException of(String field, String message) {
        return new RatingRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
