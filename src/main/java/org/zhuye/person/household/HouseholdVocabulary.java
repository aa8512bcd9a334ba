package org.zhuye.person.household;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.ChangeVocabulary;

/** Households are audited with a sentence in the detail; histories need only what one is called. */
@Component
class HouseholdVocabulary implements ChangeVocabulary {

    @Override
    public String objectType() {
        return "household";
    }

    @Override
    public Optional<String> objectLabel() {
        return Optional.of("家庭");
    }

    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.empty();
    }
}
