package org.zhuye.training.provider;

/**
 * A training provider: one of our institutions ({@code institutionId} set, its name and place copied
 * when taken on) or an outside school named by its credit code. The phone is only ever here masked.
 */
public record Provider(long id, Long institutionId, String name, String creditCode, String regionCode,
                       String contactName, String contactPhoneMasked, boolean active, int version) {

    public boolean ourInstitution() {
        return institutionId != null;
    }
}
