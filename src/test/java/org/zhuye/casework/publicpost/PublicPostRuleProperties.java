package org.zhuye.casework.publicpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** The term and count limits of 公益性岗位 placements, for any start, retirement date and rule. */
class PublicPostRuleProperties {

    static final PublicPostRule RULE = new PublicPostRule(36, 5, 2, "测试依据");

    static LocalDate day(Inputs in) {
        return in.of(d -> LocalDate.of(2000, 1, 1).plusDays(d.between(0, 365 * 40)));
    }

    @Test
    void aTermUpToTheLatestEndIsAcceptedAndOneDayLongerIsRefused() {
        Tries.check(in -> {
            LocalDate start = day(in);
            LocalDate retirement = day(in);
            int length = in.between(0, 2000);
            if (!start.isBefore(retirement)) {
                assertThat(RULE.check(start, start, retirement, 0, null, false)).containsKey("startOn");
                return;
            }
            LocalDate latest = RULE.latestEnd(start, retirement);
            LocalDate end = start.plusDays(length);
            assertThat(RULE.check(start, end, retirement, 0, null, false).containsKey("endOn")).isEqualTo(end.isAfter(latest));
            assertThat(RULE.check(start, latest.plusDays(1), retirement, 0, null, false)).containsKey("endOn");
        });
    }

    @Test
    void nobodyIsSubsidisedPastRetirementAndOnlyThoseNearItBeyondTheStandardTerm() {
        Tries.check(in -> {
            LocalDate start = day(in);
            LocalDate retirement = day(in);
            if (!start.isBefore(retirement)) {
                return;
            }
            LocalDate latest = RULE.latestEnd(start, retirement);
            assertThat(latest).isBefore(retirement);
            if (latest.isAfter(RULE.standardEnd(start))) {
                assertThat(RULE.nearRetirement(start, retirement)).isTrue();
                assertThat(retirement.minusYears(5)).isBeforeOrEqualTo(start);
            }
            if (!RULE.nearRetirement(start, retirement)) {
                assertThat(latest).isEqualTo(start.plusMonths(36).minusDays(1));
            }
        });
    }

    @Test
    void beyondTheCountOnlyStaffWithAReasonMayPlace() {
        Tries.check(in -> {
            int earlier = in.between(0, 6);
            boolean staff = in.bool();
            boolean withReason = in.bool();
            LocalDate start = LocalDate.of(2025, 3, 1);
            LocalDate retirement = LocalDate.of(2050, 1, 1);
            boolean refused = RULE.check(start, start.plusYears(1), retirement, earlier, withReason ? "重度残疾，仍无法就业" : null, staff)
                    .containsKey("exceptionReason");
            assertThat(refused).isEqualTo(earlier >= 2 && !(staff && withReason));
        });
    }
}
