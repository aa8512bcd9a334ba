package org.zhuye.institution.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.institution.Accessibility;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.person.PhoneNumber;

/** A validated institution, the phone in full (it is stored encrypted and shown masked). */
public record InstitutionData(InstitutionKind kind, String name, String creditCode, String regionCode, String address,
                              int capacity, List<Accessibility> accessibility, String contactName, String contactPhone,
                              LocalDate openedOn) {

    public InstitutionData {
        accessibility = List.copyOf(accessibility);
    }

    String[] accessibilityCodes() {
        return accessibility.stream().map(Enum::name).toArray(String[]::new);
    }

    /** The fields as the audit trail records them: the phone masked. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("name", name);
        state.put("creditCode", creditCode);
        state.put("regionCode", regionCode);
        state.put("address", address);
        state.put("capacity", capacity);
        state.put("accessibility", String.join(",", accessibilityCodes()));
        state.put("contactName", contactName);
        state.put("contactPhone", PhoneNumber.mask(contactPhone));
        state.put("openedOn", openedOn.toString());
        return state;
    }
}
