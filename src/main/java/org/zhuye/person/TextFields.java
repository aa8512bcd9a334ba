package org.zhuye.person;

import java.util.Map;

/**
 * The rules every free-text field of a person's record obeys, however it arrives (form, API,
 * import): one line of text without control characters, and a most number of characters per
 * field, so no field can carry megabytes into the registry. The import template takes its
 * column limits from here; {@link PersonInput} and {@link EmploymentInput} check them first.
 */
public final class TextFields {

    /** The most characters (code points) each field may hold, by field name. */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("certificateNumber", 24), Map.entry("name", 50), Map.entry("ethnicity", 20),
            Map.entry("education", 20), Map.entry("regionCode", 12), Map.entry("hukou", 10),
            Map.entry("phone", 20), Map.entry("multipleCategories", 50), Map.entry("certStatus", 10),
            Map.entry("certIssuedOn", 20), Map.entry("certValidUntil", 20), Map.entry("guardianName", 50),
            Map.entry("guardianRelation", 20), Map.entry("guardianPhone", 20), Map.entry("employed", 10),
            Map.entry("effectiveOn", 20), Map.entry("form", 20), Map.entry("employerName", 100),
            Map.entry("occupation", 50), Map.entry("monthlyIncome", 20), Map.entry("satisfaction", 10),
            Map.entry("reason", 50), Map.entry("livelihood", 50), Map.entry("registeredOn", 20));

    private TextFields() {
    }

    public static int maxLength(String field) {
        Integer max = MAX_LENGTH.get(field);
        if (max == null) {
            throw new IllegalArgumentException("no length rule for field " + field);
        }
        return max;
    }

    /** What breaks the rules of {@code field} in {@code value} (already trimmed), or null. */
    public static String problem(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return "不能含换行符、制表符或其他控制字符";
        }
        int length = value.codePointCount(0, value.length());
        int max = maxLength(field);
        if (length > max) {
            return "不超过" + max + "个字（本格有" + length + "个字）";
        }
        return null;
    }

    /** Puts the problem of each field into {@code errors}; answers whether there was none. */
    static boolean check(Map<String, String> fields, Map<String, String> errors) {
        fields.forEach((field, value) -> {
            String problem = problem(field, value == null ? null : value.strip());
            if (problem != null) {
                errors.put(field, problem);
            }
        });
        return errors.isEmpty();
    }
}
