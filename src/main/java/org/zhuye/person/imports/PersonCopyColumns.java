package org.zhuye.person.imports;

import java.time.LocalDate;

import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonData;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PhoneNumber;
import org.zhuye.platform.database.CopyTextLine;

/**
 * A person's stored columns, in the one order that both COPY targets of an import take them: the
 * staging table and, in a first load, {@code person} itself.
 */
final class PersonCopyColumns {

    static final String NAMES = """
            cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade, multiple_categories,
            ethnicity, education, region_code, hukou, phone_hash, phone_cipher, phone_masked, cert_status,
            cert_issued_on, cert_valid_until, guardian_name, guardian_relation, guardian_phone_cipher,
            guardian_phone_masked, guardian_phone_hash, registered_on""";

    private PersonCopyColumns() {
    }

    /**
     * Appends the person's fields, numbers already encrypted, to {@code line}; a blank 建档日期 is written as
     * {@code whenBlank} (the import day for a new person; null in staging, where a known person keeps theirs).
     */
    static CopyTextLine append(CopyTextLine line, PersonData p, PersonRepository.Encrypted encrypted, LocalDate whenBlank) {
        CertificateNumber certificate = p.certificate();
        return line
                .field(encrypted.certificateHash())
                .field(encrypted.certificateCipher())
                .field(certificate.masked())
                .field(p.name())
                .field(certificate.sex().code())
                .field(certificate.birthDate())
                .field(certificate.category().code())
                .field(certificate.grade())
                .array(p.multipleCategories())
                .field(p.ethnicity())
                .field(p.education())
                .field(p.regionCode())
                .field(p.hukou().name())
                .field(encrypted.phoneHash())
                .field(encrypted.phoneCipher())
                .field(PhoneNumber.mask(p.phone()))
                .field(p.status().name())
                .field(p.issuedOn())
                .field(p.validUntil())
                .field(p.guardianName())
                .field(p.guardianRelation())
                .field(encrypted.guardianPhoneCipher())
                .field(PhoneNumber.mask(p.guardianPhone()))
                .field(encrypted.guardianPhoneHash())
                .field(p.registeredOn() != null ? p.registeredOn() : whenBlank);
    }
}
