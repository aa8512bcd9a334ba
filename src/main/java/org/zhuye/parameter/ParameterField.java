package org.zhuye.parameter;

import java.util.List;

/**
 * One value field of a kind: how the form asks for it and how the list heads its column.
 *
 * @param choices the allowed values of a {@link Type#CHOICE} field, empty otherwise
 */
public record ParameterField(String name, String label, Type type, String hint, List<Choice> choices) {

    public enum Type { TEXT, NUMBER, DATE, CHOICE }

    /** A stored value and what it is called. */
    public record Choice(String value, String label) {
    }

    public static ParameterField text(String name, String label, String hint) {
        return new ParameterField(name, label, Type.TEXT, hint, List.of());
    }

    public static ParameterField number(String name, String label, String hint) {
        return new ParameterField(name, label, Type.NUMBER, hint, List.of());
    }

    public static ParameterField date(String name, String label, String hint) {
        return new ParameterField(name, label, Type.DATE, hint, List.of());
    }

    public static ParameterField choice(String name, String label, String hint, List<Choice> choices) {
        return new ParameterField(name, label, Type.CHOICE, hint, List.copyOf(choices));
    }

    /** Puts into {@code errors} why {@code values}' {@code field} is not a whole number from min to max, if it is not. */
    public static void checkWholeNumber(java.util.Map<String, String> values, String field, String label, int min, int max,
                                        java.util.Map<String, String> errors) {
        String text = values.get(field);
        if (text == null || !text.matches("\\d{1,4}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            errors.put(field, label + "须为 " + min + " 到 " + max + " 的整数");
        }
    }

    /** The label of a stored choice, or the value itself. */
    public String display(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }
}
