package org.zhuye.training.startup;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/** The words of {@link MergedBusinesses}' audit entry on the person kept. */
@Component
class MergedBusinessesVocabulary extends FieldVocabulary {

    MergedBusinessesVocabulary() {
        super("person", null, Map.of(
                "businesses", "转移的创业实体（个）",
                "startupSubsidies", "转移的创业补贴（笔）"));
    }
}
