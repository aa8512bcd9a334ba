package org.zhuye.employer;

import java.time.Instant;

/**
 * A stored employer. The contact phone is only ever here masked; {@link EmployerRegistry#revealPhone}
 * decrypts it, audited.
 */
public record Employer(long id, String creditCode, String name, EmployerType type, AdministrativeLevel level,
                       Integer authorisedPosts, boolean school, Industry industry, String regionCode,
                       String contactName, String contactPhoneMasked, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, int version) {

    /** "机关（盟市级）", "民营企业". */
    public String typeLabel() {
        return level == null ? type.label() : type.label() + "（" + level.label() + "）";
    }
}
