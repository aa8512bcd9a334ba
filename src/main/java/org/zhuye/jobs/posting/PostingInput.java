package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.util.MultiValueMap;
import org.zhuye.casework.OccupationList;
import org.zhuye.jobs.ContractType;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CodeLists;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.region.RegionCode;

/**
 * A posting as typed into the form or sent to the API: text (lists for the many-valued fields), so that
 * every bad field can be named at once rather than failing the request. {@link #validate} is pure: the
 * code lists come in, and only what needs the database (the workplace exists, the unit is the caller's)
 * is left to {@link JobPostings}. {@code demands} maps the six JSON keys (eyesight, bothHands…) to 0..3;
 * a key left out is 0 (不限). {@code employerId} is read only when staff create a posting.
 */
public record PostingInput(String employerId, String title, String occupationCode, String headcount,
                           String regionCode, String address, String workMode, String employmentForm,
                           String hoursPerWeek, String shift, String wageMin, String wageMax, String contractType,
                           String socialInsurance, String minEducation, List<String> suitableCategories,
                           List<String> features, Map<String, String> demands, String description,
                           String openUntil) {

    /** The form's labels in its order; the history's vocabulary reads them too. */
    public static final Map<String, String> LABELS = labels();

    /** What the minimum-education field takes for no requirement. */
    static final String ANY_EDUCATION = "不限";

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("employerId", "用人单位");
        labels.put("title", "岗位名称");
        labels.put("occupationCode", "职业（职业分类大典）");
        labels.put("headcount", "招聘人数");
        labels.put("regionCode", "工作地点");
        labels.put("address", "详细地址");
        labels.put("workMode", "工作方式");
        labels.put("employmentForm", "就业形式");
        labels.put("hoursPerWeek", "每周工作小时");
        labels.put("shift", "班次");
        labels.put("wageMin", "月工资下限（元）");
        labels.put("wageMax", "月工资上限（元）");
        labels.put("contractType", "合同类型");
        labels.put("socialInsurance", "缴纳社会保险");
        labels.put("minEducation", "最低学历");
        labels.put("suitableCategories", "适合的残疾类别");
        labels.put("features", "无障碍与便利条件");
        for (WorkDemand d : WorkDemand.values()) {
            labels.put(d.key(), d.label() + "要求");
        }
        labels.put("description", "岗位说明");
        labels.put("openUntil", "招聘截止日期");
        return Collections.unmodifiableMap(labels);
    }

    public static PostingInput empty() {
        return new PostingInput(null, null, null, null, null, null, WorkMode.ON_SITE.name(), null, "40", null, null,
                null, ContractType.FIXED_TERM.name(), "true", ANY_EDUCATION, List.of(), List.of(), Map.of(), null, null);
    }

    /** The form's fields: the six demands come as {@code demands.eyesight} and so on. */
    public static PostingInput fromForm(MultiValueMap<String, String> form) {
        Map<String, String> demands = new LinkedHashMap<>();
        for (WorkDemand d : WorkDemand.values()) {
            String level = form.getFirst("demands." + d.key());
            if (level != null) {
                demands.put(d.key(), level);
            }
        }
        return new PostingInput(form.getFirst("employerId"), form.getFirst("title"), form.getFirst("occupationCode"),
                form.getFirst("headcount"), form.getFirst("regionCode"), form.getFirst("address"),
                form.getFirst("workMode"), form.getFirst("employmentForm"), form.getFirst("hoursPerWeek"),
                form.getFirst("shift"), form.getFirst("wageMin"), form.getFirst("wageMax"),
                form.getFirst("contractType"), form.getFirst("socialInsurance"), form.getFirst("minEducation"),
                listOf(form.get("suitableCategories")), listOf(form.get("features")), demands,
                form.getFirst("description"), form.getFirst("openUntil"));
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** The level posted for a demand, 0 when none was; for the form to show again. */
    public String demand(String key) {
        String level = demands == null ? null : demands.get(key);
        return level == null || level.isBlank() ? "0" : level.strip();
    }

    public boolean hasFeature(String code) {
        return features != null && features.contains(code);
    }

    public boolean suits(int category) {
        return suitableCategories != null && suitableCategories.contains(String.valueOf(category));
    }

    /** Every rule that needs no database, every problem at once, keyed by field. */
    public PostingData validate(CodeLists codes, OccupationList occupations, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = text(title);
        if (cleanTitle == null || cleanTitle.length() > 60) {
            errors.put("title", "岗位名称不能为空，且不超过60个字");
        }
        String occupation = text(occupationCode);
        if (occupation != null && occupation.contains(" ")) {
            occupation = occupation.substring(0, occupation.indexOf(' '));  // "4-01 批发与零售服务人员" as the list shows it
        }
        if (!occupations.known(occupation)) {
            errors.put("occupationCode", "职业须选自职业分类大典（2022年版）的大类或中类，如 4-01");
        }
        Integer count = whole(headcount, 1, 10_000);
        if (count == null) {
            errors.put("headcount", "招聘人数须为1至10000的整数");
        }
        Optional<RegionCode> region = RegionCode.parse(text(regionCode));
        if (region.isEmpty() || region.get().level() < 4) {
            errors.put("regionCode", "工作地点须选到苏木乡镇（9位）或嘎查村、社区（12位）");
        }
        String cleanAddress = text(address);
        if (cleanAddress != null && cleanAddress.length() > 200) {
            errors.put("address", "详细地址不超过200个字");
        }
        WorkMode mode = WorkMode.parse(text(workMode)).orElse(null);
        if (mode == null) {
            errors.put("workMode", "工作方式须为到岗工作、居家就业、远程工作或平台/新就业形态");
        }
        String form = code(codes, CodeLists.EMPLOYMENT_FORM, employmentForm);
        if (form == null) {
            errors.put("employmentForm", "就业形式须选自就业形式代码表（如按比例就业、个体就业）");
        }
        Integer hours = whole(hoursPerWeek, 1, 84);
        if (hours == null) {
            errors.put("hoursPerWeek", "每周工作小时须为1至84的整数");
        }
        String cleanShift = text(shift);
        if (cleanShift != null && cleanShift.length() > 100) {
            errors.put("shift", "班次不超过100个字");
        }
        Integer low = whole(wageMin, 0, 1_000_000);
        if (low == null) {
            errors.put("wageMin", "月工资下限须为0至1000000元的整数");
        }
        Integer high = whole(wageMax, 0, 1_000_000);
        if (high == null) {
            errors.put("wageMax", "月工资上限须为0至1000000元的整数");
        } else if (low != null && high < low) {
            errors.put("wageMax", "月工资上限不能低于下限（" + low + " 元）");
        }
        ContractType contract = contract(contractType);
        if (contract == null) {
            errors.put("contractType", "合同类型须为固定期限、无固定期限、非全日制、劳务协议或无合同");
        }
        Boolean insured = yesNo(socialInsurance);
        if (insured == null) {
            errors.put("socialInsurance", "“缴纳社会保险”须为是或否");
        }
        String education = text(minEducation);
        String cleanEducation = null;
        if (education != null && !education.equals(ANY_EDUCATION)) {
            cleanEducation = code(codes, CodeLists.EDUCATION, education);
            if (cleanEducation == null) {
                errors.put("minEducation", "最低学历须选自学历代码表，或为不限");
            }
        }
        List<Integer> categories = categories(errors);
        Set<WorkplaceFeature> featureSet = features(errors);
        WorkDemands levels = demands(errors);
        String cleanDescription = text(description);
        if (cleanDescription != null && cleanDescription.length() > 2000) {
            errors.put("description", "岗位说明不超过2000个字");
        }
        LocalDate until = date(openUntil);
        if (until == null) {
            errors.put("openUntil", "招聘截止日期须为日期，如 " + today.plusMonths(3));
        } else if (until.isBefore(today)) {
            errors.put("openUntil", "招聘截止日期不能早于今天（" + today + "）");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        return new PostingData(cleanTitle, occupation, occupations.name(occupation), count, region.get().value(),
                cleanAddress, mode, form, hours, cleanShift, low, high, contract, insured, cleanEducation, categories,
                featureSet, levels, cleanDescription, until);
    }

    private List<Integer> categories(Map<String, String> errors) {
        TreeSet<Integer> found = new TreeSet<>();
        for (String value : listOf(suitableCategories)) {
            String v = text(value);
            if (v == null) {
                continue;
            }
            Integer category = whole(v, 1, 7);
            if (category == null || DisabilityCategory.of(category).isEmpty()) {
                errors.put("suitableCategories", "适合的残疾类别须为1至7（视力、听力、言语、肢体、智力、精神、多重）：“" + v + "”不是");
                return List.of();
            }
            found.add(category);
        }
        return List.copyOf(found);
    }

    private Set<WorkplaceFeature> features(Map<String, String> errors) {
        Set<WorkplaceFeature> found = EnumSet.noneOf(WorkplaceFeature.class);
        for (String value : listOf(features)) {
            String v = text(value);
            if (v == null) {
                continue;
            }
            Optional<WorkplaceFeature> feature = WorkplaceFeature.parse(v);
            if (feature.isEmpty()) {
                errors.put("features", "无障碍与便利条件中的“" + v + "”不是可选的条件");
                return Set.of();
            }
            found.add(feature.get());
        }
        return Set.copyOf(found);
    }

    private WorkDemands demands(Map<String, String> errors) {
        Map<String, String> given = demands == null ? Map.of() : demands;
        for (String key : given.keySet()) {
            if (java.util.Arrays.stream(WorkDemand.values()).noneMatch(d -> d.key().equals(key))) {
                errors.put("demands", "工作要求只有视力、双手、手部操作、搬举、站立行走、听说六项，没有“" + key + "”");
            }
        }
        int[] levels = new int[WorkDemand.values().length];
        for (WorkDemand d : WorkDemand.values()) {
            String value = text(given.get(d.key()));
            Integer level = value == null ? Integer.valueOf(0) : whole(value, 0, 3);
            if (level == null) {
                errors.put("demands." + d.key(), d.label() + "要求须为0（不限）至3：" + String.join("、", levelNames(d)));
            } else {
                levels[d.ordinal()] = level;
            }
        }
        return WorkDemands.of(levels);
    }

    private static List<String> levelNames(WorkDemand d) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < d.levels().size(); i++) {
            names.add(i + " " + d.level(i));
        }
        return names;
    }

    private static ContractType contract(String value) {
        String v = text(value);
        return java.util.Arrays.stream(ContractType.values()).filter(c -> c.name().equals(v)).findFirst().orElse(null);
    }

    /** A code of the list, given as its code or as its label (the shared select posts labels). */
    private static String code(CodeLists codes, String list, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (codes.contains(list, v)) {
            return v;
        }
        return codes.codeOfLabel(list, v).orElse(null);
    }

    private static Boolean yesNo(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true", "是" -> Boolean.TRUE;
            case "false", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Integer whole(String value, int min, int max) {
        String v = text(value);
        if (v == null || !v.matches("-?[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(v);
        return n < min || n > max ? null : n;
    }

    private static LocalDate date(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
