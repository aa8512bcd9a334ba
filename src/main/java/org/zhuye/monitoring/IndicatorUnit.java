package org.zhuye.monitoring;

/** What an indicator counts, as its figures are printed: the label after the number and the places after the point. */
public enum IndicatorUnit {
    PERSON("人", 0),
    PERSON_TIME("人次", 0),
    HOUSEHOLD("户", 0),
    COUNT("个", 0),
    EVENT("场", 0),
    POSTING("个岗位", 0),
    /** Money is kept in fen (分) so that it adds exactly; shown in 元 with two places. */
    YUAN("元", 2),
    DAY("天", 0),
    /** A ratio: the figure's value over its base, shown as a percentage with one place. */
    PERCENT("%", 1);

    private final String label;
    private final int scale;

    IndicatorUnit(String label, int scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** What is printed after a figure (人, 人次); a percentage carries its own sign, so nothing. */
    public String afterFigure() {
        return this == PERCENT ? "" : label;
    }

    /** Decimal places of the shown figure; {@link #YUAN} values are stored ×100. */
    public int scale() {
        return scale;
    }
}
