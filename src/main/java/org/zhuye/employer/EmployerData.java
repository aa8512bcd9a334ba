package org.zhuye.employer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.person.PhoneNumber;

/** An employer's fields after validation. {@code level} is set exactly for 机关 and 事业单位. */
public record EmployerData(UnifiedSocialCreditCode creditCode, String name, EmployerType type,
                           AdministrativeLevel level, Integer authorisedPosts, boolean school, Industry industry,
                           String regionCode, String contactName, String contactPhone) {

    /** The fields as the audit trail records them: the phone masked. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("creditCode", creditCode.value());
        state.put("name", name);
        state.put("type", type.name());
        state.put("level", level == null ? null : level.name());
        state.put("authorisedPosts", authorisedPosts);
        state.put("school", school);
        state.put("industry", industry.code());
        state.put("regionCode", regionCode);
        state.put("contactName", contactName);
        state.put("contactPhone", PhoneNumber.mask(contactPhone));
        return state;
    }
}
