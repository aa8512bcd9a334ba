package org.zhuye.training.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.person.PhoneNumber;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.TrainingRuleException;

/**
 * A provider as typed: either {@code institutionId} (take one of our institutions that trains) or an
 * outside school's name, credit code and region; a contact either way. {@link #validateSchool} is pure.
 */
public record ProviderInput(String institutionId, String name, String creditCode, String regionCode,
                            String contactName, String contactPhone) {

    public static final Map<String, String> LABELS = Map.of(
            "institutionId", "本系统服务机构", "name", "机构名称", "creditCode", "统一社会信用代码",
            "regionCode", "所在地区", "contactName", "联系人", "contactPhone", "联系电话", "active", "是否在用");

    Long institution() {
        String t = clean(institutionId);
        return t != null && t.matches("[0-9]{1,18}") ? Long.valueOf(t) : null;
    }

    /** An outside school's fields, every problem named. */
    School validateSchool(Jurisdiction jurisdiction) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = clean(name);
        if (cleanName == null || cleanName.length() > 100) {
            errors.put("name", "请填写培训机构名称（不超过100个字）");
        }
        UnifiedSocialCreditCode.Result code = UnifiedSocialCreditCode.parse(creditCode);
        if (!code.valid()) {
            errors.put("creditCode", "统一社会信用代码有误：" + String.join("；", code.errors()));
        }
        Optional<RegionCode> region = RegionCode.parse(clean(regionCode));
        if (region.isEmpty() || region.get().level() < 3) {
            errors.put("regionCode", "所在地区须选到旗县（市、区）一级或更下级");
        } else if (!jurisdiction.contains(region.get())) {
            errors.put("regionCode", "所在地区不在您的管辖范围内");
        }
        Contact contact = contact(errors);
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return new School(cleanName, code.code().value(), region.get().value(), contact);
    }

    Contact contact(Map<String, String> errors) {
        String cleanContact = clean(contactName);
        if (cleanContact != null && cleanContact.length() > 50) {
            errors.put("contactName", "联系人不超过50个字");
        }
        String phone = PhoneNumber.normalise(contactPhone);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            errors.put("contactPhone", "联系电话须为11位手机号或带区号的固定电话");
        }
        return new Contact(cleanContact, phone);
    }

    record School(String name, String creditCode, String regionCode, Contact contact) {
    }

    record Contact(String name, String phone) {
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
