package org.zhuye.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input or a step that breaks a rule of the training module (courses, follow-ups, subsidies); messages
 * keyed by field, in Chinese. Nothing was saved. The API answers 422 with {@code fieldErrors}
 * ({@link TrainingApiErrors}); pages show each message at its field.
 */
public class TrainingRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public TrainingRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static TrainingRuleException of(String field, String message) {
        return new TrainingRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
