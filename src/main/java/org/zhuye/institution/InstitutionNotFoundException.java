package org.zhuye.institution;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such institution inside the caller's jurisdiction (answered 404, as if it did not exist). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InstitutionNotFoundException extends RuntimeException {

    public InstitutionNotFoundException(long id) {
        super("没有编号为 " + id + " 的服务机构，或它不在您的管辖范围内");
    }
}
