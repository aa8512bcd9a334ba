package org.zhuye.casework.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhuye.region.Region;

/** Retention at 3, 6 and 12 months for a region as of a day, and for each child region. */
public record RetentionReport(Region region, LocalDate asOf, Map<Integer, RetentionFigures> figures, List<Row> children) {

    public record Row(Region region, Map<Integer, RetentionFigures> figures) {
    }
}
