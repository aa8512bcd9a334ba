package org.zhuye.training.course;

import java.time.LocalDate;

import org.zhuye.training.CertificateKind;

/** A certificate earned on a course, of a PASSED enrolment. */
public record Certificate(long id, long enrolmentId, long courseId, long personId, CertificateKind kind, Integer level,
                          String number, String issuer, LocalDate issuedOn) {

    public String kindLabel() {
        return kind.labelWith(level);
    }
}
