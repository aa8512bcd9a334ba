package org.zhuye.institution.registry;

import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionStatus;

/**
 * The list's filters as posted (and as API query parameters); blank or unknown values are ignored.
 * {@code regionCode} narrows inside the caller's jurisdiction and never widens it.
 */
public record InstitutionSearch(String regionCode, String kind, String status, String name) {

    InstitutionKind kindValue() {
        for (InstitutionKind k : InstitutionKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    InstitutionStatus statusValue() {
        for (InstitutionStatus s : InstitutionStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    String nameValue() {
        return InstitutionInput.text(name);
    }

    String regionValue() {
        return InstitutionInput.text(regionCode);
    }
}
