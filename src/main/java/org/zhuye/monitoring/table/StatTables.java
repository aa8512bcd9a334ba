package org.zhuye.monitoring.table;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReadBatch;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/** The official tables for a region within the caller's jurisdiction, filled live through {@link Indicators}. */
@Service
public class StatTables {

    private final Indicators indicators;
    private final RegionRepository regions;

    StatTables(Indicators indicators, RegionRepository regions) {
        this.indicators = indicators;
        this.regions = regions;
    }

    /**
     * The table for the region and its children. {@code today} dates the 数据截至 line: the period's end, or
     * today while the period is still running.
     */
    public StatTable make(TableLayout layout, RegionCode code, ReportingPeriod period, Jurisdiction jurisdiction, LocalDate today) {
        Region region = regions.find(code, jurisdiction).filter(r -> jurisdiction.contains(code))
                .orElseThrow(() -> new RegionOutsideJurisdiction(code.value()));
        List<TableMaker.Place> children = regions.children(code, jurisdiction).stream()
                .map(c -> new TableMaker.Place(c.region().code(), c.region().name(), c.childCount() > 0)).toList();
        TableMaker maker = new TableMaker(indicators::find, c -> indicators.figures(c, code, period, jurisdiction));
        LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
        // The table's columns share their modules' reads.
        return ReadBatch.together(() -> maker.make(layout, new TableMaker.Place(region.code(), region.name(), !children.isEmpty()),
                children, period, asOf));
    }
}
