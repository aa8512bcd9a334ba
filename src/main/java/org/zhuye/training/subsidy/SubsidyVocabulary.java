package org.zhuye.training.subsidy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/** A training subsidy's words in its history (核算, 重算, 确认). */
@Component
class SubsidyVocabulary extends FieldVocabulary {

    static final String SUBSIDY = "training-subsidy";
    static final String FOLLOWUP = "training-followup";

    SubsidyVocabulary() {
        super(SUBSIDY, "培训补贴", Map.of(
                "level", "补贴档次",
                "amount", "补贴金额（元）",
                "attendancePercent", "出勤率（%）",
                "certificates", "证书",
                "employedOn", "就业起始日期",
                "rule", "所用规则（区划@起始日）",
                "status", "状态"));
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "level" -> Arrays.stream(SubsidyLevel.values()).filter(l -> l.name().equals(value)).findFirst()
                    .map(SubsidyLevel::label);
            case "status" -> Arrays.stream(Subsidy.Status.values()).filter(s -> s.name().equals(value)).findFirst()
                    .map(Subsidy.Status::label);
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("status", "level", "amount", "attendancePercent", "certificates", "employedOn", "rule");
    }

    /** The six-month follow-up's words, recorded on the enrolment it follows. */
    @Component
    static class FollowupVocabulary extends FieldVocabulary {

        FollowupVocabulary() {
            super(FOLLOWUP, "培训后跟踪", Map.of(
                    "visitedOn", "跟踪日期",
                    "working", "是否就业",
                    "employedOn", "就业起始日期",
                    "employerName", "就业单位",
                    "recordedInRegistry", "已登记为进入就业",
                    "note", "备注"));
        }

        @Override
        public Optional<String> valueLabel(String field, String value) {
            return switch (field) {
                case "working", "recordedInRegistry" -> Optional.of("true".equals(value) ? "是" : "否");
                default -> Optional.empty();
            };
        }

        @Override
        public List<String> fieldOrder() {
            return List.of("visitedOn", "working", "employedOn", "employerName", "recordedInRegistry", "note");
        }
    }
}
