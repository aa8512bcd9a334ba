package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.zhuye.region.RegionCode;
import org.zhuye.employer.EmployerType;

/**
 * What the levy of one employer for one collection year is computed from: the previous year's
 * staff, wage total and disabled employees (the formula of 财税〔2015〕72号 uses 上年 figures).
 * Built from untrusted input by {@link LevyInput#toDeclaration()}, which names every problem;
 * the constructor only guards against misuse.
 *
 * @param year              the collection year (征收年度); its parameters apply
 * @param socialAverageWage an override of the parameter, or null to use the table's
 */
public record LevyDeclaration(int year, RegionCode region, EmployerType employerType, Headcount headcount,
                              BigDecimal wageTotal, BigDecimal socialAverageWage,
                              List<DisabledEmployee> disabledEmployees) {

    public LevyDeclaration {
        Objects.requireNonNull(region);
        Objects.requireNonNull(employerType);
        Objects.requireNonNull(headcount);
        if (wageTotal == null || wageTotal.signum() < 0) {
            throw new IllegalArgumentException("工资总额不能为空或为负数");
        }
        if (socialAverageWage != null && socialAverageWage.signum() <= 0) {
            throw new IllegalArgumentException("社会平均工资应大于0");
        }
        disabledEmployees = List.copyOf(disabledEmployees);
    }
}
