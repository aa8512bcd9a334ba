package org.zhuye.employer.levy;

import org.zhuye.person.DisabilityCategory;

/**
 * A disabled employee as the levy sees one: certificate category (1 视力 … 5 智力, 6 精神, 7 多重),
 * grade (1 most severe … 4) and months employed in the year.
 */
public record DisabledEmployee(int category, int grade, int months) {

    private static final String[] GRADES = {"一级", "二级", "三级", "四级"};

    public DisabledEmployee {
        if (category < 1 || category > 7 || grade < 1 || grade > 4 || months < 1 || months > 12) {
            throw new IllegalArgumentException("残疾职工：类别应为1–7、等级1–4、月数1–12，收到 " + category + "/" + grade + "/" + months);
        }
    }

    /** "智力三级". */
    public String label() {
        return DisabilityCategory.of(category).orElseThrow().label() + GRADES[grade - 1];
    }
}
