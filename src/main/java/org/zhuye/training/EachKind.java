package org.zhuye.training;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** A figure of all course kinds together and of each kind, as one read computes them side by side. */
public record EachKind<T>(T all, Map<CourseKind, T> each) {

    public EachKind {
        each = Map.copyOf(each);
    }

    /** The figure of {@code kind}, or of all kinds when {@code kind} is null (a query that names no kind). */
    public T of(CourseKind kind) {
        return kind == null ? all : each.get(kind);
    }

    public <R> EachKind<R> map(Function<T, R> f) {
        Map<CourseKind, R> mapped = new EnumMap<>(CourseKind.class);
        each.forEach((kind, value) -> mapped.put(kind, f.apply(value)));
        return new EachKind<>(f.apply(all), mapped);
    }
}
