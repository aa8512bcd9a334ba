package org.zhuye.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown both for accounts that do not exist and for those outside the caller's jurisdiction. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {
    public AccountNotFoundException(long id) {
        super("用户不存在：" + id);
    }
}
