package org.zhuye.employer.declaration;

import java.math.BigDecimal;

import org.zhuye.person.CertificateNumber;

/**
 * A disabled employee after validation of the fields; the certificate number may still be
 * invalid (that is one of the checks, and the row is kept so the unit sees why it does not count).
 */
public record EmployeeLine(String name, String certificateText, CertificateNumber.Result certificate, int months,
                           boolean contract, BigDecimal monthlyWage, boolean socialInsurance, Dispatch dispatch) {

    /** The masked number shown on pages: birth date hidden, as the registry shows it. */
    public String masked() {
        if (certificate.valid()) {
            return certificate.number().masked();
        }
        return certificateText.length() <= 6 ? "******" : certificateText.substring(0, 6) + "******（无效证号）";
    }
}
