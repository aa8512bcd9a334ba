package org.zhuye.casework;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.casework.demand.OccupationClasses;
import org.zhuye.casework.plan.PlanKind;

/**
 * Casework's words for what it records on a person (services, forms, follow-ups, 公益性岗位, 低保渐退,
 * plans): the forms' labels and casework's own code lists, so a person's history reads the same
 * whichever module wrote the line. The registry's {@code PersonVocabulary} names the person.
 */
@Component
class CaseworkVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("serviceId", "服务记录编号"),
            Map.entry("kind", "类别"),
            Map.entry("servedOn", "服务日期"),
            Map.entry("serviceType", "服务方式"),
            Map.entry("outcome", "结果"),
            Map.entry("deliveredBy", "服务人员"),
            Map.entry("employmentEventId", "就业状况记录编号"),
            Map.entry("taperId", "渐退记录编号"),
            Map.entry("householdId", "家庭编号"),
            Map.entry("workStartedOn", "就业日期"),
            Map.entry("endsOn", "渐退期截止"),
            Map.entry("monthlyPercent", "渐退期内每月保留比例（%）"),
            Map.entry("scores", "各项评分"),
            Map.entry("level", "评估等级"),
            Map.entry("chosenKinds", "选定的就业方向"),
            Map.entry("placementId", "安置记录编号"),
            Map.entry("post", "岗位"),
            Map.entry("startOn", "起始日期"),
            Map.entry("endOn", "截止日期"),
            Map.entry("exceptionReason", "例外情形说明"),
            Map.entry("termOutcome", "期满去向"),
            Map.entry("leftOn", "离岗日期"),
            Map.entry("renewedBy", "续聘后的安置记录编号"),
            Map.entry("planId", "帮扶计划编号"),
            Map.entry("responsible", "责任人"),
            Map.entry("nextReviewOn", "下次复核日期"),
            Map.entry("reviewedOn", "复核日期"),
            Map.entry("month", "回访月份"),
            Map.entry("followedOn", "回访日期"),
            Map.entry("stillEmployed", "仍在岗"),
            Map.entry("weeklyHours", "每周工作小时"),
            Map.entry("monthlyIncome", "月收入（元）"),
            Map.entry("occupations", "意向职业"),
            Map.entry("places", "意向工作地点"),
            Map.entry("hours", "工作时间"),
            Map.entry("expectedWage", "期望月工资（元）"),
            Map.entry("accommodations", "需要的便利条件"),
            Map.entry("wantsTraining", "希望参加培训"),
            Map.entry("wantsBusiness", "希望自主创业"),
            Map.entry("services", "转移的服务记录（条）"),
            Map.entry("assessments", "转移的评估表（份）"),
            Map.entry("demands", "转移的就业需求登记表（份）"),
            Map.entry("followups", "转移的回访记录（条）"),
            Map.entry("dibaoTapers", "转移的低保渐退记录（条）"),
            Map.entry("dibaoTapersVoided", "作废的重叠低保渐退记录（条）"),
            Map.entry("publicPostPlacements", "转移的公益性岗位安置（条）"),
            Map.entry("publicPostPlacementsVoided", "作废的重叠公益性岗位安置（条）"),
            Map.entry("publicPostEventsVoided", "随之作废的就业状况记录（条）"),
            Map.entry("plans", "转移的帮扶计划（份）"));

    private final CaseworkCodes codes;
    private final OccupationClasses occupations;

    CaseworkVocabulary(CaseworkCodes codes, OccupationClasses occupations) {
        super("person", null, LABELS);
        this.codes = codes;
        this.occupations = occupations;
    }



    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "kind" -> ServiceKind.parse(value).map(codes::kindLabel)
                    .or(() -> Arrays.stream(PlanKind.values()).filter(k -> k.name().equals(value)).findFirst().map(PlanKind::label));
            case "serviceType" -> known(CaseworkCodes.EMPLOYMENT_SERVICE_TYPE, value);
            case "outcome" -> Arrays.stream(ServiceKind.values()).map(k -> known(k.outcomeList(), value))
                    .flatMap(Optional::stream).findFirst();
            case "hours" -> known("work_hours", value);
            case "chosenKinds" -> known("work_kind", value);
            case "accommodations" -> known("accommodation", value);
            case "occupations" -> occupations.known(value) ? Optional.of(occupations.label(value)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public boolean namesPlaces(String field) {
        return "places".equals(field);
    }

    /** A code's label, or empty when the list does not hold it (a plan's outcome is words, not a code). */
    private Optional<String> known(String list, String code) {
        String label = codes.label(list, code);
        return label.equals(code) ? Optional.empty() : Optional.of(label);
    }
}
