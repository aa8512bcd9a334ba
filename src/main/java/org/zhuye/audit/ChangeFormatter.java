package org.zhuye.audit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a recorded change (the changed fields before and after, as stored) into labelled lines:
 * field labels and code-list labels from the modules' {@link ChangeVocabulary}s, places by name,
 * other records by name with a link, instants in the system's zone. Whatever the shape of a
 * value, the result is words: lists are joined with 、, nested fields labelled, never braces or
 * quotes, so a history never shows JSON, an enum name or an English field name.
 */
final class ChangeFormatter {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-.]+");
    /** Every module records places under this name, so places are named here once. */
    private static final String REGION_FIELD = "regionCode";

    private final Map<String, List<ChangeVocabulary>> vocabularies;
    private final Function<String, Optional<String>> regionName;
    private final BiFunction<String, String, Optional<Reference>> subjects;
    private final ZoneId zone;

    ChangeFormatter(Collection<ChangeVocabulary> vocabularies, Function<String, Optional<String>> regionName,
                    BiFunction<String, String, Optional<Reference>> subjects, ZoneId zone) {
        this.vocabularies = vocabularies.stream().collect(Collectors.groupingBy(ChangeVocabulary::objectType));
        this.regionName = regionName;
        this.subjects = subjects;
        this.zone = zone;
    }

    /** Lines for one change; a field in both states reads before → after, in one state its value. */
    List<ChangeLine> lines(String objectType, Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (after != null) {
            fields.addAll(after.keySet());
        }
        if (before != null) {
            fields.addAll(before.keySet());
        }
        List<String> order = vocabularies.getOrDefault(objectType, List.of()).stream()
                .flatMap(v -> v.fieldOrder().stream()).toList();
        List<String> ordered = new ArrayList<>(fields);
        ordered.sort(java.util.Comparator.comparingInt(f -> order.contains(f) ? order.indexOf(f) : order.size()));
        List<ChangeLine> lines = new ArrayList<>();
        for (String field : ordered) {
            boolean both = before != null && after != null;
            Reference was = before != null && (both || before.containsKey(field)) ? value(objectType, field, before.get(field)) : null;
            Reference now = after != null && (both || after.containsKey(field)) ? value(objectType, field, after.get(field)) : null;
            lines.add(new ChangeLine(label(objectType, field), was, now));
        }
        return lines;
    }

    String label(String objectType, String field) {
        return first(objectType, v -> v.fieldLabel(field)).orElseGet(() -> readable(field));
    }

    /** What one object of the type is called, for a record the reader may not see by name. */
    String objectLabel(String objectType) {
        return first(objectType, ChangeVocabulary::objectLabel).orElse("记录");
    }

    Reference value(String objectType, String field, Object value) {
        if (value == null) {
            return Reference.text("未填");
        }
        if (value instanceof Boolean yes) {
            return Reference.text(yes ? "是" : "否");
        }
        if (value instanceof BigDecimal number) {
            return Reference.text(number.toPlainString());
        }
        if (value instanceof Collection<?> items) {
            return Reference.text(items.isEmpty() ? "无" : items.stream()
                    .map(item -> value(objectType, field, item).text()).collect(Collectors.joining("、")));
        }
        if (value instanceof Map<?, ?> nested) {
            return Reference.text(nested.isEmpty() ? "无" : nested.entrySet().stream()
                    .map(e -> label(objectType, String.valueOf(e.getKey())) + "："
                            + value(objectType, String.valueOf(e.getKey()), e.getValue()).text())
                    .collect(Collectors.joining("；")));
        }
        String text = String.valueOf(value);
        Optional<String> referenced = first(objectType, v -> v.referenceType(field));
        if (referenced.isPresent()) {
            return subjects.apply(referenced.get(), text)
                    .orElseGet(() -> Reference.text(objectLabel(referenced.get()) + "（不在您的辖区内）"));
        }
        if (REGION_FIELD.equals(field) || vocabularies.getOrDefault(objectType, List.of()).stream().anyMatch(v -> v.namesPlaces(field))) {
            return Reference.text(regionName.apply(text).orElse(text));
        }
        return Reference.text(first(objectType, v -> v.valueLabel(field, text)).orElseGet(() -> instantOr(text)));
    }

    private String instantOr(String text) {
        if (INSTANT.matcher(text).matches()) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).format(MINUTES);
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        return text;
    }

    private <T> Optional<T> first(String objectType, Function<ChangeVocabulary, Optional<T>> lookup) {
        for (ChangeVocabulary vocabulary : vocabularies.getOrDefault(objectType, List.of())) {
            Optional<T> found = lookup.apply(vocabulary);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A field no module labelled (an old entry, a new field not yet named): its words spelled out
     * under 其他 rather than an identifier, so the line still reads and the gap is visible.
     */
    static String readable(String field) {
        String words = WORD_BREAK.splitAsStream(field).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" "));
        return "其他（" + (words.isEmpty() ? "未命名" : words) + "）";
    }
}
