package org.zhuye.employer.declaration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a declaration rule; messages keyed by field, in Chinese. Nothing was saved. */
public class DeclarationRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public DeclarationRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static DeclarationRuleException of(String field, String message) {
        return new DeclarationRuleException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
