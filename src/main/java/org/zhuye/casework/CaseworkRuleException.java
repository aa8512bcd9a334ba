package org.zhuye.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that breaks a casework rule; messages keyed by field, in Chinese. Nothing was saved. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class CaseworkRuleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public CaseworkRuleException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
