package org.zhuye.institution.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.institution.Accessibility;
import org.zhuye.institution.CareMode;
import org.zhuye.institution.EndReason;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.ServedService;
import org.zhuye.region.Jurisdiction;

/**
 * The institution's words for its history, so a correction reads 机构类型：温馨家园 → 托养机构 and a status
 * change 状态：正常运营 → 暂停服务. Served persons' spans are audited on the institution too, with their fields.
 */
@Component
class InstitutionVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(InstitutionInput.LABELS);
        labels.put("regionCode", "所在地");
        labels.put("status", "状态");
        labels.put("closedOn", "关闭日期");
        labels.put("personId", "服务对象");
        labels.put("service", "服务项目");
        labels.put("careMode", "托养方式");
        labels.put("fromOn", "服务开始日期");
        labels.put("untilOn", "服务结束日期");
        labels.put("endReason", "结束原因");
        labels.put("note", "备注");
        labels.put("employmentEventId", "就业状况记录");
        return Map.copyOf(labels);
    }

    private final InstitutionRepository institutions;

    InstitutionVocabulary(InstitutionRepository institutions) {
        super("institution", "服务机构", LABELS);
        this.institutions = institutions;
    }

    @Override
    public List<String> fieldOrder() {
        List<String> order = new java.util.ArrayList<>(InstitutionInput.LABELS.keySet());
        order.addAll(List.of("status", "closedOn", "personId", "service", "careMode", "fromOn", "untilOn", "endReason", "note"));
        return order;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "kind" -> Arrays.stream(InstitutionKind.values()).filter(k -> k.name().equals(value)).findFirst().map(InstitutionKind::label);
            case "status" -> Arrays.stream(InstitutionStatus.values()).filter(s -> s.name().equals(value)).findFirst().map(InstitutionStatus::label);
            case "service" -> Arrays.stream(ServedService.values()).filter(s -> s.name().equals(value)).findFirst().map(ServedService::label);
            case "accessibility" -> Optional.of(value.isBlank() ? "无" : Arrays.stream(value.split(","))
                    .map(c -> Accessibility.parse(c).map(Accessibility::label).orElse(c)).collect(Collectors.joining("、")));
            case "careMode" -> CareMode.parse(value).map(CareMode::label);
            case "endReason" -> EndReason.parse(value).map(EndReason::label);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "personId".equals(field) ? Optional.of("person") : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return institutions.find(Long.parseLong(id), jurisdiction).map(i -> new Reference(i.name(), "/institutions/" + i.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
