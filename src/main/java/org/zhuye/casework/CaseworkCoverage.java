package org.zhuye.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 四个一 coverage for a region and cycle year, with the same figures for each child region: one pass
 * over the registry's cohort (in memory) with each person's services of the year looked up in the
 * {@link ServiceIndex}. No SQL over persons or services per request.
 */
@Service
@JurisdictionScoped
public class CaseworkCoverage {

    /** What is counted and how; shown on the page, in the workbook and in the API. */
    public static final List<String> NOTES = List.of(
            "服务对象（应服务人数）：统计年度1月1日至统计截止日（往年为12月31日，当年为今天）之间，至少有一天同时满足："
                    + "已建档、处于就业年龄段（按所在地区退休年龄规则）、未就业（当天最近一条未作废的就业状况为未就业，或尚未登记就业状况），"
                    + "且证件未注销、未去世、记录未被合并的持证残疾人。",
            "年内实现就业或达到退休年龄的人员仍计入当年服务对象，其已获得的服务照常计数；他们不再出现在待服务清单中。",
            "各项服务：服务对象在统计年度内（按服务日期）至少有一条未作废的该类服务记录即计为已服务，同类多次只计一人。",
            "四项全覆盖：同一年度内四项服务均已获得的人数。覆盖率 = 人数 ÷ 服务对象人数。",
            "待服务：截至统计截止日仍处于就业年龄段且未就业、四项服务尚未全部获得的人数。",
            "不在服务对象范围内的人员（如全年在岗）获得的服务会保存，但不计入覆盖率。");

    private final RegionRepository regions;
    private final OutOfWorkCohort cohort;
    private final ServiceIndex index;
    private final CycleYears cycles;
    private final SnapshotAnswers answers = new SnapshotAnswers(512);

    CaseworkCoverage(RegionRepository regions, OutOfWorkCohort cohort, ServiceIndex index, CycleYears cycles) {
        this.regions = regions;
        this.cohort = cohort;
        this.index = index;
        this.cycles = cycles;
    }

    /** Empty when the region does not exist or is outside the jurisdiction. */
    public Optional<CoverageReport> find(RegionCode code, int year, Jurisdiction jurisdiction) {
        Optional<Region> found = regions.find(code, jurisdiction);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Region region = found.get();
        CycleYears.Cycle cycle = cycles.cycle(region.code(), year, LocalDate.now());
        List<RegionRepository.RegionWithChildCount> children = regions.children(code, jurisdiction);
        List<String> prefixes = children.stream().map(c -> c.region().significantPrefix()).toList();
        ServiceMasks masks = index.year(year);
        List<Object> snapshots = masks.withCohort(cohort);
        // Counted once per snapshots and question: a province-wide pass walks the whole registry.
        CoverageTally tally = answers.get(snapshots, List.of(code, prefixes, cycle.from(), cycle.to(), jurisdiction.likePattern()),
                () -> {
                    CoverageTally counted = new CoverageTally(children.size() + 1);
                    cohort.visit(code, prefixes, cycle.from(), cycle.to(), jurisdiction,
                            (child, regionCode, personId, outOfWorkNow) -> counted.add(child, masks.get(personId), outOfWorkNow));
                    return counted;
                });
        List<CoverageReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            rows.add(new CoverageReport.Row(children.get(i).region(), tally.figures(i)));
        }
        CoverageFigures rest = tally.figures(children.size());
        return Optional.of(new CoverageReport(region, cycle, regions.pathTo(code), tally.total(), List.copyOf(rows),
                !children.isEmpty() && rest.eligible() > 0 ? rest : null));
    }
}
