package org.zhuye.employer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.levy.Levies;
import org.zhuye.employer.levy.LevyParameter;
import org.zhuye.parameter.ParameterKeeping;
import org.zhuye.region.RegionCode;

/**
 * The social average wage the demo's declarations need for a collection year the migrations have none
 * for. Only 2024 has one (itself an assumption, rules.md §8 item 2); without one no declaration of the
 * current year can be confirmed. The demo adds an assumed row for its area through the 参数管理 path
 * (validated, audited, tagged U with a source that says it is a demo assumption), never a guess in code.
 */
@Component
class DemoSocialAverageWages {

    /** 2024's assumed 85,000 (V7), grown 3.5% a year: an order of magnitude for the demo, not a statistic. */
    private static final BigDecimal BASE = new BigDecimal("85000");
    private static final int BASE_YEAR = 2024;
    private static final BigDecimal GROWTH = new BigDecimal("1.035");

    private final Levies levies;
    private final ParameterKeeping keeping;

    DemoSocialAverageWages(Levies levies, ParameterKeeping keeping) {
        this.levies = levies;
        this.keeping = keeping;
    }

    /** Adds the assumed wage of collection year {@code year} for {@code area} unless the area already has one. */
    void supply(RegionCode area, int year, UserAccount admin) {
        if (levies.parametersFor(area, year).socialAverageWage() != null) {
            return;
        }
        BigDecimal wage = BASE.multiply(GROWTH.pow(Math.max(0, year - BASE_YEAR))).setScale(-2, RoundingMode.HALF_UP);
        Map<String, String> form = Map.of(
                "regionPrefix", area.significantPrefix(),
                "validFrom", year + "-01-01",
                "validTo", year + "-12-31",
                "name", LevyParameter.SOCIAL_AVERAGE_WAGE.name(),
                "value", wage.toPlainString(),
                "evidence", "U",
                "source", "演示数据的假设值：" + year + " 征收年度（" + (year - 1) + " 年）的全口径社会平均工资未取得，按 2024 征收年度的假设值"
                        + " 85,000 元每年增长 3.5% 推算，仅供演示；正式使用前请自治区管理员按统计部门公布数添加");
        Map<String, String> errors = keeping.add(keeping.kind("levy").orElseThrow(), form, admin);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("演示社会平均工资未能添加：" + errors);
        }
    }
}
