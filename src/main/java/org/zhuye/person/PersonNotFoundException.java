package org.zhuye.person;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** For records that do not exist and for those outside the caller's jurisdiction alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PersonNotFoundException extends RuntimeException {
    public PersonNotFoundException(long id) {
        super("没有这个人员，或不在您的管辖范围内：" + id);
    }
}
