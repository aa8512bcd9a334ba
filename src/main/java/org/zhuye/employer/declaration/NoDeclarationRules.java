package org.zhuye.employer.declaration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The parameter table has no row for a region and collection year: nothing can be filed for it. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class NoDeclarationRules extends RuntimeException {
    public NoDeclarationRules(String message) {
        super(message);
    }
}
