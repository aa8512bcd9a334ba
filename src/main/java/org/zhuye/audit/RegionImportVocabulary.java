package org.zhuye.audit;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The words for what {@link RegionImportAuditor} records, which lives here because region cannot depend on audit. */
@Component
class RegionImportVocabulary extends FieldVocabulary {

    RegionImportVocabulary() {
        super("region", "行政区划", Map.of("rows", "读入行数", "inserted", "新增", "updated", "更新"));
    }
}
