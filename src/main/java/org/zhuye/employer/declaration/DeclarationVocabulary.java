package org.zhuye.employer.declaration;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/** The annual declaration's words for its history; employees are recorded as masked text lines already. */
@Component
class DeclarationVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = Map.of(
            "year", "征收年度",
            "staffCount", "在职职工人数",
            "monthlyHeadcounts", "各月职工人数",
            "wageTotal", "职工工资总额（元）",
            "employees", "安排的残疾人职工",
            "staff", "在职职工人数",
            "counted", "计入的残疾人人数",
            "due", "应缴残保金（元）",
            "exempt", "免征");

    private final DeclarationRepository declarations;

    DeclarationVocabulary(DeclarationRepository declarations) {
        super("quota_declaration", "年审申报", LABELS);
        this.declarations = declarations;
    }




    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return declarations.find(Long.parseLong(id), jurisdiction)
                    .map(d -> new Reference(d.employerName() + " " + d.year() + "年度申报", "/declarations/" + d.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
