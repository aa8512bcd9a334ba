package org.zhuye.training.startup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;
import org.zhuye.employer.Industry;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.region.RegionCode;

/**
 * A business as typed into the form or sent to the API, all text, so that every bad field is named at
 * once. {@link #validate} is pure; what needs the database (the owner is a registry person of working age
 * in the caller's area, the place is in the area, the incubator is one, the code is not taken) is left to
 * {@link Businesses}, which adds its findings to these before refusing. {@code jobsCreated} counts the
 * owner's own job too; {@code jobsForDisabled} those held by other persons with disabilities.
 */
public record BusinessInput(String personId, String kind, String name, String creditCode, String industry,
                            String startedOn, String regionCode, String address, String jobsCreated,
                            String jobsForDisabled, String incubatorId, String incubatedFrom, String incubatedUntil) {

    /** The form's labels in its order; the history's vocabulary reads them too. */
    public static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("personId", "创业者");
        labels.put("kind", "类型");
        labels.put("name", "名称");
        labels.put("creditCode", "统一社会信用代码");
        labels.put("industry", "行业门类");
        labels.put("startedOn", "成立日期");
        labels.put("regionCode", "经营地点");
        labels.put("address", "详细地址");
        labels.put("jobsCreated", "带动就业人数（含本人）");
        labels.put("jobsForDisabled", "其中其他残疾人");
        labels.put("incubatorId", "入驻孵化基地");
        labels.put("incubatedFrom", "入驻日期");
        labels.put("incubatedUntil", "迁出日期");
        return Collections.unmodifiableMap(labels);
    }

    public static BusinessInput fromForm(MultiValueMap<String, String> form) {
        return new BusinessInput(form.getFirst("personId"), form.getFirst("kind"), form.getFirst("name"),
                form.getFirst("creditCode"), form.getFirst("industry"), form.getFirst("startedOn"),
                form.getFirst("regionCode"), form.getFirst("address"), form.getFirst("jobsCreated"),
                form.getFirst("jobsForDisabled"), form.getFirst("incubatorId"), form.getFirst("incubatedFrom"),
                form.getFirst("incubatedUntil"));
    }

    /** The outcome: the data when every field is good, else every problem keyed by field. */
    record Validated(BusinessData data, Map<String, String> errors) {
        boolean ok() {
            return data != null;
        }
    }

    /** Every rule that needs no database, every problem at once. */
    Validated validate(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long person = id(personId);
        if (person == null) {
            errors.put("personId", "请选择创业者（实名库中的人员）");
        }
        Optional<BusinessKind> businessKind = BusinessKind.parse(kind);
        if (businessKind.isEmpty()) {
            errors.put("kind", "类型须为个体工商户或小微企业");
        }
        String cleanName = text(name);
        if (cleanName == null || cleanName.length() > 100) {
            errors.put("name", "名称不能为空，且不超过100个字");
        }
        UnifiedSocialCreditCode.Result code = UnifiedSocialCreditCode.parse(creditCode);
        if (!code.valid()) {
            errors.put("creditCode", "统一社会信用代码无效：" + String.join("；", code.errors()));
        } else if (businessKind.isPresent() && !code.code().value().startsWith(businessKind.get().codePrefix())) {
            errors.put("creditCode", businessKind.get().label() + "的统一社会信用代码应以 " + businessKind.get().codePrefix()
                    + " 开头（登记管理部门与机构类别），请核对类型或代码");
        }
        Optional<Industry> sector = Industry.parse(industry);
        if (sector.isEmpty()) {
            errors.put("industry", "请选择行业门类（国民经济行业分类 A–T）");
        }
        LocalDate started = date(startedOn, "startedOn", "成立日期", true, errors);
        if (started != null && started.isAfter(today)) {
            errors.put("startedOn", "成立日期不能晚于今天");
        }
        Optional<RegionCode> place = RegionCode.parse(text(regionCode));
        if (place.isEmpty() || place.get().level() < 3) {
            errors.put("regionCode", "经营地点须选到旗县区或以下（苏木乡镇、嘎查村、社区）");
        }
        String cleanAddress = text(address);
        if (cleanAddress == null || cleanAddress.length() > 200) {
            errors.put("address", "详细地址不能为空，且不超过200个字");
        }
        Integer jobs = count(jobsCreated, "jobsCreated", "带动就业人数", errors);
        Integer forDisabled = count(jobsForDisabled, "jobsForDisabled", "其他残疾人就业人数", errors);
        if (jobs != null && forDisabled != null && forDisabled > jobs) {
            errors.put("jobsForDisabled", "其他残疾人就业人数（" + forDisabled + "）不能多于带动就业人数（" + jobs + "）");
        }
        Long incubator = null;
        LocalDate in = null;
        LocalDate out = null;
        if (text(incubatorId) != null) {
            incubator = id(incubatorId);
            if (incubator == null) {
                errors.put("incubatorId", "请从列表中选择孵化基地");
            }
            in = date(incubatedFrom, "incubatedFrom", "入驻日期", true, errors);
            out = date(incubatedUntil, "incubatedUntil", "迁出日期", false, errors);
            if (in != null && in.isAfter(today)) {
                errors.put("incubatedFrom", "入驻日期不能晚于今天");
            }
            if (in != null && out != null && out.isBefore(in)) {
                errors.put("incubatedUntil", "迁出日期不能早于入驻日期");
            }
        } else if (text(incubatedFrom) != null || text(incubatedUntil) != null) {
            errors.put("incubatorId", "填写了入驻或迁出日期，请选择孵化基地");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new BusinessData(person, businessKind.get(), cleanName, code.code().value(), sector.get(),
                started, place.get().value(), cleanAddress, jobs, forDisabled, incubator, in, out), Map.of());
    }

    private static Long id(String text) {
        String value = text(text);
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static Integer count(String text, String field, String label, Map<String, String> errors) {
        String value = text(text);
        if (value == null || !value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 10000) {
            errors.put(field, label + "须为 0 到 10000 的整数");
            return null;
        }
        return Integer.valueOf(value);
    }

    static LocalDate date(String text, String field, String label, boolean required, Map<String, String> errors) {
        String value = text(text);
        if (value == null) {
            if (required) {
                errors.put(field, "请填写" + label);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD");
            return null;
        }
    }

    static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
