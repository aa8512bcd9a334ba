package org.zhuye.monitoring;

import java.util.Objects;

/**
 * One entry of the indicator catalogue.
 *
 * @param code        stable code used by the API and by targets, e.g. {@code new_employment} or
 *                    {@code new_employment.2} (a breakdown is the parent's code, a dot, and the part's code)
 * @param name        the Chinese name as the federation publishes it (新增就业)
 * @param unit        what it counts
 * @param aggregation how it adds up across regions and periods
 * @param definition  what is counted, in one or two Chinese sentences shown on the page
 * @param topic       the catalogue's heading it is listed under (就业, 培训, 服务, 招聘, 按比例就业, 机构…)
 * @param parent      the code this is a breakdown of, or null; the parts of one parent add up to it when additive
 */
public record Indicator(String code, String name, IndicatorUnit unit, Aggregation aggregation, String definition,
                        String topic, String parent) {

    public Indicator {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(aggregation);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(topic);
        if (!code.matches("[a-z0-9_]+(\\.[a-z0-9_]+)?")) {
            throw new IllegalArgumentException("指标代码只用小写字母、数字、下划线和一个点：" + code);
        }
    }

    public static Indicator of(String code, String name, IndicatorUnit unit, Aggregation aggregation, String definition, String topic) {
        return new Indicator(code, name, unit, aggregation, definition, topic, null);
    }

    /** A breakdown of this indicator: code {@code this.code + "." + part}. */
    public Indicator part(String part, String name, String definition) {
        return new Indicator(code + "." + part, name, unit, aggregation, definition, topic, code);
    }

    public boolean additive() {
        return aggregation.additive();
    }

    /**
     * An indicator is its code: the catalogue holds one indicator per code. Compared by the code alone, since the
     * dashboard compares indicators by the hundred per view and the record's own equality compared every text.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator indicator && code.equals(indicator.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
