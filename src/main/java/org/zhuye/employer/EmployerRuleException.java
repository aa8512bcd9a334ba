package org.zhuye.employer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks an employer rule; messages keyed by field, in Chinese. Nothing was saved. */
public class EmployerRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public EmployerRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static EmployerRuleException of(String field, String message) {
        return new EmployerRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
