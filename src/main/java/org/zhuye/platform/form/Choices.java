package org.zhuye.platform.form;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * A select's options as {@link Choice}s, for {@code fragments/field :: select}. The options are code-list
 * entries (which post their label and are also chosen by their code) or enum constants (which post their name
 * and are also chosen by their label). Working that out once per option here, rather than with three
 * {@code instanceof T(java.lang.Enum)} tests per option in the template, took a form's selects from one of
 * the larger costs of a page to a small one.
 */
@Component("choices")
public class Choices {

    /** One option: what it posts, what it shows, and whether the field's value chooses it. */
    public record Choice(String value, String label, boolean selected) {
    }

    private static final ClassValue<Reading> READINGS = new ClassValue<>() {
        @Override
        protected Reading computeValue(Class<?> type) {
            return new Reading(accessor(type, "label"), type.isEnum() ? null : accessor(type, "code"));
        }
    };

    /** {@code options}: a collection or an array (an enum's {@code values()}), as {@code th:each} took them. */
    public List<Choice> of(Object options, Object value) {
        List<Choice> choices = new ArrayList<>();
        if (options == null) {
            return choices;
        }
        Iterable<?> each;
        if (options instanceof Iterable<?> iterable) {
            each = iterable;
        } else if (options instanceof Object[] array) {
            each = java.util.Arrays.asList(array);
        } else {
            throw new IllegalArgumentException("下拉选项须为列表或数组：" + options.getClass().getName());
        }
        for (Object option : each) {
            Reading reading = READINGS.get(option instanceof Enum<?> e ? e.getDeclaringClass() : option.getClass());
            String label = reading.label(option);
            String posted = option instanceof Enum<?> e ? e.name() : label;
            String alsoChosenBy = option instanceof Enum<?> ? label : reading.code(option);
            boolean selected = value != null && (Objects.equals(value, posted) || Objects.equals(value, alsoChosenBy));
            choices.add(new Choice(posted, label, selected));
        }
        return choices;
    }

    /**
     * The options as written HTML, escaped: {@code fragments/field :: select} writes them with {@code th:utext}.
     * Three attributes of each option processed by the template engine cost more than the rest of a select; a
     * form with three selects of twenty options was a tenth of a person page's rendering.
     */
    public String html(Object options, Object value) {
        StringBuilder html = new StringBuilder();
        for (Choice choice : of(options, value)) {
            html.append("<option value=\"").append(HtmlUtils.htmlEscape(choice.value(), "UTF-8")).append('"')
                    .append(choice.selected() ? " selected=\"selected\">" : ">")
                    .append(choice.label() == null ? "" : HtmlUtils.htmlEscape(choice.label(), "UTF-8")).append("</option>");
        }
        return html.toString();
    }

    /** An option type's label() and code() (a record component or a getter-less method of that name). */
    private record Reading(Method label, Method code) {
        String label(Object option) {
            return text(label, option);
        }

        String code(Object option) {
            return code == null ? null : text(code, option);
        }

        private static String text(Method method, Object option) {
            Object v = ReflectionUtils.invokeMethod(method, option);
            return v == null ? null : v.toString();
        }
    }

    private static Method accessor(Class<?> type, String name) {
        Method method = ReflectionUtils.findMethod(type, name);
        if (method == null) {
            method = ReflectionUtils.findMethod(type, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        if (method == null) {
            if (name.equals("code")) {
                return null;
            }
            throw new IllegalArgumentException(type.getName() + " 没有 " + name + "()，不能作为下拉选项");
        }
        ReflectionUtils.makeAccessible(method);
        return method;
    }
}
