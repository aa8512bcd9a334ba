package org.zhuye.employer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zhuye.person.PhoneNumber;
import org.zhuye.region.RegionCode;

/**
 * An employer as typed into the form or sent to the API: all text, so that every bad field can
 * be named rather than failing the whole request. {@link #validate} returns typed
 * {@link EmployerData} or every problem keyed by field.
 */
public record EmployerInput(String creditCode, String name, String type, String level, String authorisedPosts,
                            String school, String industry, String regionCode, String contactName,
                            String contactPhone) {

    public static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("creditCode", "统一社会信用代码");
        labels.put("name", "单位名称");
        labels.put("type", "单位类型");
        labels.put("level", "行政级别");
        labels.put("authorisedPosts", "编制数");
        labels.put("school", "中小学或幼儿园");
        labels.put("industry", "所属行业");
        labels.put("regionCode", "注册地区划代码");
        labels.put("contactName", "联系人");
        labels.put("contactPhone", "联系电话");
        return Collections.unmodifiableMap(labels);
    }

    public static EmployerInput empty() {
        return new EmployerInput(null, null, null, null, null, null, null, null, null, null);
    }

    public Validated validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        UnifiedSocialCreditCode.Result code = UnifiedSocialCreditCode.parse(creditCode);
        if (!code.valid()) {
            errors.put("creditCode", String.join("；", code.errors()));
        }
        String cleanName = text(name);
        if (cleanName == null || cleanName.length() > 100) {
            errors.put("name", "单位名称不能为空，且不超过100个字");
        }
        EmployerType cleanType = EmployerType.parse(text(type)).orElse(null);
        if (cleanType == null) {
            errors.put("type", "单位类型须为机关、事业单位、国有企业、民营企业、社会组织或其他");
        }
        AdministrativeLevel cleanLevel = level(cleanType, errors);
        Integer posts = posts(errors);
        Boolean cleanSchool = schoolFlag();
        if (cleanSchool == null) {
            errors.put("school", "“中小学或幼儿园”须为是或否");
        }
        Industry cleanIndustry = Industry.parse(text(industry)).orElse(null);
        if (cleanIndustry == null) {
            errors.put("industry", "所属行业须为国民经济行业分类（GB/T 4754-2017）A至T门类之一");
        }
        Optional<RegionCode> region = RegionCode.parse(text(regionCode));
        if (region.isEmpty() || region.get().level() < 3) {
            errors.put("regionCode", "注册地须为旗县级或以下（苏木乡镇、嘎查村）的区划代码，如 150402000000");
        }
        String cleanContact = text(contactName);
        if (cleanContact != null && cleanContact.length() > 50) {
            errors.put("contactName", "联系人不超过50个字");
        }
        String phone = PhoneNumber.normalise(contactPhone);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            errors.put("contactPhone", "联系电话须为11位手机号或带区号的固定电话");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new EmployerData(code.code(), cleanName, cleanType, cleanLevel, posts, cleanSchool,
                cleanIndustry, region.get().value(), cleanContact, phone), Map.of());
    }

    private AdministrativeLevel level(EmployerType cleanType, Map<String, String> errors) {
        String raw = text(level);
        if (cleanType != null && !cleanType.hasAdministrativeLevel()) {
            if (raw != null) {
                errors.put("level", "只有机关和事业单位填写行政级别，" + cleanType.label() + "不填");
            }
            return null;
        }
        AdministrativeLevel parsed = AdministrativeLevel.parse(raw).orElse(null);
        if (parsed == null && (raw != null || cleanType != null)) {
            errors.put("level", raw == null ? cleanType.label() + "须填写行政级别（自治区级、盟市级、旗县级或乡镇级）"
                    : "行政级别须为自治区级、盟市级、旗县级或乡镇级");
        }
        return parsed;
    }

    private Integer posts(Map<String, String> errors) {
        String raw = text(authorisedPosts);
        if (raw == null) {
            return null;
        }
        if (!raw.matches("\\d{1,7}")) {
            errors.put("authorisedPosts", "编制数须为0或正整数（不填表示没有编制）");
            return null;
        }
        return Integer.valueOf(raw);
    }

    /** A form checkbox sends "true" or nothing; the API and files may say true/false or 是/否. */
    private Boolean schoolFlag() {
        String raw = text(school);
        if (raw == null) {
            return false;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "是", "1", "yes" -> true;
            case "false", "否", "0", "no" -> false;
            default -> null;
        };
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** Data when there are no errors. */
    public record Validated(EmployerData data, Map<String, String> errors) {
        public boolean ok() {
            return data != null;
        }
    }
}
