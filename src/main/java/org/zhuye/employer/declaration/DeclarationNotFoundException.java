package org.zhuye.employer.declaration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No declaration with this id that the caller may see: the same answer whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DeclarationNotFoundException extends RuntimeException {
    public DeclarationNotFoundException(long id) {
        super("没有编号为 " + id + " 的年审申报，或不在您的查看范围内");
    }
}
