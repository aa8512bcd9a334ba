package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * {@link OutOfWorkCohort} over the overview's snapshot: one pass over the region's range of the
 * base block, with the few persons changed since (the delta) merged in at their place in
 * (region, id) order, so callers can page through the result as it comes.
 */
@Component
class OverviewCohort implements OutOfWorkCohort {

    /** Thresholds per period and rule group are worth keeping: working them out takes milliseconds. */
    private static final int CACHED_PERIODS = 64;

    private final OverviewSnapshots snapshots;
    private final WorkingAgeRules rules;
    private final Map<String, CohortDays> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CohortDays> eldest) {
            return size() > CACHED_PERIODS;
        }
    };
    private WorkingAgeRules.Table cachedFor;

    OverviewCohort(OverviewSnapshots snapshots, WorkingAgeRules rules) {
        this.snapshots = snapshots;
        this.rules = rules;
    }

    @Override
    public List<Object> snapshots() {
        return List.of(snapshots.current(), rules.table());
    }

    @Override
    public void visit(RegionCode region, List<String> childPrefixes, LocalDate from, LocalDate to,
                      Jurisdiction jurisdiction, Visitor visitor) {
        if (!jurisdiction.contains(region)) {
            throw new IllegalArgumentException("区划不在您的管辖范围内：" + region.value());
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("统计期间的结束日期 " + to + " 早于开始日期 " + from);
        }
        WorkingAgeRules.Table table = rules.table();
        table.on(region.value(), from);
        OverviewSnapshot snapshot = snapshots.current();
        new Pass(region.significantPrefix(), childPrefixes.toArray(String[]::new), table, from, to, visitor)
                .run(snapshot);
    }

    private CohortDays days(WorkingAgeRules.Table table, String group, String regionCode, LocalDate from, LocalDate to) {
        synchronized (cache) {
            if (cachedFor != table) {
                cache.clear();
                cachedFor = table;
            }
            return cache.computeIfAbsent(group + "/" + from + "/" + to, key -> new CohortDays(table, regionCode, from, to));
        }
    }

    /** One visit: the base range with the delta merged in. */
    private final class Pass {

        private final String prefix;
        private final String[] children;
        private final WorkingAgeRules.Table table;
        private final LocalDate from;
        private final LocalDate to;
        private final Visitor visitor;
        private OverviewBlock delta;
        private int deltaRegion;
        private int deltaEndRegion;
        private int deltaPosition;
        private final int groupLength;
        private String lastGroup;
        private CohortDays lastDays;

        Pass(String prefix, String[] children, WorkingAgeRules.Table table, LocalDate from, LocalDate to, Visitor visitor) {
            this.prefix = prefix;
            this.children = children;
            this.table = table;
            this.from = from;
            this.to = to;
            this.visitor = visitor;
            this.groupLength = table.longestPrefix();
        }

        /** Regions that agree on the rules' longest prefix share their thresholds. */
        private CohortDays days(String region) {
            if (lastGroup == null || !region.startsWith(lastGroup)) {
                lastGroup = region.substring(0, Math.min(groupLength, region.length()));
                lastDays = OverviewCohort.this.days(table, lastGroup, region, from, to);
            }
            return lastDays;
        }

        void run(OverviewSnapshot snapshot) {
            OverviewBlock base = snapshot.base();
            delta = snapshot.delta();
            deltaRegion = delta.regionLowerBound(prefix);
            deltaEndRegion = delta.regionLowerBound(prefix + ":");  // ':' follows '9'
            deltaPosition = deltaRegion < deltaEndRegion ? delta.regionStart[deltaRegion] : 0;
            int firstRegion = base.regionLowerBound(prefix);
            int endRegion = base.regionLowerBound(prefix + ":");
            for (int r = firstRegion; r < endRegion; r++) {
                String region = base.regions[r];
                deltaBefore(region, Long.MAX_VALUE, false);
                boolean deltaHere = deltaRegion < deltaEndRegion && delta.regions[deltaRegion].equals(region);
                int child = childOf(region);
                CohortDays days = days(region);
                for (int p = base.regionStart[r], end = base.regionStart[r + 1]; p < end; p++) {
                    if (deltaHere) {
                        deltaBefore(region, base.ids[p], true);
                    }
                    if (!snapshot.isReplaced(p)) {
                        person(base, p, region, child, days);
                    }
                }
            }
            while (deltaRegion < deltaEndRegion) {
                deltaBefore(delta.regions[deltaRegion], Long.MAX_VALUE, true);  // the rest of that region, then stops at the next
            }
        }

        /**
         * Visits delta persons that come before (region, id): every one in an earlier region, and
         * with {@code sameRegion} those of {@code region} itself with a smaller id.
         */
        private void deltaBefore(String region, long id, boolean sameRegion) {
            while (deltaRegion < deltaEndRegion) {
                String deltaRegionCode = delta.regions[deltaRegion];
                int compared = deltaRegionCode.compareTo(region);
                if (compared > 0 || (compared == 0 && !sameRegion)) {
                    return;
                }
                int regionEnd = delta.regionStart[deltaRegion + 1];
                CohortDays days = null;
                while (deltaPosition < regionEnd && (compared < 0 || delta.ids[deltaPosition] < id)) {
                    if (days == null) {
                        days = days(deltaRegionCode);
                    }
                    person(delta, deltaPosition, deltaRegionCode, childOf(deltaRegionCode), days);
                    deltaPosition++;
                }
                if (deltaPosition < regionEnd) {
                    return;
                }
                deltaRegion++;
            }
        }

        private void person(OverviewBlock block, int p, String region, int child, CohortDays days) {
            int attr = block.attrs[p] & 0xff;
            if (attr >>> OverviewBlock.CERT_SHIFT != OverviewBlock.CERT_COUNTED) {
                return;
            }
            int result = days.check(block.births[p], (attr & OverviewBlock.FEMALE) != 0, block.registered[p],
                    block.eventDays, block.eventFlags, block.eventStart[p], block.eventStart[p + 1]);
            if (result != 0) {
                visitor.person(child, region, block.ids[p], (result & CohortDays.OUT_ON_LAST_DAY) != 0);
            }
        }

        private int childOf(String region) {
            return ChildRegions.indexOf(children, region);
        }
    }
}
