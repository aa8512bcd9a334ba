package org.zhuye.monitoring;

import java.util.List;

import org.zhuye.region.RegionCode;

/**
 * What one module counts, as indicators. Each implementation lives in a sub-package of this module and reads
 * its module only through that module's public (root-package) types; {@link Indicators} gathers them all.
 * Figures are computed live from the records, never from a table built overnight.
 */
public interface IndicatorSource {

    /** The indicators this source answers, parents before their parts. */
    List<Indicator> indicators();

    /**
     * The figure of {@code region} (and everything under it) for the period, and the figure of each of its
     * direct children, in one pass where the module can. Children may be left out where they have no records;
     * {@link Indicators} fills them with zero. The region is already checked to be within the caller's
     * jurisdiction.
     */
    RegionFigures figures(String code, RegionCode region, ReportingPeriod period);

    /**
     * A page of the records behind {@link #figures}'s total, in a stable order; their count agrees with the
     * figure (see {@link RecordPage}). Persons are shown as the registry masks them for a list.
     */
    RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit);
}
