package org.zhuye.employer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/**
 * The employer registry's words for its history: the form's labels and the Chinese names of unit
 * types, levels and industries, so a correction reads 单位类型：民营企业 → 国有企业. The contact phone is
 * recorded masked ({@link EmployerData#auditState()}) and stays so.
 */
@Component
class EmployerVocabulary extends FieldVocabulary {

    /** The form's labels; the place reads as a name here, not a code. */
    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(EmployerInput.LABELS);
        labels.put("regionCode", "注册地");
        return Map.copyOf(labels);
    }

    private final EmployerRepository employers;

    EmployerVocabulary(EmployerRepository employers) {
        super("employer", "用人单位", LABELS);
        this.employers = employers;
    }




    @Override
    public List<String> fieldOrder() {
        return List.copyOf(EmployerInput.LABELS.keySet());
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "type" -> EmployerType.parse(value).map(EmployerType::label);
            case "level" -> AdministrativeLevel.parse(value).map(AdministrativeLevel::label);
            case "industry" -> Industry.parse(value).map(Industry::label);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return employers.find(Long.parseLong(id), jurisdiction).map(e -> new Reference(e.name(), "/employers/" + e.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
