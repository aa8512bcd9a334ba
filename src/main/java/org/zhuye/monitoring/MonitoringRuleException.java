package org.zhuye.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request that breaks a rule of targets, bulletins or reports; the messages (Chinese) are keyed by form field. Answered 422. */
public class MonitoringRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public MonitoringRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static MonitoringRuleException of(String field, String message) {
        return new MonitoringRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
