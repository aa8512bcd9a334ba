package org.zhuye.institution;

/** No such institution inside the caller's jurisdiction (answered 404, as if it did not exist). */
public class InstitutionNotFoundException extends RuntimeException {

    public InstitutionNotFoundException(long id) {
        super("没有编号为 " + id + " 的服务机构，或它不在您的管辖范围内");
    }
}
