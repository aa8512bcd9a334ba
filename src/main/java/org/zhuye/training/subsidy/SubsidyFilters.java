package org.zhuye.training.subsidy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.figures.FilterText;
import org.zhuye.training.TrainingRuleException;

/** The subsidy list's filters as typed (page and API alike): region, completion period (default this year), status, course. */
final class SubsidyFilters {

    private SubsidyFilters() {
    }

    static TrainingSubsidies.Filter parse(String region, String from, String to, String status, String course,
                                          Jurisdiction jurisdiction) {
        Map<String, String> errors = new LinkedHashMap<>();
        RegionCode code = FilterText.region(region, "region", "地区", jurisdiction, errors);
        LocalDate[] period = FilterText.period(from, to, "结业日期从", "结业日期至", errors);
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
        return new TrainingSubsidies.Filter(code.significantPrefix() + "%", period[0], period[1], s, courseId);
    }
}
