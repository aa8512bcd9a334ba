package org.zhuye.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's registry fields after validation; the certificate number fixes sex, birth, category and grade. */
public record PersonData(CertificateNumber certificate, String name, String ethnicity, String education,
                         String regionCode, Hukou hukou, String phone, List<Integer> multipleCategories,
                         CertificateStatus status, LocalDate issuedOn, LocalDate validUntil,
                         String guardianName, String guardianRelation, String guardianPhone, LocalDate registeredOn) {

    /** The fields as the audit trail records them: masked where sensitive. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("certificate", certificate.masked());
        state.put("name", name);
        state.put("ethnicity", ethnicity);
        state.put("education", education);
        state.put("regionCode", regionCode);
        state.put("hukou", hukou.name());
        state.put("phone", PhoneNumber.mask(phone));
        state.put("multipleCategories", multipleCategories);
        state.put("certStatus", status.name());
        state.put("certIssuedOn", issuedOn == null ? null : issuedOn.toString());
        state.put("certValidUntil", validUntil == null ? null : validUntil.toString());
        state.put("guardianName", guardianName);
        state.put("guardianRelation", guardianRelation);
        state.put("guardianPhone", PhoneNumber.mask(guardianPhone));
        state.put("registeredOn", registeredOn == null ? null : registeredOn.toString());
        return state;
    }

    /** The same data registered on {@code day}: a correction that leaves 建档日期 blank keeps the recorded one. */
    public PersonData registeredOnOr(LocalDate day) {
        return registeredOn != null ? this : new PersonData(certificate, name, ethnicity, education, regionCode, hukou, phone,
                multipleCategories, status, issuedOn, validUntil, guardianName, guardianRelation, guardianPhone, day);
    }
}
