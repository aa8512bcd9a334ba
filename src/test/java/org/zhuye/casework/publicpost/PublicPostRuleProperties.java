package org.zhuye.casework.publicpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The term and count limits of 公益性岗位 placements, for any start, retirement date and rule. */
class PublicPostRuleProperties {

    static final PublicPostRule RULE = new PublicPostRule(36, 5, 2, "测试依据");

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 40).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    @Property
    void aTermUpToTheLatestEndIsAcceptedAndOneDayLongerIsRefused(@ForAll("days") LocalDate start, @ForAll("days") LocalDate retirement,
                                                                 @ForAll @IntRange(min = 0, max = 2000) int length) {
        if (!start.isBefore(retirement)) {
            assertThat(RULE.check(start, start, retirement, 0, null, false)).containsKey("startOn");
            return;
        }
        LocalDate latest = RULE.latestEnd(start, retirement);
        LocalDate end = start.plusDays(length);
        assertThat(RULE.check(start, end, retirement, 0, null, false).containsKey("endOn")).isEqualTo(end.isAfter(latest));
        assertThat(RULE.check(start, latest.plusDays(1), retirement, 0, null, false)).containsKey("endOn");
    }

    @Property
    void nobodyIsSubsidisedPastRetirementAndOnlyThoseNearItBeyondTheStandardTerm(@ForAll("days") LocalDate start,
                                                                                 @ForAll("days") LocalDate retirement) {
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
    }

    @Property
    void beyondTheCountOnlyStaffWithAReasonMayPlace(@ForAll @IntRange(min = 0, max = 6) int earlier, @ForAll boolean staff,
                                                    @ForAll boolean withReason) {
        LocalDate start = LocalDate.of(2025, 3, 1);
        LocalDate retirement = LocalDate.of(2050, 1, 1);
        boolean refused = RULE.check(start, start.plusYears(1), retirement, earlier, withReason ? "重度残疾，仍无法就业" : null, staff)
                .containsKey("exceptionReason");
        assertThat(refused).isEqualTo(earlier >= 2 && !(staff && withReason));
    }
}
