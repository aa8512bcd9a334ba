package org.zhuye.institution.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.institution.Accessibility;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.person.PhoneNumber;
import org.zhuye.platform.form.FormFields;
import org.zhuye.region.RegionCode;

/**
 * An institution as typed into the form or sent to the API: all text, so every bad field is named
 * at once. {@link #validate} is pure: what needs the database (the region exists and is the caller's,
 * the credit code is free) is {@link InstitutionRegistry}'s.
 */
public record InstitutionInput(String kind, String name, String creditCode, String regionCode, String address,
                               String capacity, List<String> accessibility, String contactName, String contactPhone,
                               String openedOn) {

    public static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("kind", "机构类型");
        labels.put("name", "机构名称");
        labels.put("creditCode", "统一社会信用代码");
        labels.put("regionCode", "所在地区划代码");
        labels.put("address", "地址");
        labels.put("capacity", "服务容量（床位/工位/学位）");
        labels.put("accessibility", "无障碍设施与服务");
        labels.put("contactName", "联系人");
        labels.put("contactPhone", "联系电话");
        labels.put("openedOn", "开办日期");
        return Collections.unmodifiableMap(labels);
    }

    public InstitutionInput {
        accessibility = accessibility == null ? List.of() : accessibility.stream().filter(a -> a != null && !a.isBlank()).toList();
    }

    public static InstitutionInput empty() {
        return new InstitutionInput(null, null, null, null, null, null, List.of(), null, null, null);
    }

    public Validated validate(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        InstitutionKind cleanKind = kind(errors);
        String cleanName = text(name);
        if (cleanName == null || cleanName.length() > 100) {
            errors.put("name", "机构名称不能为空，且不超过100个字");
        }
        UnifiedSocialCreditCode code = null;
        if (text(creditCode) != null) {
            UnifiedSocialCreditCode.Result parsed = UnifiedSocialCreditCode.parse(creditCode);
            if (parsed.valid()) {
                code = parsed.code();
            } else {
                errors.put("creditCode", String.join("；", parsed.errors()));
            }
        }
        Optional<RegionCode> region = RegionCode.parse(text(regionCode));
        // An institution sits at a place people go to: a 旗县 or below, never a league or the province.
        if (region.isEmpty() || region.get().level() < 3) {
            errors.put("regionCode", "所在地须为旗县级或以下（苏木乡镇、嘎查村）的区划代码，如 150402000000");
        }
        String cleanAddress = text(address);
        if (cleanAddress == null || cleanAddress.length() > 200) {
            errors.put("address", "地址不能为空，且不超过200个字");
        }
        Integer cleanCapacity = null;
        String rawCapacity = text(capacity);
        if (rawCapacity == null || !rawCapacity.matches("\\d{1,6}") || Integer.parseInt(rawCapacity) > 100_000) {
            errors.put("capacity", "服务容量须为0至100000的整数");
        } else {
            cleanCapacity = Integer.valueOf(rawCapacity);
        }
        Set<Accessibility> access = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String a : accessibility) {
            Accessibility.parse(a).ifPresentOrElse(access::add, () -> unknown.add(a.strip()));
        }
        if (!unknown.isEmpty()) {
            errors.put("accessibility", "无障碍设施与服务须为列表中的项目，不认识：" + String.join("、", unknown));
        }
        String cleanContact = text(contactName);
        if (cleanContact != null && cleanContact.length() > 50) {
            errors.put("contactName", "联系人不超过50个字");
        }
        String phone = PhoneNumber.normalise(contactPhone);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            errors.put("contactPhone", "联系电话须为11位手机号或带区号的固定电话");
        }
        LocalDate opened = FormFields.pastDate(openedOn, "openedOn", "开办日期", true, today, errors);
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new InstitutionData(cleanKind, cleanName, code == null ? null : code.value(),
                region.get().value(), cleanAddress, cleanCapacity, List.copyOf(access), cleanContact, phone, opened),
                Map.of());
    }

    private InstitutionKind kind(Map<String, String> errors) {
        String raw = text(kind);
        for (InstitutionKind k : InstitutionKind.values()) {
            if (k.name().equals(raw) || k.label().equals(raw)) {
                return k;
            }
        }
        errors.put("kind", "机构类型须为辅助性就业机构、托养机构、职业培训基地、盲人按摩机构、温馨家园、非遗工作室、就业服务机构或创业孵化基地");
        return null;
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Data when there are no errors. */
    public record Validated(InstitutionData data, Map<String, String> errors) {
        public boolean ok() {
            return data != null;
        }
    }
}
