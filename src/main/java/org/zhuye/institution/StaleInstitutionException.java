package org.zhuye.institution;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record was changed by someone else since the caller read it (its {@code version} moved on). Answered 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleInstitutionException extends RuntimeException {

    public StaleInstitutionException(String what) {
        super(what + "已被他人修改，请刷新后重新操作");
    }
}
