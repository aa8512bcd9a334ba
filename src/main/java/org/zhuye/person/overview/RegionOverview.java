package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 人员概况: the registry's figures for a region as of a date, with the same figures for each child
 * region, counted in one pass over the in-memory {@link OverviewSnapshot}.
 */
@Service
@JurisdictionScoped
public class RegionOverview {

    /** What is counted and how; shown with the figures on the page, in the workbook and in the API. */
    public static final List<String> NOTES = List.of(
            "在册人数：登记日期（建档日期）不晚于统计日期、且未被合并到其他记录的持证残疾人。",
            "证件已注销或持证人已去世的人员不计入在册人数及各项分类，单独列出（按当前证件状态，证件状态没有历史记录）。",
            "就业年龄段：统计日期时已满16周岁且未达到法定退休年龄；退休年龄按所在地区、性别和出生年月适用退休年龄规则（含2025年起的渐进式延迟退休）。",
            "就业状况：统计日期当天或之前最近一条未作废的就业状况记录；没有记录的人员计为“未登记就业状况”。",
            "就业率 = 就业年龄段内已就业人数 ÷ 就业年龄段人数；未登记就业状况的人员计入分母、不计入分子，其人数单独列出，以便据实解读。",
            "当年新增就业：统计日期所在年份1月1日至统计日期之间由未就业（或无记录）转为就业的人数；登记时录入的初始状况不算新增。",
            "年龄按统计日期的周岁计算（2月29日出生的人，平年以2月28日为生日，与就业年龄段的判断一致）。");

    private final RegionRepository regions;
    private final WorkingAgeRules rules;
    private final OverviewSnapshots snapshots;
    private final SnapshotAnswers answers = new SnapshotAnswers(512);

    RegionOverview(RegionRepository regions, WorkingAgeRules rules, OverviewSnapshots snapshots) {
        this.regions = regions;
        this.rules = rules;
        this.snapshots = snapshots;
    }

    /**
     * How many persons are registered under {@code prefix} (merged records left out, whatever their dates), from the
     * snapshot: what {@code count(*)} of the registry under a region answers, without reading the registry — for a
     * province, 1.6 million rows and a third of a second. Empty while the snapshot is being prepared.
     */
    public OptionalLong registeredUnder(String prefix) {
        return snapshots.ifReady().map(s -> OptionalLong.of(s.countUnder(prefix))).orElse(OptionalLong.empty());
    }

    /**
     * The overview of {@code code} as of {@code asOf}; empty when the region does not exist or is
     * outside the jurisdiction. A date after today, or one without a working-age rule, is refused.
     */
    public Optional<RegionOverviewReport> find(RegionCode code, LocalDate asOf, Jurisdiction jurisdiction) {
        Optional<Region> found = regions.find(code, jurisdiction);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (asOf.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("统计日期 " + asOf + " 晚于今天：人员概况只统计已经发生的情况");
        }
        Region region = found.get();
        WorkingAgeRules.Table table = rules.table();
        table.on(code.value(), asOf);
        List<RegionRepository.RegionWithChildCount> children = regions.children(code, jurisdiction);
        List<String> childPrefixes = children.stream().map(c -> c.region().significantPrefix()).toList();

        OverviewSnapshot snapshot = snapshots.current();
        // Counted once per snapshot, rules and question: a province-wide tally walks the whole registry.
        OverviewTally[] tallies = answers.get(List.of(snapshot, table), List.of(region.significantPrefix(), childPrefixes, asOf),
                () -> snapshot.tally(region.significantPrefix(), childPrefixes, asOf, windowsOf(table, asOf)));

        OverviewTally total = new OverviewTally();
        for (OverviewTally tally : tallies) {
            total.add(tally);
        }
        List<RegionOverviewReport.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            rows.add(new RegionOverviewReport.Row(children.get(i).region(), tallies[i].figures()));
        }
        OverviewFigures unassigned = tallies[children.size()].figures();
        boolean anyUnassigned = java.util.Arrays.stream(tallies[children.size()].counts).anyMatch(n -> n != 0);
        return Optional.of(new RegionOverviewReport(region, asOf, regions.pathTo(code), total.figures(), List.copyOf(rows),
                !children.isEmpty() && anyUnassigned ? unassigned : null));
    }

    /** How many persons the in-memory snapshot holds, its approximate size and how long its last full build took. */
    public SnapshotInfo snapshotInfo() {
        OverviewSnapshot snapshot = snapshots.current();
        OverviewSnapshots.Build build = snapshots.lastBuild();
        return new SnapshotInfo(snapshot.size(), snapshot.bytes(), build == null ? -1 : build.millis());
    }

    /** See {@link #snapshotInfo()}. */
    public record SnapshotInfo(int persons, long bytes, long lastBuildMillis) {
    }

    /**
     * Per region code, the working-age birth-day ranges {@code [menFrom, menTo, womenFrom, womenTo]} on
     * {@code asOf}, worked out once per group of regions that share a rule.
     */
    static Function<String, int[]> windowsOf(WorkingAgeRules.Table table, LocalDate asOf) {
        int groupLength = table.longestPrefix();
        Map<String, int[]> windowsByGroup = new HashMap<>();
        return regionCode -> windowsByGroup.computeIfAbsent(regionCode.substring(0, Math.min(groupLength, regionCode.length())),
                group -> windows(table.on(regionCode, asOf), asOf));
    }

    private static int[] windows(WorkingAge rule, LocalDate asOf) {
        long[] men = OverviewBirthWindow.workingAge(rule, Sex.MALE, asOf);
        long[] women = OverviewBirthWindow.workingAge(rule, Sex.FEMALE, asOf);
        return new int[]{(int) men[0], (int) men[1], (int) women[0], (int) women[1]};
    }
}
