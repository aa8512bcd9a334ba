package org.zhuye.institution.served;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.zhuye.institution.CareMode;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.ServedService;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.platform.form.FormFields;

/**
 * Admitting a person to a service, as typed: pure rules against the institution, the person's category and
 * today; the database rules (the person is the caller's, not merged; one open span) are {@link ServedPersons}'.
 */
public record ServedInput(String personId, String service, String careMode, String fromOn, String note) {

    public static final Map<String, String> LABELS = Map.of("personId", "服务对象（人员编号）", "service", "服务项目",
            "careMode", "托养方式", "fromOn", "服务开始日期", "note", "备注");

    /**
     * Which services each kind of institution gives. Sheltered work (辅助性就业) is placed through 辅助性就业机构,
     * 温馨家园 and 托养机构 alike — the 2022 plan 《内蒙古自治区残疾人就业促进“十四五”实施方案》 counts all three as
     * 辅助性就业 settings; care only at a 托养机构; massage work only at a 盲人按摩机构; any kind may record OTHER.
     */
    static Set<ServedService> allowedAt(InstitutionKind kind) {
        Set<ServedService> allowed = EnumSet.of(ServedService.OTHER);
        switch (kind) {
            case SHELTERED_WORKSHOP, WARM_HOME -> allowed.add(ServedService.SHELTERED_WORK);
            case CARE_HOME -> {
                allowed.add(ServedService.SHELTERED_WORK);
                allowed.add(ServedService.CARE);
            }
            case MASSAGE -> {
                allowed.add(ServedService.MASSAGE_HEALTH);
                allowed.add(ServedService.MASSAGE_MEDICAL);
            }
            default -> {
            }
        }
        return allowed;
    }

    static boolean isWork(ServedService service) {
        return service == ServedService.SHELTERED_WORK || massage(service);
    }

    static boolean massage(ServedService service) {
        return service == ServedService.MASSAGE_HEALTH || service == ServedService.MASSAGE_MEDICAL;
    }

    /** The validated admission, or every problem keyed by field. */
    Checked check(Institution institution, DisabilityCategory category, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long person = null;
        String rawPerson = text(personId);
        if (rawPerson == null || !rawPerson.matches("\\d{1,18}")) {
            errors.put("personId", "请填写服务对象的人员编号（在人员页的地址栏中）");
        } else {
            person = Long.valueOf(rawPerson);
        }
        ServedService cleanService = null;
        for (ServedService s : ServedService.values()) {
            if (s.name().equals(text(service)) || s.label().equals(text(service))) {
                cleanService = s;
            }
        }
        if (cleanService == null) {
            errors.put("service", "服务项目须为辅助性就业、托养服务、保健按摩从业、医疗按摩从业或其他服务");
        } else if (!allowedAt(institution.kind()).contains(cleanService)) {
            errors.put("service", institution.kind().label() + "不提供“" + cleanService.label() + "”，可选："
                    + String.join("、", allowedAt(institution.kind()).stream().map(ServedService::label).toList()));
        } else if (massage(cleanService) && category != null && category != DisabilityCategory.VISION) {
            // 盲人按摩 is reserved to visually disabled persons (残疾类别 1): the 盲人医疗按摩管理办法 (2009) licenses
            // 盲人医疗按摩人员 only, and 保健按摩 at a 盲人按摩机构 is counted as 盲人按摩就业 only for them.
            errors.put("service", "盲人按摩从业只记录视力残疾人（残疾类别1），此人为" + category.label() + "残疾");
        }
        CareMode mode = null;
        String rawMode = text(careMode);
        if (cleanService == ServedService.CARE) {
            mode = CareMode.parse(rawMode).orElse(null);
            if (mode == null) {
                errors.put("careMode", "托养服务须选择托养方式：寄宿制托养、日间照料或居家托养");
            }
        } else if (rawMode != null) {
            errors.put("careMode", "只有托养服务填写托养方式");
        }
        LocalDate from = FormFields.pastDate(fromOn, "fromOn", "服务开始日期", true, today, errors);
        if (from != null && !errors.containsKey("fromOn")) {
            if (from.isBefore(institution.openedOn())) {
                errors.put("fromOn", "服务开始日期不能早于机构开办日期 " + institution.openedOn());
            } else if (institution.closedOn() != null && from.isAfter(institution.closedOn())) {
                errors.put("fromOn", "机构已于 " + institution.closedOn() + " 关闭");
            }
        }
        String cleanNote = text(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            errors.put("note", "备注不超过500个字");
        }
        return new Checked(person, cleanService, mode, from, cleanNote, errors);
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    record Checked(Long personId, ServedService service, CareMode careMode, LocalDate fromOn, String note,
                   Map<String, String> errors) {
    }
}
