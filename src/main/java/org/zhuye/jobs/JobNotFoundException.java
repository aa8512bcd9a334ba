package org.zhuye.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** For records of the jobs module that do not exist and for those the caller may not see alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class JobNotFoundException extends RuntimeException {
    public JobNotFoundException(String what, long id) {
        super("没有这个" + what + "，或不在您的管辖范围内：" + id);
    }
}
