package org.zhuye.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change made against a version someone else has changed since: refused, not lost. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleTrainingRecordException extends RuntimeException {
    public StaleTrainingRecordException(String what) {
        super(what + "已被他人修改，请刷新后重试");
    }
}
