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

    /**
     * The errors keyed for a form that creates an account on another record's page (a unit's, a person's):
     * the user name and display name under that form's field names, every other rule (role, region,
     * password) joined under {@code otherField}.
     */
    public Map<String, String> fieldErrorsAs(String usernameField, String displayNameField, String otherField) {
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> renamed.merge(switch (field) {
            case "username" -> usernameField;
            case "displayName" -> displayNameField;
            default -> otherField;
        }, message, (a, b) -> a + "；" + b));
        return renamed;
    }
}
