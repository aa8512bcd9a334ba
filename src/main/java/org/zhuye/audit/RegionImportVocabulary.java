package org.zhuye.audit;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The words for what {@link RegionImportAuditor} records, which lives here because region cannot depend on audit. */
@Component
class RegionImportVocabulary implements ChangeVocabulary {

    private static final Map<String, String> LABELS = Map.of("rows", "读入行数", "inserted", "新增", "updated", "更新");

    @Override
    public String objectType() {
        return "region";
    }

    @Override
    public Optional<String> objectLabel() {
        return Optional.of("行政区划");
    }

    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.ofNullable(LABELS.get(field));
    }
}
