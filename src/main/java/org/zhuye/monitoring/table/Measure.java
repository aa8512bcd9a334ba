package org.zhuye.monitoring.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;

/**
 * How one column of an official table is made from the catalogue's figures. The forms' columns do not
 * always match one indicator: 个体就业及灵活就业 is two forms of employment added, 农村其他形式 is 农村 less
 * 种养加, and the 四个一 table prints both the count and the rate of one ratio. The {@link Kind} says how the
 * codes' figures make the cell; everything else about a column is the same whatever its kind.
 *
 * @param codes every indicator code the cell needs, the first the one whose records the cell opens (for a
 *              {@link Kind#REST}, the whole before its parts); a cell is shown as "—" when any of them is not
 *              in the catalogue
 */
public record Measure(Kind kind, List<String> codes) {

    public Measure {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("一栏至少要有一个指标");
        }
        codes = List.copyOf(codes);
    }

    /** The sum of the figures' values of one or several codes. */
    static Measure sum(String... codes) {
        return new Measure(Kind.SUM, List.of(codes));
    }

    /** A whole less some of its parts (农村其他形式 = 农村新增就业 − 种养加). */
    static Measure rest(String whole, String... parts) {
        List<String> codes = new ArrayList<>();
        codes.add(whole);
        codes.addAll(List.of(parts));
        return new Measure(Kind.REST, codes);
    }

    /** The base of a ratio: the persons a coverage is worked out over. */
    static Measure base(String code) {
        return new Measure(Kind.BASE, List.of(code));
    }

    /** A ratio as a percentage: its numerator over its base. */
    static Measure rate(String code) {
        return new Measure(Kind.RATE, List.of(code));
    }

    public enum Kind {
        SUM, REST, BASE, RATE
    }

    /** The figure of one row from the figures of its codes (each present). */
    public Figure of(Function<String, Figure> figures) {
        return switch (kind) {
            case SUM -> Figure.count(codes.stream().mapToLong(c -> figures.apply(c).value()).sum());
            case REST -> Figure.count(figures.apply(codes.get(0)).value()
                    - parts().stream().mapToLong(c -> figures.apply(c).value()).sum());
            case BASE -> Figure.count(figures.apply(codes.get(0)).base());
            case RATE -> figures.apply(codes.get(0));
        };
    }

    /** Whether a region's cell is the sum of its parts' cells (a rate is not: it is worked out from the sums). */
    public boolean additive() {
        return kind != Kind.RATE;
    }

    /** How the cell is printed, given the catalogue entry of its first code. */
    public IndicatorUnit unit(Indicator first) {
        return switch (kind) {
            // a sum of a ratio's numerators counts persons
            case SUM -> first.unit() == IndicatorUnit.PERCENT ? IndicatorUnit.PERSON : first.unit();
            case REST -> first.unit();
            case BASE -> IndicatorUnit.PERSON;
            case RATE -> IndicatorUnit.PERCENT;
        };
    }

    /** The code whose records the cell opens: the first one, and the cell's title says when there are more. */
    public String linkCode() {
        return codes.get(0);
    }

    /** The column's definition under the table, from the catalogue. */
    public String describe(Function<String, Optional<Indicator>> catalogue) {
        String first = definition(catalogue, codes.get(0));
        return switch (kind) {
            case SUM -> codes.size() == 1 ? first : "以下各项之和——" + String.join("；",
                    codes.stream().map(c -> definition(catalogue, c)).toList());
            case REST -> first + "；减去 " + String.join("、", parts().stream()
                    .map(p -> catalogue.apply(p).map(Indicator::name).orElse(p) + "（" + p + "）").toList());
            case BASE -> "下列比率的基数（分母）。" + first;
            case RATE -> "人数除以基数，合计行由合计的人数和基数算出，不是各行比率的平均。" + first;
        };
    }

    /** A {@link Kind#REST}'s parts taken from its whole. */
    private List<String> parts() {
        return codes.subList(1, codes.size());
    }

    private static String definition(Function<String, Optional<Indicator>> catalogue, String code) {
        return catalogue.apply(code).map(i -> i.name() + "（" + code + "）：" + i.definition())
                .orElse(code + "：该指标尚未提供，显示为“—”");
    }
}
