package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

/** The funnel's rules over random sequences of asked-for steps, as the service applies them. */
class ReferralStepsProperties {

    static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    @Test
    void acceptedStepsOnlyMoveForwardAreDatedInOrderAndStopAtTheFirstClosingStep() {
        Tries.check(in -> {
            ReferralStatus current = ReferralStatus.REFERRED;
            LocalDate currentOn = TODAY.minusDays(in.between(0, 400));
            List<ReferralStatus> accepted = new java.util.ArrayList<>();
            int asked = in.between(1, 12);
            for (int i = 0; i < asked; i++) {
                ReferralActor.Kind actor = in.oneOf(ReferralActor.Kind.class);
                ReferralStatus next = in.oneOf(ReferralStatus.class);
                LocalDate on = currentOn.plusDays(in.between(-5, 30));
                String reason = in.chance(0.5) ? "原因" : null;
                var errors = ReferralSteps.check(current, currentOn, new StepInput(next, on, null, reason, 0, null), actor, TODAY);
                if (errors.isEmpty()) {
                    assertThat(current.closed()).as("a closed referral took a step").isFalse();
                    assertThat(next.ordinal()).isGreaterThan(current.ordinal());
                    assertThat(on).isAfterOrEqualTo(currentOn).isBeforeOrEqualTo(TODAY);
                    assertThat(ReferralSteps.mayRecord(actor, next)).isTrue();
                    assertThat(ReferralSteps.choices(current, actor)).contains(next);
                    if (next == ReferralStatus.REJECTED) {
                        assertThat(reason).isNotNull();
                    }
                    accepted.add(next);
                    current = next;
                    currentOn = on;
                } else {
                    assertThat(errors.keySet()).isSubsetOf("status", "on", "reason", "note", "monthlyIncome");
                }
            }
            assertThat(accepted.stream().filter(ReferralStatus::closed).count()).isLessThanOrEqualTo(1);
        });
    }
}
