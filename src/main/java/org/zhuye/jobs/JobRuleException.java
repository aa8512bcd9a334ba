package org.zhuye.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input or a step that breaks a rule of the jobs module (postings, profiles, referrals, fairs);
 * messages keyed by field, in Chinese. Nothing was saved. The API answers 422 with
 * {@code fieldErrors} ({@link JobsApiErrors}); pages show each message at its field.
 */
public class JobRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public JobRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static JobRuleException of(String field, String message) {
        return new JobRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
