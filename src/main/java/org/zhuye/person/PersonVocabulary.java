package org.zhuye.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/**
 * The registry's words for what it records on a person: the registration form's labels, the code
 * lists (民族, 学历, 就业形式, 未就业原因) and the enums' Chinese labels, so that a history reads
 * 文化程度：初中 → 高中. Numbers are recorded masked ({@link PersonData#auditState()}) and stay so.
 */
@Component
class PersonVocabulary extends FieldVocabulary {

    /** The form's labels, then what only histories record; places and 户籍 read as names here, not codes. */
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(PersonInput.LABELS);
        labels.put("certificate", PersonInput.LABELS.get("certificateNumber"));
        labels.put("regionCode", "居住地");
        labels.put("hukou", "户籍");
        labels.put("effectiveOn", "自何日起");
        labels.put("employed", "已就业");
        labels.put("form", "就业形式");
        labels.put("employerName", "就业单位");
        labels.put("reason", "未就业主要原因");
        labels.put("eventId", "就业状况记录编号");
        labels.put("mergedFrom", "并入的重复记录");
        labels.put("mergedInto", "已合并到");
        labels.put("employmentEvents", "转移的就业状况记录（条）");
        labels.put("memberships", "转移的家庭成员关系（条）");
        labels.put("format", "导出格式");
        labels.put("category", "残疾类别");
        labels.put("grade", "残疾等级");
        labels.put("sex", "性别");
        labels.put("employment", "就业状况");
        labels.put("minAge", "最小年龄");
        labels.put("maxAge", "最大年龄");
        return Map.copyOf(labels);
    }

    private final CodeLists codes;
    private final PersonRepository persons;

    PersonVocabulary(CodeLists codes, PersonRepository persons) {
        super("person", "人员", LABELS);
        this.codes = codes;
        this.persons = persons;
    }




    /** The form's order; the record holds the number as "certificate". */
    @Override
    public List<String> fieldOrder() {
        return PersonInput.LABELS.keySet().stream().map(f -> "certificateNumber".equals(f) ? "certificate" : f).toList();
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "ethnicity" -> codes.label(CodeLists.ETHNICITY, value);
            case "education" -> codes.label(CodeLists.EDUCATION, value);
            case "form" -> codes.label(CodeLists.EMPLOYMENT_FORM, value);
            case "reason" -> codes.label(CodeLists.NOT_EMPLOYED_REASON, value);
            case "grade" -> Optional.of(value + "级");
            case "hukou" -> Hukou.parse(value).map(Hukou::label);
            case "certStatus" -> CertificateStatus.parse(value).map(CertificateStatus::label);
            case "sex" -> java.util.Arrays.stream(Sex.values()).filter(s -> s.name().equals(value)).findFirst().map(Sex::label);
            case "multipleCategories", "category" -> categoryLabel(value);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "mergedFrom".equals(field) || "mergedInto".equals(field) ? Optional.of("person") : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        return parseId(id).flatMap(personId -> persons.find(personId, jurisdiction))
                .map(p -> new Reference(p.name(), "/persons/" + p.id()));
    }

    private static Optional<String> categoryLabel(String value) {
        return parseId(value).flatMap(code -> DisabilityCategory.of(code.intValue())).map(DisabilityCategory::label);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
