package org.zhuye.institution.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 评定方案 of one institution kind: inspection criteria with their maximum points, the weights of the computed
 * outcomes that apply to the kind, and the grade bands from the top. Criteria and weights add up to 100, so a
 * score is out of 100. {@code shrinkK} is the constant of the expected outcomes' shrinkage; an outcome earns
 * its full weight at actual = {@code fullRatioPercent}% of expected.
 */
public record RatingScheme(List<Criterion> criteria, Map<Outcome, Integer> weights, List<Band> bands, int shrinkK,
                           int fullRatioPercent) {

    public record Criterion(String name, int max) {
    }

    /** The lowest score of a grade; bands are kept from the highest grade down. */
    public record Band(String grade, int min) {
    }

    public RatingScheme {
        criteria = List.copyOf(criteria);
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        bands = List.copyOf(bands);
    }

    public int inspectionMax() {
        return criteria.stream().mapToInt(Criterion::max).sum();
    }

    /** The grade a score reaches, or null below every band (未定级). */
    public String grade(double score) {
        return bands.stream().filter(b -> score >= b.min()).map(Band::grade).findFirst().orElse(null);
    }

    /** The scheme of the stored texts; {@link #problems} has said they are valid. */
    public static RatingScheme parse(String criteria, String outcomes, String bands, int shrinkK, int fullRatioPercent) {
        Map<String, String> problems = new LinkedHashMap<>();
        RatingScheme scheme = read(criteria, outcomes, bands, shrinkK, fullRatioPercent, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems.values()));
        }
        return scheme;
    }

    /** Every problem of the texts, keyed by field (criteria, outcomes, bands), in Chinese; empty when valid. */
    public static Map<String, String> problems(String criteria, String outcomes, String bands) {
        Map<String, String> problems = new LinkedHashMap<>();
        read(criteria, outcomes, bands, 20, 150, problems);
        return problems;
    }

    private static RatingScheme read(String criteriaText, String outcomesText, String bandsText, int shrinkK,
                                     int fullRatioPercent, Map<String, String> problems) {
        List<String> criteriaProblems = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        for (NamedNumbers.Item item : NamedNumbers.parse(criteriaText, "检查项目", criteriaProblems).items()) {
            Integer max = NamedNumbers.whole(item, "检查项目", 1, 100, criteriaProblems);
            if (max != null) {
                criteria.add(new Criterion(item.name(), max));
            }
        }
        List<String> outcomeProblems = new ArrayList<>();
        Map<Outcome, Integer> weights = new EnumMap<>(Outcome.class);
        for (NamedNumbers.Item item : NamedNumbers.parse(outcomesText, "成效权重", outcomeProblems).items()) {
            var outcome = Outcome.ofLabel(item.name());
            if (outcome.isEmpty()) {
                outcomeProblems.add("成效权重中“" + item.name() + "”不是可计算的成效（服务人数、转入就业、稳定就业、培训完成）");
                continue;
            }
            Integer weight = NamedNumbers.whole(item, "成效权重", 0, 100, outcomeProblems);
            if (weight != null) {
                weights.put(outcome.get(), weight);
            }
        }
        if (weights.containsKey(Outcome.RETAINED) && !weights.containsKey(Outcome.PLACED)) {
            outcomeProblems.add("成效权重有“稳定就业”时须有“转入就业”（稳定就业以转入就业的人为基数）");
        }
        int total = criteria.stream().mapToInt(Criterion::max).sum() + weights.values().stream().mapToInt(i -> i).sum();
        if (criteriaProblems.isEmpty() && outcomeProblems.isEmpty() && total != 100) {
            criteriaProblems.add("检查项目满分与成效权重合计须为 100，现为 " + total);
        }
        List<String> bandProblems = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (NamedNumbers.Item item : NamedNumbers.parse(bandsText, "等级分数线", bandProblems).items()) {
            Integer min = NamedNumbers.whole(item, "等级分数线", 0, 100, bandProblems);
            if (min == null) {
                continue;
            }
            if (!bands.isEmpty() && bands.get(bands.size() - 1).min() <= min) {
                bandProblems.add("等级分数线须从最高等级起由高到低：“" + item.name() + "”的 " + min + " 不低于上一等级");
            }
            bands.add(new Band(item.name(), min));
        }
        put(problems, "criteria", criteriaProblems);
        put(problems, "outcomes", outcomeProblems);
        put(problems, "bands", bandProblems);
        return new RatingScheme(criteria, weights, bands, shrinkK, fullRatioPercent);
    }

    private static void put(Map<String, String> problems, String field, List<String> messages) {
        if (!messages.isEmpty()) {
            problems.put(field, String.join("；", messages));
        }
    }
}
