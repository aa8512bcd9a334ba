package org.zhuye.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person as typed into a form or read from a file row: all text. {@link #validate} checks every
 * field and returns either typed {@link PersonData} or every problem, keyed by field.
 */
public record PersonInput(String certificateNumber, String name, String ethnicity, String education,
                          String regionCode, String hukou, String phone, String multipleCategories,
                          String certStatus, String certIssuedOn, String certValidUntil,
                          String guardianName, String guardianRelation, String guardianPhone, String registeredOn) {

    /** Without 建档日期: registered today. */
    public PersonInput(String certificateNumber, String name, String ethnicity, String education, String regionCode,
                       String hukou, String phone, String multipleCategories, String certStatus, String certIssuedOn,
                       String certValidUntil, String guardianName, String guardianRelation, String guardianPhone) {
        this(certificateNumber, name, ethnicity, education, regionCode, hukou, phone, multipleCategories, certStatus,
                certIssuedOn, certValidUntil, guardianName, guardianRelation, guardianPhone, null);
    }

    /** The Chinese name of each field, used in messages and as the import template's headers. */
    public static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("certificateNumber", "残疾人证号");
        labels.put("name", "姓名");
        labels.put("ethnicity", "民族");
        labels.put("education", "文化程度");
        labels.put("regionCode", "居住地区划代码");
        labels.put("hukou", "户籍类别");
        labels.put("phone", "联系电话");
        labels.put("multipleCategories", "多重残疾类别");
        labels.put("certStatus", "证件状态");
        labels.put("certIssuedOn", "发证日期");
        labels.put("certValidUntil", "有效期至");
        labels.put("guardianName", "监护人或联系人");
        labels.put("guardianRelation", "与本人关系");
        labels.put("guardianPhone", "监护人电话");
        labels.put("registeredOn", "建档日期");
        return java.util.Collections.unmodifiableMap(labels);
    }

    public Validated validate(CodeLists codes) {
        Map<String, String> textErrors = new LinkedHashMap<>();
        TextFields.check(fields(), textErrors);
        Map<String, String> errors = new LinkedHashMap<>();
        CertificateNumber.Result certificate = CertificateNumber.parse(certificateNumber);
        if (!certificate.valid()) {
            errors.put("certificateNumber", String.join("；", certificate.errors()));
        }
        String cleanName = text(name);
        if (cleanName == null || cleanName.length() > 50) {
            errors.put("name", "姓名不能为空，且不超过50个字");
        } else if (cleanName.chars().anyMatch(Character::isDigit)) {
            errors.put("name", "姓名不能含数字");
        }
        String cleanEthnicity = code(codes, CodeLists.ETHNICITY, ethnicity, "ethnicity", "民族须为GB 3304中的民族名称或两位代码", errors);
        String cleanEducation = code(codes, CodeLists.EDUCATION, education, "education", "文化程度须为列表中的一项", errors);
        String cleanRegion = text(regionCode);
        if (cleanRegion == null || !cleanRegion.matches("\\d{12}")) {
            errors.put("regionCode", "居住地须为12位村级（嘎查村、社区）区划代码");
        }
        Hukou cleanHukou = null;
        if (text(hukou) == null || Hukou.parse(text(hukou)).isEmpty()) {
            errors.put("hukou", "户籍类别须为“城镇”或“农村”");
        } else {
            cleanHukou = Hukou.parse(text(hukou)).get();
        }
        String cleanPhone = phone(phone, "phone", errors);
        String cleanGuardianPhone = phone(guardianPhone, "guardianPhone", errors);
        List<Integer> multiple = multiple(certificate, errors);
        CertificateStatus status = CertificateStatus.VALID;
        if (text(certStatus) != null) {
            status = CertificateStatus.parse(text(certStatus)).orElse(null);
            if (status == null) {
                errors.put("certStatus", "证件状态须为有效、已过期、已注销或已去世");
            }
        }
        LocalDate issued = date(certIssuedOn, "certIssuedOn", errors);
        LocalDate validUntil = date(certValidUntil, "certValidUntil", errors);
        if (issued != null && validUntil != null && validUntil.isBefore(issued)) {
            errors.put("certValidUntil", "有效期不能早于发证日期");
        }
        if (issued != null && issued.isAfter(LocalDate.now())) {
            errors.put("certIssuedOn", "发证日期不能晚于今天");
        }
        // 建档日期: blank means today (a new record) or unchanged (a correction); never future, never before birth.
        LocalDate registered = date(registeredOn, "registeredOn", errors);
        if (registered != null && registered.isAfter(LocalDate.now())) {
            errors.put("registeredOn", "建档日期不能晚于今天（" + LocalDate.now() + "）");
        } else if (registered != null && certificate.valid() && registered.isBefore(certificate.number().birthDate())) {
            errors.put("registeredOn", "建档日期不能早于出生日期（" + certificate.number().birthDate() + "）");
        }
        String relation = text(guardianRelation);
        if (relation != null && !codes.contains(CodeLists.RELATION, relation)) {
            errors.put("guardianRelation", "与本人关系须为列表中的一项");
        }
        // A field that is not one line of text of its length is reported as that, whatever else it breaks.
        errors.putAll(textErrors);
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new PersonData(certificate.number(), cleanName, cleanEthnicity, cleanEducation, cleanRegion,
                cleanHukou, cleanPhone, multiple, status, issued, validUntil, text(guardianName), relation,
                cleanGuardianPhone, registered), Map.of());
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("certificateNumber", certificateNumber);
        fields.put("name", name);
        fields.put("ethnicity", ethnicity);
        fields.put("education", education);
        fields.put("regionCode", regionCode);
        fields.put("hukou", hukou);
        fields.put("phone", phone);
        fields.put("multipleCategories", multipleCategories);
        fields.put("certStatus", certStatus);
        fields.put("certIssuedOn", certIssuedOn);
        fields.put("certValidUntil", certValidUntil);
        fields.put("guardianName", guardianName);
        fields.put("guardianRelation", guardianRelation);
        fields.put("guardianPhone", guardianPhone);
        fields.put("registeredOn", registeredOn);
        return fields;
    }

    private List<Integer> multiple(CertificateNumber.Result certificate, Map<String, String> errors) {
        List<Integer> categories = new ArrayList<>();
        String raw = text(multipleCategories);
        if (raw != null) {
            for (String part : raw.split("[,，、;；\\s]+")) {
                int code = categoryCode(part);
                if (code < 1 || code > 6) {
                    errors.put("multipleCategories", "多重残疾类别须为1至6（视力、听力、言语、肢体、智力、精神）中的两项以上，用顿号或逗号分隔");
                    return List.of();
                }
                if (!categories.contains(code)) {
                    categories.add(code);
                }
            }
            categories.sort(null);
        }
        boolean isMultiple = certificate.valid() && certificate.number().category() == DisabilityCategory.MULTIPLE;
        if (isMultiple && categories.size() < 2) {
            errors.putIfAbsent("multipleCategories", "证号为多重残疾（类别7），须列出所涉及的两类以上残疾");
        } else if (certificate.valid() && !isMultiple && !categories.isEmpty()) {
            errors.putIfAbsent("multipleCategories", "只有多重残疾（类别7）才填写多重残疾类别");
        }
        return List.copyOf(categories);
    }

    private static int categoryCode(String part) {
        if (part.matches("\\d")) {
            return part.charAt(0) - '0';
        }
        for (DisabilityCategory category : DisabilityCategory.values()) {
            if (category.label().equals(part) || (category.label() + "残疾").equals(part)) {
                return category.code();
            }
        }
        return -1;
    }

    private static String code(CodeLists codes, String list, String raw, String field, String rule, Map<String, String> errors) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        if (codes.contains(list, value)) {
            return value;
        }
        var byLabel = codes.codeOfLabel(list, value);
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        errors.put(field, rule);
        return null;
    }

    private static String phone(String raw, String field, Map<String, String> errors) {
        String normalised = PhoneNumber.normalise(raw);
        if (normalised != null && !PhoneNumber.isValid(normalised)) {
            errors.put(field, "电话须为11位手机号或带区号的固定电话");
            return null;
        }
        return normalised;
    }

    private static LocalDate date(String raw, String field, Map<String, String> errors) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, "日期须写作 YYYY-MM-DD，例如 2024-03-01");
            return null;
        }
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The outcome of validation: data when there are no errors. */
    public record Validated(PersonData data, Map<String, String> errors) {
        public boolean ok() {
            return data != null;
        }
    }
}
