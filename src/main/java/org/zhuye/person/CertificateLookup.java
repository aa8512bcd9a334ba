package org.zhuye.person;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * The registry person a typed 残疾人证号 names, inside a jurisdiction: the one way every form that takes a person by
 * certificate number (household members, fair check-ins, course rosters, business owners) finds them. The number is
 * matched by its lookup hash without the reissue suffix, as stored; the answer's problem is said the same way
 * everywhere.
 */
@Service
@JurisdictionScoped
public class CertificateLookup {

    public static final String INVALID = "残疾人证号无效，请核对后重新输入";
    public static final String NOT_FOUND = "您的管辖范围内没有登记此证号的人员";

    private final PersonRepository persons;
    private final FieldCipher cipher;

    CertificateLookup(PersonRepository persons, FieldCipher cipher) {
        this.persons = persons;
        this.cipher = cipher;
    }

    /** The person's id, or the Chinese reason there is none (an invalid number, or no such person in the area). */
    public Found find(String typed, Jurisdiction jurisdiction) {
        CertificateNumber number = typed == null ? null : CertificateNumber.parse(typed.strip().toUpperCase()).number();
        if (number == null) {
            return new Found(Optional.empty(), INVALID);
        }
        return persons.findIdByCertificate(cipher.lookupHash(number.withoutReissue()), jurisdiction)
                .map(id -> new Found(Optional.of(id), null))
                .orElseGet(() -> new Found(Optional.empty(), NOT_FOUND));
    }

    /** @param problem null when found */
    public record Found(Optional<Long> personId, String problem) {
    }
}
