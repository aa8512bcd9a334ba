package org.zhuye.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** For records of the training module that do not exist and for those the caller may not see alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFoundException extends RuntimeException {
    public TrainingNotFoundException(String what, long id) {
        super("没有这个" + what + "，或不在您的管辖范围内：" + id);
    }
}
