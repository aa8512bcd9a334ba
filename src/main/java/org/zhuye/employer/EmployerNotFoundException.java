package org.zhuye.employer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** For units that do not exist and for those the caller may not see alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EmployerNotFoundException extends RuntimeException {
    public EmployerNotFoundException(long id) {
        super("没有这个用人单位，或不在您的管辖范围内：" + id);
    }
}
