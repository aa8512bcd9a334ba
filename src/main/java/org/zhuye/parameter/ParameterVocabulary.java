package org.zhuye.parameter;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.ChangeVocabulary;

/**
 * The words of a parameter's audit entries: {@link ParameterKeeping} records every kind's rows under
 * one object type with the fields already named as the page names them (参数, 区划, 有效期, the kind's
 * own labels), because a kind's fields are not known to the audit module.
 */
@Component
class ParameterVocabulary implements ChangeVocabulary {

    static final String OBJECT_TYPE = "parameter";

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.of(field);
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("参数", "区划", "有效期", "有效期至");
    }

    @Override
    public Optional<String> objectLabel() {
        return Optional.of("规则参数");
    }
}
