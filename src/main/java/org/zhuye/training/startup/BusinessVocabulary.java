package org.zhuye.training.startup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.employer.Industry;
import org.zhuye.region.Jurisdiction;

/** A business's history in words: the form's labels, kinds and sectors by name, subsidy and loan fields. */
@Component
class BusinessVocabulary extends FieldVocabulary {

    private static final List<String> EXTRA = List.of("status", "closedOn", "employmentEventId", "subsidyAmount",
            "grantedOn", "loanId", "bank", "loanAmount", "annualRate", "termMonths", "loanStartedOn", "subsidyPercent",
            "rateCapPercent", "maxAmount", "maxTermMonths", "interestTotal", "subsidyTotal", "evidence", "source", "method");
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(BusinessInput.LABELS);
        labels.putAll(Map.ofEntries(Map.entry("status", "状态"), Map.entry("closedOn", "注销日期"),
                Map.entry("employmentEventId", "实名库就业记录"), Map.entry("subsidyAmount", "创业补贴（元）"),
                Map.entry("grantedOn", "核发日期"), Map.entry("loanId", "贷款编号"), Map.entry("bank", "贷款银行"),
                Map.entry("loanAmount", "贷款金额（元）"), Map.entry("annualRate", "年利率（%）"),
                Map.entry("termMonths", "期限（月）"), Map.entry("loanStartedOn", "发放日期"),
                Map.entry("subsidyPercent", "贴息比例（%）"), Map.entry("rateCapPercent", "计息利率上限（%）"),
                Map.entry("maxAmount", "可贴息额度上限（元）"), Map.entry("maxTermMonths", "可贴息期限上限（月）"),
                Map.entry("interestTotal", "利息合计（元）"), Map.entry("subsidyTotal", "贴息合计（元）"),
                Map.entry("evidence", "依据可信度"), Map.entry("source", "依据"), Map.entry("method", "计算方法")));
        return Map.copyOf(labels);
    }

    private final BusinessRepository businesses;

    BusinessVocabulary(BusinessRepository businesses) {
        super(Businesses.OBJECT_TYPE, "创业实体", LABELS);
        this.businesses = businesses;
    }

    @Override
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(BusinessInput.LABELS.keySet());
        order.addAll(EXTRA);
        return order;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "kind" -> BusinessKind.parse(value).map(BusinessKind::label);
            case "industry" -> Industry.parse(value).map(i -> i.name() + " " + i.label());
            case "status" -> "CLOSED".equals(value) ? Optional.of("已注销") : "OPERATING".equals(value) ? Optional.of("经营中") : Optional.empty();
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
            return businesses.find(Long.parseLong(id), jurisdiction).map(b -> new Reference(b.name(), "/businesses/" + b.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
