package org.zhuye.training.subsidy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.TrainingRuleException;

/** The subsidy list's filters as typed (page and API alike): region, completion period (default this year), status, course. */
final class SubsidyFilters {

    private SubsidyFilters() {
    }

    static TrainingSubsidies.Filter parse(String region, String from, String to, String status, String course,
                                          Jurisdiction jurisdiction) {
        Map<String, String> errors = new LinkedHashMap<>();
        RegionCode code = jurisdiction.root();
        if (region != null && !region.isBlank()) {
            code = RegionCode.parse(region).orElse(null);
            if (code == null) {
                errors.put("region", "地区须为区划代码，例如 1525");
            } else if (!jurisdiction.contains(code)) {
                errors.put("region", "地区不在您的管辖范围内");
            }
        }
        LocalDate f = date(from, "from", "结业日期从", errors);
        LocalDate t = date(to, "to", "结业日期至", errors);
        int year = LocalDate.now().getYear();
        f = f == null ? LocalDate.of(year, 1, 1) : f;
        t = t == null ? LocalDate.of(year, 12, 31) : t;
        if (!errors.containsKey("from") && !errors.containsKey("to") && t.isBefore(f)) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        Subsidy.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = Subsidy.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                errors.put("status", "状态须为已核算（CALCULATED）或已确认（CONFIRMED）");
            }
        }
        Long courseId = null;
        if (course != null && !course.isBlank()) {
            try {
                courseId = Long.valueOf(course.strip());
            } catch (NumberFormatException e) {
                errors.put("course", "培训班须为培训班编号");
            }
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return new TrainingSubsidies.Filter(code == null ? jurisdiction.likePattern() : code.significantPrefix() + "%",
                f, t, s, courseId);
    }

    private static LocalDate date(String text, String field, String label, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD");
            return null;
        }
    }
}
