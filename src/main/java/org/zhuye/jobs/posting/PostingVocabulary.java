package org.zhuye.jobs.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.casework.OccupationList;
import org.zhuye.jobs.ClosedReason;
import org.zhuye.jobs.ContractType;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CodeLists;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.region.Jurisdiction;

/**
 * A posting's history in words: the form's labels, and every code by its name — 工作方式：到岗工作 → 居家就业,
 * 搬举要求：不限 → 5公斤以下, 无障碍与便利条件：电梯、读屏可用的软件, the occupation as 4-01 批发与零售服务人员 —
 * plus the check (已核实用人单位：是) and the reason a posting closed.
 */
@Component
class PostingVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(PostingInput.LABELS);
        labels.put("unitChecked", "已核实用人单位");
        labels.put("workplaceChecked", "已核实工作地点");
        labels.put("checkNote", "审核意见");
        labels.put("closedReason", "关闭原因");
        labels.put("closedOn", "关闭日期");
        return Map.copyOf(labels);
    }

    private final JobPostingRepository postings;
    private final CodeLists codes;
    private final OccupationList occupations;

    PostingVocabulary(JobPostingRepository postings, CodeLists codes, OccupationList occupations) {
        super(JobPostings.OBJECT_TYPE, "招聘岗位", LABELS);
        this.postings = postings;
        this.codes = codes;
        this.occupations = occupations;
    }

    @Override
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(PostingInput.LABELS.keySet());
        order.addAll(List.of("unitChecked", "workplaceChecked", "checkNote", "closedReason", "closedOn"));
        return order;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        Optional<WorkDemand> demand = Arrays.stream(WorkDemand.values()).filter(d -> d.key().equals(field)).findFirst();
        if (demand.isPresent()) {
            return value.matches("[0-3]") ? Optional.of(demand.get().level(Integer.parseInt(value))) : Optional.empty();
        }
        return switch (field) {
            case "occupationCode" -> occupations.known(value) ? Optional.of(value + " " + occupations.name(value)) : Optional.empty();
            case "workMode" -> WorkMode.parse(value).map(WorkMode::label);
            case "employmentForm" -> codes.label(CodeLists.EMPLOYMENT_FORM, value);
            case "contractType" -> Arrays.stream(ContractType.values()).filter(c -> c.name().equals(value)).findFirst().map(ContractType::label);
            case "minEducation" -> codes.label(CodeLists.EDUCATION, value);
            case "suitableCategories" -> value.matches("[1-7]") ? DisabilityCategory.of(Integer.parseInt(value)).map(DisabilityCategory::label) : Optional.empty();
            case "features" -> WorkplaceFeature.parse(value).map(WorkplaceFeature::label);
            case "closedReason" -> Arrays.stream(ClosedReason.values()).filter(c -> c.name().equals(value)).findFirst().map(ClosedReason::label);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "employerId".equals(field) ? Optional.of("employer") : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return postings.find(Long.parseLong(id), jurisdiction).map(p -> new Reference(p.title(), "/jobs/" + p.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
