package org.zhuye.jobs.posting;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CodeLists;
import org.zhuye.person.DisabilityCategory;

/** A posting's codes in words for the pages ({@code @postingLabels} in templates). */
@Component("postingLabels")
class PostingLabels {

    private final CodeLists codes;

    PostingLabels(CodeLists codes) {
        this.codes = codes;
    }

    public String employmentForm(String code) {
        return codes.label(CodeLists.EMPLOYMENT_FORM, code).orElse(code);
    }

    public String education(String code) {
        return code == null ? PostingInput.ANY_EDUCATION : codes.label(CodeLists.EDUCATION, code).orElse(code);
    }

    public String categories(List<Integer> categories) {
        if (categories == null || categories.isEmpty()) {
            return "未注明（各类别均可应聘）";
        }
        return categories.stream().map(c -> DisabilityCategory.of(c).map(DisabilityCategory::label).orElse(String.valueOf(c)))
                .collect(Collectors.joining("、"));
    }

    public String features(JobPosting p) {
        String named = java.util.Arrays.stream(WorkplaceFeature.values()).filter(p.features()::contains)
                .map(WorkplaceFeature::label).collect(Collectors.joining("、"));
        return named.isEmpty() ? "未注明" : named;
    }

    /** "搬举：5公斤以下" for every demand above 不限, or 无特别要求. */
    public String demands(JobPosting p) {
        String named = java.util.Arrays.stream(WorkDemand.values()).filter(d -> p.demands().get(d) > 0)
                .map(d -> d.label() + "：" + d.level(p.demands().get(d))).collect(Collectors.joining("；"));
        return named.isEmpty() ? "无特别要求" : named;
    }

    public String wage(JobPosting p) {
        return p.wageMin() == p.wageMax() ? p.wageMin() + " 元/月" : p.wageMin() + "–" + p.wageMax() + " 元/月";
    }

    public String status(JobPosting p) {
        return p.closedReason() == null ? p.status().label() : p.status().label() + "（" + p.closedReason().label() + "）";
    }

    /** What comes next for the unit, on its list. */
    public String nextStep(JobPosting p) {
        return switch (p.status()) {
            case DRAFT -> "草稿：核对后提交审核";
            case RETURNED -> "已退回：按理由修改后重新提交";
            case SUBMITTED -> "等待残联审核";
            case PUBLISHED -> "招聘中（截止 " + p.openUntil() + "）；招满后标记已招满";
            case CLOSED -> "已关闭，无需办理";
        };
    }
}
