package org.zhuye.person.overview;

import java.util.List;

/**
 * An age band of the overview, in whole years on the as-of date. The bands are a constant list
 * (the federation's reporting bands); they cover every age without gaps, youngest first.
 *
 * @param toYears the last year of age in the band, or null for the open top band
 */
public record OverviewAgeBand(String label, int fromYears, Integer toYears) {

    public static final List<OverviewAgeBand> BANDS = List.of(
            new OverviewAgeBand("0–15岁", 0, 15),
            new OverviewAgeBand("16–34岁", 16, 34),
            new OverviewAgeBand("35–44岁", 35, 44),
            new OverviewAgeBand("45–59岁", 45, 59),
            new OverviewAgeBand("60岁及以上", 60, null));

    public OverviewAgeBand {
        if (fromYears < 0 || (toYears != null && toYears < fromYears)) {
            throw new IllegalArgumentException("年龄段不合理：" + label);
        }
    }

    static {
        for (int i = 1; i < BANDS.size(); i++) {
            if (BANDS.get(i - 1).toYears() == null || BANDS.get(i - 1).toYears() + 1 != BANDS.get(i).fromYears()) {
                throw new IllegalStateException("年龄段必须首尾相接：" + BANDS.get(i).label());
            }
        }
    }
}
