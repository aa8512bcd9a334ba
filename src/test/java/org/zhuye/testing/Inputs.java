package org.zhuye.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The inputs of one try of a property ({@link Tries}), drawn from a seeded generator. Every value a
 * property draws directly is remembered for the failure report; values drawn inside a list or a
 * derived value are reported as part of it.
 *
 * <p>Bounds are drawn more often than chance would (one draw in ten is a bound, an empty or
 * shortest list one in ten), since rules break at their edges.
 */
public final class Inputs {

    private final SplittableRandom random;
    private final List<String> drawn = new ArrayList<>();
    private int depth;

    Inputs(SplittableRandom random) {
        this.random = random;
    }

    void startTry() {
        drawn.clear();
        depth = 0;
    }

    String drawn() {
        return drawn.toString();
    }

    /** An int from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return draw(() -> (int) anyBetween(min, max));
    }

    /** A long from {@code min} to {@code max}, both included. */
    public long between(long min, long max) {
        return draw(() -> anyBetween(min, max));
    }

    /** A decimal of the given scale from {@code min} to {@code max}, both included. */
    public BigDecimal decimal(BigDecimal min, BigDecimal max, int scale) {
        return draw(() -> BigDecimal.valueOf(anyBetween(min.movePointRight(scale).longValueExact(),
                max.movePointRight(scale).longValueExact()), scale));
    }

    public boolean bool() {
        return draw(random::nextBoolean);
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return draw(() -> random.nextDouble() < probability);
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return draw(() -> values[random.nextInt(values.length)]);
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A list of {@code minSize} to {@code maxSize} elements, each drawn by {@code element}. */
    public <T> List<T> list(int minSize, int maxSize, Function<Inputs, T> element) {
        return draw(() -> {
            int size = (int) anyBetween(minSize, maxSize);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.apply(this));
            }
            return list;
        });
    }

    /** A value made from other draws, reported as one input. */
    public <T> T of(Function<Inputs, T> maker) {
        return draw(() -> maker.apply(this));
    }

    /** A string of {@code minLength} to {@code maxLength} characters taken from {@code chars}. */
    public String string(String chars, int minLength, int maxLength) {
        return draw(() -> {
            int length = (int) anyBetween(minLength, maxLength);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            return text.toString();
        });
    }

    /**
     * Any text of up to {@code maxLength} UTF-16 units: ASCII (control characters and backslash
     * included), the rest of the Basic Multilingual Plane and characters beyond it as surrogate
     * pairs. Never a lone surrogate: that is not text, and jqwik's strings, which these properties
     * were first written for, held none either.
     */
    public String anyString(int maxLength) {
        return draw(() -> {
            int length = (int) anyBetween(0, maxLength);
            StringBuilder text = new StringBuilder(length + 1);
            while (text.length() < length) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    text.append((char) random.nextInt(0x80));
                } else if (kind < 6) {
                    text.append((char) random.nextInt(0x80, Character.MIN_SURROGATE));
                } else if (kind < 8) {
                    text.append((char) random.nextInt(Character.MAX_SURROGATE + 1, Character.MAX_VALUE + 1));
                } else {
                    text.appendCodePoint(random.nextInt(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT + 1));
                }
            }
            return text.toString();
        });
    }

    private long anyBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        int edge = random.nextInt(20);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        return max == Long.MAX_VALUE ? random.nextLong(min, max) : random.nextLong(min, max + 1);
    }

    private <T> T draw(Supplier<T> value) {
        depth++;
        T result;
        try {
            result = value.get();
        } finally {
            depth--;
        }
        if (depth == 0) {
            drawn.add(describe(result));
        }
        return result;
    }

    private static String describe(Object value) {
        if (value instanceof int[] ints) {
            return Arrays.toString(ints);
        }
        if (value instanceof Object[] objects) {
            return Arrays.deepToString(objects);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Inputs::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
        }
        return String.valueOf(value);
    }
}
