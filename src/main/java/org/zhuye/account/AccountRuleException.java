package org.zhuye.account;

import java.util.Map;

/** A request that breaks an account rule; the messages are keyed by form field. */
public class AccountRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public AccountRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
