package org.zhuye.institution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request that breaks an institution rule; the messages (Chinese) are keyed by form field. Answered 422. */
public class InstitutionRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InstitutionRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
