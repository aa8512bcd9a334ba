package org.zhuye.employer.levy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.zhuye.region.RegionCode;

/**
 * The rows of {@code levy_parameter} in memory, without Spring. For each parameter the row of the
 * longest region prefix in force on 1 January of the collection year applies, so a league or
 * county without its own row inherits its nearest ancestor's.
 */
public final class LevyParameterTable {

    private final Map<LevyParameter, List<LevyParameterRow>> byName = new EnumMap<>(LevyParameter.class);
    /** Resolved sets by region and year: the table never changes, and a batch asks for few distinct pairs. */
    private final Map<String, LevyParameters> resolved = new ConcurrentHashMap<>();

    public LevyParameterTable(List<LevyParameterRow> rows) {
        for (LevyParameterRow row : rows) {
            byName.computeIfAbsent(row.name(), n -> new ArrayList<>()).add(row);
        }
    }

    /**
     * The parameters for {@code region} in collection year {@code year}. Throws
     * {@link NoLevyParameters} naming every required parameter missing for the year, or any two
     * rows of one prefix that contradict each other.
     */
    public LevyParameters resolve(RegionCode region, int year) {
        LevyParameters cached = resolved.get(region.value() + year);
        if (cached != null) {
            return cached;
        }
        LevyParameters parameters = resolveRows(region, year);
        resolved.put(region.value() + year, parameters);
        return parameters;
    }

    private LevyParameters resolveRows(RegionCode region, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        Map<LevyParameter, LevyParameterRow> found = new EnumMap<>(LevyParameter.class);
        List<LevyParameter> missing = new ArrayList<>();
        for (LevyParameter name : LevyParameter.values()) {
            LevyParameterRow row = find(name, region, day);
            if (row != null) {
                found.put(name, row);
            } else if (name.required()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new NoLevyParameters("区划 " + region + " 的 " + year + " 征收年度没有以下残保金参数："
                    + missing.stream().map(LevyParameter::label).collect(Collectors.joining("、"))
                    + "。无法计算，也不会按其他年度推算；请先在残保金参数表中补充该年度的参数", missing);
        }
        return LevyParameters.of(year, region.value(), found);
    }

    private LevyParameterRow find(LevyParameter name, RegionCode region, LocalDate day) {
        LevyParameterRow best = null;
        for (LevyParameterRow row : byName.getOrDefault(name, List.of())) {
            if (!region.value().startsWith(row.regionPrefix()) || !row.inForceOn(day)) {
                continue;
            }
            if (best != null && best.regionPrefix().equals(row.regionPrefix())) {
                throw new NoLevyParameters("残保金参数表中区划前缀 " + row.regionPrefix() + " 的“" + name.label() + "”有两行在 "
                        + day + " 同时有效（自 " + best.validFrom() + " 与自 " + row.validFrom() + "），请修正有效期");
            }
            if (best == null || row.regionPrefix().length() > best.regionPrefix().length()) {
                best = row;
            }
        }
        return best;
    }
}
