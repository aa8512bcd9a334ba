package org.zhuye.institution.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rating from the scheme: inspection points as entered plus, per outcome the kind has, its weight times its
 * score. Scores: 服务人数 = persons served over capacity (full at capacity); 转入就业 and 稳定就业 = actual over
 * expected, full weight at the scheme's full ratio (e.g. 1.5 × expected), proportionally below; 培训完成 = the
 * completion rate. An outcome with nothing to measure (no capacity, nobody to place, no placement 6 months
 * old, no training ended, or no training figures at all) is left out and the score scaled back to 100, so an
 * institution is neither rewarded nor punished for what could not be seen. Grade from the bands; 奖补 by the rule.
 */
public final class RatingRules {

    /** One outcome's part: its score (0..1 of the weight) and points, or not measured. */
    public record Part(Outcome outcome, int weight, boolean measured, double actual, double expected, Double ratio,
                       double score, BigDecimal points) {
    }

    public record Result(BigDecimal inspectionPoints, BigDecimal outcomePoints, BigDecimal score, String grade,
                         BigDecimal subsidy, List<Part> parts, int unmeasuredWeight) {
    }

    private RatingRules() {
    }

    /** Inspection points: the entered scores, each already checked against its criterion's maximum. */
    public static int inspectionPoints(Map<String, Integer> inspection) {
        return inspection.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static Result rate(RatingScheme scheme, int inspectionPoints, RatingFigures f,
                              ExpectedOutcomes.Expectation placed, ExpectedOutcomes.Expectation retained,
                              SubsidyRule subsidy) {
        double full = scheme.fullRatioPercent() / 100.0;
        List<Part> parts = new ArrayList<>();
        double outcome = 0;
        int unmeasured = 0;
        for (var entry : scheme.weights().entrySet()) {
            int weight = entry.getValue();
            Part part = switch (entry.getKey()) {
                case SERVED -> share(Outcome.SERVED, weight, f.capacity() > 0, f.served(), f.capacity());
                case PLACED -> ratio(Outcome.PLACED, weight, f.served() > 0, f.placed(), placed.expected(), full);
                case RETAINED -> ratio(Outcome.RETAINED, weight, f.retentionBase() > 0, f.retained(), retained.expected(), full);
                case TRAINING -> share(Outcome.TRAINING, weight, f.trainingEnded() != null && f.trainingEnded() > 0,
                        f.trainingCompleted() == null ? 0 : f.trainingCompleted(), f.trainingEnded() == null ? 0 : f.trainingEnded());
            };
            if (part.measured()) {
                outcome += part.score() * weight;
            } else {
                unmeasured += weight;
            }
            parts.add(part);
        }
        BigDecimal outcomePoints = round(outcome);
        double scale = unmeasured >= 100 ? 1 : 100.0 / (100 - unmeasured);
        BigDecimal score = round(Math.min(100, (inspectionPoints + outcome) * scale));
        String grade = scheme.grade(score.doubleValue());
        return new Result(BigDecimal.valueOf(inspectionPoints).setScale(1), outcomePoints, score, grade,
                subsidy.subsidy(grade, f.served()), parts, unmeasured);
    }

    /** A rate of 0..1 (served over capacity, completed over ended), capped at 1. */
    private static Part share(Outcome outcome, int weight, boolean measured, double actual, double base) {
        if (!measured) {
            return new Part(outcome, weight, false, actual, base, null, 0, BigDecimal.ZERO.setScale(1));
        }
        double ratio = actual / base;
        double score = Math.min(1, ratio);
        return new Part(outcome, weight, true, actual, base, ratio, score, round(score * weight));
    }

    /** Actual over expected; full points at the full ratio. Nothing expected and nothing reached is not measured. */
    private static Part ratio(Outcome outcome, int weight, boolean any, double actual, double expected, double full) {
        if (!any || (expected <= 0 && actual <= 0)) {
            return new Part(outcome, weight, false, actual, expected, null, 0, BigDecimal.ZERO.setScale(1));
        }
        Double ratio = expected > 0 ? actual / expected : null;
        double score = ratio == null ? 1 : Math.min(1, ratio / full);
        return new Part(outcome, weight, true, actual, expected, ratio, score, round(score * weight));
    }

    static BigDecimal round(double points) {
        return BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
    }
}
