package org.zhuye.institution.rating;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.ChangeVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.region.Jurisdiction;

/**
 * The words of a rating's history (object type {@value #TYPE}, id {@code institution/year}): the inspection
 * scores appear under their criterion's own name, which is its label.
 */
@Component
class RatingVocabulary implements ChangeVocabulary {

    static final String TYPE = "institution_rating";
    private static final Map<String, String> LABELS = Map.of("score", "总分", "grade", "等级", "subsidy", "奖补（元）",
            "status", "状态");

    private final InstitutionRepository institutions;

    RatingVocabulary(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    @Override
    public Optional<String> objectLabel() {
        return Optional.of("服务机构等级评定");
    }

    /** The computed fields by their labels; any other field is an inspection criterion, named by itself. */
    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.of(LABELS.getOrDefault(field, field));
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        if ("status".equals(field)) {
            try {
                return Optional.of(RatingStatus.valueOf(value).label());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("status", "score", "grade", "subsidy");
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        String[] parts = id.split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return institutions.find(Long.parseLong(parts[0]), jurisdiction)
                .map(i -> new Reference(i.name() + " " + parts[1] + " 年度评定", "/institutions/" + i.id() + "/ratings?year=" + parts[1]));
    }
}
