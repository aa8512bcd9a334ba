package org.zhuye.jobs.profile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.ChangeVocabulary;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/** The words of a work profile's audit entries on the person's history (登记就业能力与意愿档案). */
@Component
class WorkProfileVocabulary implements ChangeVocabulary {

    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("validFrom", "生效日期");
        labels.put("capabilities", "能力");
        for (WorkDemand d : WorkDemand.values()) {
            labels.put(d.key(), d.label());
        }
        labels.put("needs", "需要的支持");
        labels.put("workModes", "可接受的工作方式");
        labels.put("hoursPerWeekMax", "每周最多工时");
        labels.put("travelRange", "工作地点范围");
        labels.put("wageExpectation", "期望月工资（元）");
        labels.put("occupationCodes", "意向职业");
        labels.put("noRecommendation", "不愿被推荐给用人单位");
        labels.put("wantsChange", "已就业但希望换工作");
        return labels;
    }

    @Override
    public String objectType() {
        return "person";
    }

    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.ofNullable(LABELS.get(field));
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        Optional<WorkDemand> demand = Arrays.stream(WorkDemand.values()).filter(d -> d.key().equals(field)).findFirst();
        if (demand.isPresent() && value.matches("[0-3]")) {
            int level = Integer.parseInt(value);
            return Optional.of(level + " 级" + (level == 0 ? "" : "（" + demand.get().level(level) + "）"));
        }
        return switch (field) {
            case "needs" -> WorkplaceFeature.parse(value).map(WorkplaceFeature::label);
            case "workModes" -> WorkMode.parse(value).map(WorkMode::label);
            case "travelRange" -> TravelRange.parse(value).map(TravelRange::label);
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> fieldOrder() {
        return List.copyOf(LABELS.keySet());
    }
}
