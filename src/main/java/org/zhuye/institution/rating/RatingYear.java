package org.zhuye.institution.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A year's list of an area: each institution with its rating, and the totals by grade and the 奖补 sum. */
public record RatingYear(int year, List<RatingRepository.Row> rows) {

    public record Total(String grade, int institutions, BigDecimal subsidy) {
    }

    public List<Total> totals() {
        Map<String, Total> byGrade = new TreeMap<>();
        for (RatingRepository.Row row : rows) {
            Rating r = row.rating();
            if (r == null || !r.computed()) {
                continue;
            }
            String grade = r.gradeLabel();
            Total was = byGrade.getOrDefault(grade, new Total(grade, 0, BigDecimal.ZERO));
            byGrade.put(grade, new Total(grade, was.institutions() + 1, was.subsidy().add(r.subsidy())));
        }
        return new ArrayList<>(byGrade.values());
    }

    public BigDecimal subsidy() {
        return totals().stream().map(Total::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long inspected() {
        return rows.stream().filter(r -> r.rating() != null && r.rating().inspection() != null).count();
    }

    public long confirmed() {
        return rows.stream().filter(r -> r.rating() != null && r.rating().frozen()).count();
    }
}
