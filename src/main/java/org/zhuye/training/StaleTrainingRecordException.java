package org.zhuye.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change made against a version someone else has changed since, or a step the record's state no longer allows: refused (409), not lost. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleTrainingRecordException extends RuntimeException {
    public StaleTrainingRecordException(String message) {
        super(message);
    }

    /** "此培训班已被他人修改，请刷新后重试". */
    public static StaleTrainingRecordException of(String what) {
        return new StaleTrainingRecordException(what + "已被他人修改，请刷新后重试");
    }
}
