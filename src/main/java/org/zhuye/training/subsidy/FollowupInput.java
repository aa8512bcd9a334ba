package org.zhuye.training.subsidy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.platform.form.FormFields;
import org.zhuye.training.figures.FilterText;

/**
 * A six-month visit as typed: when, whether the trainee works, and if so since when, for whom and in
 * which 就业形式 (1..7, the registry's list; needed only when the registry does not know the job yet).
 */
public record FollowupInput(String visitedOn, String working, String employedOn, String form, String employerName,
                            String note) {

    /** A checked visit. */
    record Checked(LocalDate visitedOn, boolean working, LocalDate employedOn, String form, String employerName, String note) {
    }

    /** Every problem at once, keyed by field, in Chinese; the completion day bounds the dates. */
    Checked check(LocalDate completedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate visited = FormFields.date(visitedOn, "visitedOn", "跟踪日期", false, errors);
        if (!present(visitedOn)) {
            errors.put("visitedOn", "请填写跟踪日期");
        }
        if (visited != null && visited.isAfter(today)) {
            errors.put("visitedOn", "跟踪日期不能晚于今天");
        } else if (visited != null && visited.isBefore(completedOn)) {
            errors.put("visitedOn", "跟踪日期不能早于结业日期（" + completedOn + "）");
        }
        Boolean works = switch (working == null ? "" : working.strip()) {
            case "true", "是" -> true;
            case "false", "否" -> false;
            default -> null;
        };
        if (works == null) {
            errors.put("working", "请选择是否就业");
        }
        LocalDate since = null;
        if (Boolean.TRUE.equals(works)) {
            since = FormFields.date(employedOn, "employedOn", "就业起始日期", false, errors);
            if (since == null && !errors.containsKey("employedOn")) {
                errors.put("employedOn", "已就业须填写就业起始日期");
            } else if (since != null && since.isAfter(visited == null ? today : visited)) {
                errors.put("employedOn", "就业起始日期不能晚于跟踪日期");
            }
            if (employerName != null && employerName.strip().length() > 200) {
                errors.put("employerName", "就业单位不超过200字");
            }
        } else if (Boolean.FALSE.equals(works) && present(employedOn)) {
            errors.put("employedOn", "未就业时不填就业起始日期");
        }
        if (note != null && note.strip().length() > 500) {
            errors.put("note", "备注不超过500字");
        }
        if (!errors.isEmpty()) {
            throw new org.zhuye.training.TrainingRuleException(errors);
        }
        return new Checked(visited, works, since, present(form) ? form.strip() : null,
                present(employerName) ? employerName.strip() : null, present(note) ? note.strip() : null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
