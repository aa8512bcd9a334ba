package org.zhuye.audit;

import java.util.Map;
import java.util.Optional;

/** A vocabulary whose field labels are a fixed table; modules add value labels, order and names as they need. */
public abstract class FieldVocabulary implements ChangeVocabulary {

    private final String objectType;
    private final String objectLabel;
    private final Map<String, String> labels;

    /** {@code objectLabel} null when another vocabulary of the type names the object. */
    protected FieldVocabulary(String objectType, String objectLabel, Map<String, String> labels) {
        this.objectType = objectType;
        this.objectLabel = objectLabel;
        this.labels = Map.copyOf(labels);
    }

    @Override
    public final String objectType() {
        return objectType;
    }

    @Override
    public final Optional<String> objectLabel() {
        return Optional.ofNullable(objectLabel);
    }

    @Override
    public final Optional<String> fieldLabel(String field) {
        return Optional.ofNullable(labels.get(field));
    }
}
