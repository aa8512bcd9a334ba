package org.zhuye.institution.rating;

import java.util.Map;

import org.zhuye.institution.InstitutionRuleException;

/**
 * Input or a step that breaks a rating rule; messages keyed by field, in Chinese. Nothing was saved. The API
 * answers 422 with {@code fieldErrors} (the module's {@code InstitutionApiErrors}); pages show each message at its field.
 */
public class RatingRuleException extends InstitutionRuleException {

    public RatingRuleException(Map<String, String> fieldErrors) {
        super(fieldErrors);
    }

    public static RatingRuleException of(String field, String message) {
        return new RatingRuleException(Map.of(field, message));
    }
}
