package org.zhuye.training.subsidy;

import java.time.LocalDate;

import org.zhuye.parameter.Evidence;

/**
 * A row of {@code training_subsidy_rule}: the attendance a subsidy needs, the months after completion
 * in which a job counts, and the three rates as percent of the course's 补贴标准.
 */
public record SubsidyRule(String regionPrefix, LocalDate validFrom, int minAttendancePercent, int employmentMonths,
                          int fullPercent, int certificatePercent, int specialPercent, Evidence evidence, String source) {

    public SubsidyRule {
        if (!(100 >= fullPercent && fullPercent >= certificatePercent && certificatePercent >= specialPercent
                && specialPercent >= 0) || minAttendancePercent < 0 || minAttendancePercent > 100 || employmentMonths < 0) {
            throw new IllegalArgumentException("培训补贴规则的比例须满足 100 ≥ 全额 ≥ 证书档 ≥ 专项能力档 ≥ 0");
        }
    }
}
