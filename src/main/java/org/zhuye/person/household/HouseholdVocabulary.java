package org.zhuye.person.household;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/** Households are audited with a sentence in the detail; histories need only what one is called. */
@Component
class HouseholdVocabulary extends FieldVocabulary {

    HouseholdVocabulary() {
        super("household", "家庭", Map.of());
    }
}
