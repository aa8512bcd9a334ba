package org.zhuye.institution;

/** The record was changed by someone else since the caller read it (its {@code version} moved on). Answered 409. */
public class StaleInstitutionException extends InstitutionConflictException {

    public StaleInstitutionException(String what) {
        super(what + "已被他人修改，请刷新后重新操作");
    }
}
