package org.zhuye.audit;

import java.util.List;
import java.util.Optional;

import org.zhuye.region.Jurisdiction;

/**
 * A module's words for the records it audits, so that histories read as labels
 * (文化程度：初中 → 高中) without the audit module reading other modules' tables or enums. Each
 * module registers a bean for the object types it records; several may speak for one type (the
 * registry and casework both record on "person"), and the first that knows a field wins.
 */
public interface ChangeVocabulary {

    /** The {@link AuditEntry#objectType()} this vocabulary speaks for. */
    String objectType();

    /** The label of a recorded field, or empty if this vocabulary does not know it. */
    Optional<String> fieldLabel(String field);

    /** The label of a coded value ("2" → "初中", "URBAN" → "城镇"), or empty to show the value itself. */
    default Optional<String> valueLabel(String field, String value) {
        return Optional.empty();
    }

    /**
     * The order fields read in (a form's order); the database keeps a state's fields in its own order
     * (jsonb sorts them), so without this a registration would read in no order people know.
     */
    default List<String> fieldOrder() {
        return List.of();
    }

    /** Whether a field holds region codes, to be shown by name ({@code regionCode} always is). */
    default boolean namesPlaces(String field) {
        return false;
    }

    /** The object type whose id a field holds (a merge's "mergedInto" holds a person), for a link. */
    default Optional<String> referenceType(String field) {
        return Optional.empty();
    }

    /**
     * The object's name and page for a reader of this jurisdiction; empty when the reader may not
     * see it (the history then names the kind of object only, never its name).
     */
    default Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        return Optional.empty();
    }

    /** What one object of this type is called (人员, 用人单位), or empty if another vocabulary says. */
    default Optional<String> objectLabel() {
        return Optional.empty();
    }
}
