package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;
import org.zhuye.casework.OccupationList;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;
import org.zhuye.training.TrainingRuleException;

/**
 * A course as typed into the form or sent to the API: text, so every bad field is named at once.
 * {@link #validate} is pure — the occupation list and the caller's jurisdiction come in; whether the
 * provider and the region exist is left to {@link Courses}. The 开班申请's own parts (teaching plan,
 * teachers, assessment method) may be left empty on a draft; {@link Courses#submit} requires them.
 */
public record CourseInput(String providerId, String kind, String title, String occupationCode, String delivery,
                          String regionCode, String address, String startsOn, String endsOn, String hours,
                          String capacity, String subsidyStandard, String teachingPlan, List<Teacher> teachers,
                          String assessmentMethod) {

    /** The form's labels in its order; the history's vocabulary reads them too. */
    public static final Map<String, String> LABELS = labels();

    static final int MAX_HOURS_PER_DAY = 12;
    static final int MAX_TEACHERS = 20;

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("providerId", "培训机构");
        labels.put("kind", "培训类别");
        labels.put("title", "培训班名称");
        labels.put("occupationCode", "职业（职业分类大典）");
        labels.put("delivery", "授课方式");
        labels.put("regionCode", "培训地点所在区划");
        labels.put("address", "培训地址");
        labels.put("startsOn", "开班日期");
        labels.put("endsOn", "结业日期");
        labels.put("hours", "总学时");
        labels.put("capacity", "计划招收人数");
        labels.put("subsidyStandard", "补贴标准（元/人）");
        labels.put("teachingPlan", "教学计划");
        labels.put("teachers", "授课教师");
        labels.put("assessmentMethod", "考核方式");
        return Collections.unmodifiableMap(labels);
    }

    public CourseInput {
        teachers = teachers == null ? List.of() : List.copyOf(teachers.stream().filter(t -> t != null).toList());
    }

    static CourseInput of(Course c) {
        return new CourseInput(String.valueOf(c.providerId()), c.kind().name(), c.title(), c.occupationCode(),
                c.delivery().name(), c.regionCode(), c.address(), c.startsOn().toString(), c.endsOn().toString(),
                String.valueOf(c.hours()), String.valueOf(c.capacity()), c.subsidyStandard().toPlainString(),
                c.teachingPlan(), c.teachers(), c.assessmentMethod());
    }

    /** The form's fields; teachers come as {@code teacherName} and {@code teacherQualification} in pairs, blank pairs dropped. */
    static CourseInput fromForm(MultiValueMap<String, String> form) {
        List<String> names = form.getOrDefault("teacherName", List.of());
        List<String> qualifications = form.getOrDefault("teacherQualification", List.of());
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < Math.max(names.size(), qualifications.size()); i++) {
            String name = i < names.size() ? names.get(i) : null;
            String qualification = i < qualifications.size() ? qualifications.get(i) : null;
            if (!blank(name) || !blank(qualification)) {
                teachers.add(new Teacher(name, qualification));
            }
        }
        return new CourseInput(form.getFirst("providerId"), form.getFirst("kind"), form.getFirst("title"),
                form.getFirst("occupationCode"), form.getFirst("delivery"), form.getFirst("regionCode"),
                form.getFirst("address"), form.getFirst("startsOn"), form.getFirst("endsOn"), form.getFirst("hours"),
                form.getFirst("capacity"), form.getFirst("subsidyStandard"), form.getFirst("teachingPlan"), teachers,
                form.getFirst("assessmentMethod"));
    }

    /**
     * Every rule of a course's fields, every broken one named in Chinese.
     *
     * @param jurisdiction the caller's: the course's place must be inside it
     */
    CourseData validate(OccupationList occupations, Jurisdiction jurisdiction) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long provider = number(providerId);
        if (provider == null) {
            errors.put("providerId", "请选择培训机构");
        }
        CourseKind courseKind = parseKind(kind);
        if (courseKind == null) {
            errors.put("kind", "请选择培训类别（职业技能培训、实用技术培训、创业培训、岗位技能提升培训或盲人按摩培训）");
        }
        String cleanTitle = clean(title);
        if (cleanTitle == null || cleanTitle.length() > 80) {
            errors.put("title", "请填写培训班名称（不超过80个字）");
        }
        String occupation = clean(occupationCode);
        if (occupation != null && !occupations.known(occupation)) {
            errors.put("occupationCode", "职业分类大典中没有代码“" + occupation + "”，请从列表中选择");
        } else if (occupation == null && (courseKind == CourseKind.VOCATIONAL || courseKind == CourseKind.UPSKILL)) {
            errors.put("occupationCode", courseKind.label() + "须选择所培训的职业（职业分类大典）");
        }
        Optional<Delivery> how = Delivery.parse(clean(delivery));
        if (how.isEmpty()) {
            errors.put("delivery", "请选择授课方式（线下面授、线上或线上线下结合）");
        }
        Optional<RegionCode> region = RegionCode.parse(clean(regionCode));
        if (region.isEmpty()) {
            errors.put("regionCode", "请选择培训地点所在的旗县（市、区）或其下的苏木乡镇、嘎查村");
        } else if (region.get().level() < 3) {
            errors.put("regionCode", "培训地点须选到旗县（市、区）一级或更下级，不能只选盟市或自治区");
        } else if (!jurisdiction.contains(region.get())) {
            errors.put("regionCode", "培训地点不在您的管辖范围内");
        }
        String cleanAddress = clean(address);
        if (cleanAddress != null && cleanAddress.length() > 200) {
            errors.put("address", "培训地址不超过200个字");
        } else if (cleanAddress == null && how.map(Delivery::needsAddress).orElse(false)) {
            errors.put("address", how.get().label() + "的培训须填写培训地址");
        }
        LocalDate start = date(startsOn);
        LocalDate end = date(endsOn);
        if (start == null) {
            errors.put("startsOn", "请填写开班日期（年-月-日）");
        }
        if (end == null) {
            errors.put("endsOn", "请填写结业日期（年-月-日）");
        } else if (start != null && end.isBefore(start)) {
            errors.put("endsOn", "结业日期不能早于开班日期");
        }
        Integer totalHours = integer(hours);
        if (totalHours == null || totalHours < 1 || totalHours > 2000) {
            errors.put("hours", "总学时须为1至2000的整数");
        } else if (start != null && end != null && !end.isBefore(start)) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (totalHours > days * MAX_HOURS_PER_DAY) {
                errors.put("hours", "总学时" + totalHours + "超过了培训期" + days + "天每天至多" + MAX_HOURS_PER_DAY
                        + "学时的上限（" + days * MAX_HOURS_PER_DAY + "学时）");
            }
        }
        Integer places = integer(capacity);
        if (places == null || places < 1 || places > 1000) {
            errors.put("capacity", "计划招收人数须为1至1000的整数");
        }
        BigDecimal standard = money(subsidyStandard);
        if (standard == null) {
            errors.put("subsidyStandard", "补贴标准须为不小于0的金额（元/人，至多两位小数），没有补贴填0");
        }
        String plan = clean(teachingPlan);
        if (plan != null && plan.length() > 4000) {
            errors.put("teachingPlan", "教学计划不超过4000个字");
        }
        List<Teacher> cleanTeachers = new ArrayList<>();
        List<String> teacherProblems = new ArrayList<>();
        for (int i = 0; i < teachers.size(); i++) {
            String name = clean(teachers.get(i).name());
            String qualification = clean(teachers.get(i).qualification());
            if (name == null || name.length() > 50) {
                teacherProblems.add("第" + (i + 1) + "位教师须填写姓名（不超过50个字）");
            }
            if (qualification == null || qualification.length() > 100) {
                teacherProblems.add("第" + (i + 1) + "位教师须填写资质（如职业资格、职称，不超过100个字）");
            }
            cleanTeachers.add(new Teacher(name, qualification));
        }
        if (teachers.size() > MAX_TEACHERS) {
            teacherProblems.add(0, "授课教师至多" + MAX_TEACHERS + "位");
        }
        if (!teacherProblems.isEmpty()) {
            errors.put("teachers", String.join("；", teacherProblems));
        }
        String method = clean(assessmentMethod);
        if (method != null && method.length() > 1000) {
            errors.put("assessmentMethod", "考核方式不超过1000个字");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return new CourseData(provider, courseKind, cleanTitle, occupation,
                occupation == null ? null : occupations.name(occupation), how.get(),
                region.get().value(), cleanAddress, start, end, totalHours, places, standard, plan, cleanTeachers, method);
    }

    static CourseKind parseKind(String text) {
        for (CourseKind k : CourseKind.values()) {
            if (k.name().equals(clean(text))) {
                return k;
            }
        }
        return null;
    }

    private static Long number(String text) {
        String t = clean(text);
        return t != null && t.matches("[0-9]{1,18}") ? Long.valueOf(t) : null;
    }

    private static Integer integer(String text) {
        String t = clean(text);
        return t != null && t.matches("-?[0-9]{1,9}") ? Integer.valueOf(t) : null;
    }

    private static BigDecimal money(String text) {
        String t = clean(text);
        if (t == null || !t.matches("[0-9]{1,8}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    static LocalDate date(String text) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
