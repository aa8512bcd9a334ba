package org.zhuye.person;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a registry rule; messages keyed by field, in Chinese. Nothing was saved. */
public class PersonRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public PersonRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
