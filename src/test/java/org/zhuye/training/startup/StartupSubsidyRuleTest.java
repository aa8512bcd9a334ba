package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.parameter.Evidence;
import org.zhuye.testing.Tries;

/** The 创业补贴 rule without Spring: the amount only when every condition holds, each condition named. */
class StartupSubsidyRuleTest {

    static final StartupSubsidyRule RULE = new StartupSubsidyRule(new BigDecimal("5000.00"), 6, Evidence.U, "测试");
    static final LocalDate DAY = LocalDate.parse("2026-06-30");

    @Test
    void aFirstBusinessOperatingSixMonthsOfAnOwnerOfWorkingAgeWithAValidCertificateIsGrantedTheAmount() {
        var j = RULE.judge(new StartupSubsidyRule.Facts(DAY.minusMonths(6), null, DAY, true, false, true, true));
        assertThat(j.granted()).isTrue();
        assertThat(j.amount()).isEqualByComparingTo("5000");
        assertThat(j.conditions()).hasSize(5).allMatch(StartupSubsidyRule.Condition::met);
    }

    @Test
    void everyUnmetConditionIsNamedAndNothingIsDue() {
        var j = RULE.judge(new StartupSubsidyRule.Facts(DAY.minusMonths(5), null, DAY, false, true, false, false));
        assertThat(j.granted()).isFalse();
        assertThat(j.amount()).isEqualByComparingTo("0");
        assertThat(j.unmet()).extracting(StartupSubsidyRule.Condition::key)
                .containsExactly("firstBusiness", "once", "operating", "workingAge", "certificate");
        assertThat(j.unmet().get(2).label()).contains("正常经营满 6 个月");
    }

    @Test
    void aBusinessClosedBeforeTheGrantDayIsNotOperating() {
        var j = RULE.judge(new StartupSubsidyRule.Facts(DAY.minusYears(1), DAY.minusDays(1), DAY, true, false, true, true));
        assertThat(j.unmet()).extracting(StartupSubsidyRule.Condition::key).containsExactly("operating");
    }

    @Test
    void theAmountIsPaidExactlyWhenNoConditionFails() {
        Tries.check(in -> {
            var facts = new StartupSubsidyRule.Facts(DAY.minusDays(in.between(0, 800)),
                    in.chance(0.3) ? DAY.minusDays(in.between(-30, 30)) : null, DAY, in.chance(0.8), in.chance(0.2),
                    in.chance(0.8), in.chance(0.8));
            var j = RULE.judge(facts);
            assertThat(j.granted()).isEqualTo(j.unmet().isEmpty());
            assertThat(j.amount()).isEqualByComparingTo(j.granted() ? RULE.amount() : BigDecimal.ZERO);
            assertThat(j.conditions()).allMatch(c -> !c.label().isBlank());
        });
    }
}
