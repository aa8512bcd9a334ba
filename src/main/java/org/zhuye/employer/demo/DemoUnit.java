package org.zhuye.employer.demo;

import java.util.List;

import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.declaration.DeclarationStatus;

/**
 * One synthetic employer and what the demo files for it.
 *
 * @param league       the 盟市 (4-digit prefix) whose residents it prefers to employ
 * @param filing       the state its declaration ends in, or null for a unit that never filed
 * @param staff        在职职工 (annual average); with {@code monthly} the 12 months vary around it
 * @param averageWage  yuan per employee and year, for the wage total
 * @param target       how its counted disabled employees compare with the quota
 * @param failures     employees it declares who will not count, each for its reason
 */
record DemoUnit(String league, EmployerInput input, DeclarationStatus filing, int staff, boolean monthly,
                int averageWage, Target target, List<Failure> failures) {

    /** Where the counted employees are meant to land against the required number (staff × 1.5%). */
    enum Target {
        /** Nobody. */
        NONE,
        /** Below 1% of staff: the levy is collected at 90%. */
        UNDER_ONE_PERCENT,
        /** From 1% up to the quota: collected at 50%. */
        UNDER_QUOTA,
        /** At the quota, less than one person over it. */
        AT_QUOTA,
        /** At least one person over: the 超比例 list. */
        OVER_QUOTA
    }

    /** A declared employee who does not count, and why (the workflow's own checks find the reason). */
    enum Failure {
        PAST_WORKING_AGE("有残疾职工在上年末已超过就业年龄段，不能计入"),
        BELOW_MINIMUM_WAGE("有残疾职工月工资低于当地最低工资标准，请核实工资发放凭证"),
        NO_SOCIAL_INSURANCE("有残疾职工未足额缴纳社会保险，请补充社保缴费证明"),
        NOT_REGISTERED("有残疾人证号未在残疾人实名库登记，请核对证件原件"),
        COUNTED_ELSEWHERE("有残疾职工已被其他单位计入本年度安排人数，请与该单位核实");

        private final String reviewNote;

        Failure(String reviewNote) {
            this.reviewNote = reviewNote;
        }

        /** What a reviewer returning the declaration writes about it. */
        String reviewNote() {
            return reviewNote;
        }
    }
}
