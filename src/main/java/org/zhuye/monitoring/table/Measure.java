package org.zhuye.monitoring.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;

/**
 * How one column of an official table is made from the catalogue's figures. The forms' columns do not
 * always match one indicator: 个体就业及灵活就业 is two forms of employment added, 农村其他形式 is 农村 less
 * 种养加, and the 四个一 table prints both the count and the rate of one ratio.
 */
public sealed interface Measure {

    /** Every indicator code the cell needs; a cell is shown as "—" when any of them is not in the catalogue. */
    List<String> codes();

    /** The figure of one row from the figures of its codes (each present). */
    Figure of(Function<String, Figure> figures);

    /** Whether a region's cell is the sum of its parts' cells (a rate is not: it is worked out from the sums). */
    boolean additive();

    /** How the cell is printed, given the catalogue entry of its first code. */
    IndicatorUnit unit(Indicator first);

    /** The code whose records the cell opens: the first one, and the cell's title says when there are more. */
    default String linkCode() {
        return codes().get(0);
    }

    /** The column's definition under the table, from the catalogue. */
    String describe(Function<String, Optional<Indicator>> catalogue);

    /** The sum of the figures' values of one or several codes. */
    static Measure sum(String... codes) {
        return new Sum(List.of(codes));
    }

    /** A whole less some of its parts (农村其他形式 = 农村新增就业 − 种养加). */
    static Measure rest(String whole, String... parts) {
        return new Rest(whole, List.of(parts));
    }

    /** The base of a ratio: the persons a coverage is worked out over. */
    static Measure base(String code) {
        return new Base(code);
    }

    /** A ratio as a percentage: its numerator over its base. */
    static Measure rate(String code) {
        return new Rate(code);
    }

    record Sum(List<String> codes) implements Measure {
        public Sum {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("一栏至少要有一个指标");
            }
            codes = List.copyOf(codes);
        }

        @Override
        public Figure of(Function<String, Figure> figures) {
            long value = 0;
            for (String code : codes) {
                value += figures.apply(code).value();
            }
            return Figure.count(value);
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public IndicatorUnit unit(Indicator first) {
            return first.unit() == IndicatorUnit.PERCENT ? IndicatorUnit.PERSON : first.unit();
        }

        @Override
        public String describe(Function<String, Optional<Indicator>> catalogue) {
            return codes.size() == 1 ? definition(catalogue, codes.get(0)) : "以下各项之和——" + String.join("；",
                    codes.stream().map(c -> definition(catalogue, c)).toList());
        }
    }

    record Rest(String whole, List<String> parts) implements Measure {
        public Rest {
            Objects.requireNonNull(whole);
            parts = List.copyOf(parts);
        }

        @Override
        public List<String> codes() {
            List<String> all = new ArrayList<>();
            all.add(whole);
            all.addAll(parts);
            return all;
        }

        @Override
        public Figure of(Function<String, Figure> figures) {
            long value = figures.apply(whole).value();
            for (String part : parts) {
                value -= figures.apply(part).value();
            }
            return Figure.count(value);
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public IndicatorUnit unit(Indicator first) {
            return first.unit();
        }

        @Override
        public String describe(Function<String, Optional<Indicator>> catalogue) {
            return definition(catalogue, whole) + "；减去 " + String.join("、", parts.stream()
                    .map(p -> catalogue.apply(p).map(Indicator::name).orElse(p) + "（" + p + "）").toList());
        }
    }

    record Base(String code) implements Measure {
        @Override
        public List<String> codes() {
            return List.of(code);
        }

        @Override
        public Figure of(Function<String, Figure> figures) {
            return Figure.count(figures.apply(code).base());
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public IndicatorUnit unit(Indicator first) {
            return IndicatorUnit.PERSON;
        }

        @Override
        public String describe(Function<String, Optional<Indicator>> catalogue) {
            return "下列比率的基数（分母）。" + definition(catalogue, code);
        }
    }

    record Rate(String code) implements Measure {
        @Override
        public List<String> codes() {
            return List.of(code);
        }

        @Override
        public Figure of(Function<String, Figure> figures) {
            return figures.apply(code);
        }

        @Override
        public boolean additive() {
            return false;
        }

        @Override
        public IndicatorUnit unit(Indicator first) {
            return IndicatorUnit.PERCENT;
        }

        @Override
        public String describe(Function<String, Optional<Indicator>> catalogue) {
            return "人数除以基数，合计行由合计的人数和基数算出，不是各行比率的平均。" + definition(catalogue, code);
        }
    }

    private static String definition(Function<String, Optional<Indicator>> catalogue, String code) {
        return catalogue.apply(code).map(i -> i.name() + "（" + code + "）：" + i.definition())
                .orElse(code + "：该指标尚未提供，显示为“—”");
    }
}
