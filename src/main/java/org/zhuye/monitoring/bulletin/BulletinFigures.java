package org.zhuye.monitoring.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures a 通报 is written from and prints: for a region and a quarter, as of a day, each indicator with a
 * target and its children's ranking. Stored as JSON in the 通报 row, so an issued one keeps them as they were.
 *
 * @param regionLevel the region's level (1 province … 4 township): it decides what its children are called
 */
public record BulletinFigures(String regionCode, String regionName, int regionLevel, String quarter, LocalDate asOf,
                              List<IndicatorRanking> indicators) {
}
