package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.jobs.referral.ReferralStatus.DECLINED;
import static org.zhuye.jobs.referral.ReferralStatus.DELIVERED;
import static org.zhuye.jobs.referral.ReferralStatus.HIRED;
import static org.zhuye.jobs.referral.ReferralStatus.INTERVIEW;
import static org.zhuye.jobs.referral.ReferralStatus.REFERRED;
import static org.zhuye.jobs.referral.ReferralStatus.REJECTED;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.jobs.JobRuleException;

class ReferralStepsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final LocalDate LAST = LocalDate.parse("2026-06-01");

    @Test
    void stepsMoveOnlyForwardAndMaySkipAStage() {
        assertThat(ReferralSteps.allowed(REFERRED, DELIVERED)).isTrue();
        assertThat(ReferralSteps.allowed(REFERRED, HIRED)).isTrue();
        assertThat(ReferralSteps.allowed(DELIVERED, INTERVIEW)).isTrue();
        assertThat(ReferralSteps.allowed(INTERVIEW, REJECTED)).isTrue();
        assertThat(ReferralSteps.allowed(INTERVIEW, DECLINED)).isTrue();
        assertThat(ReferralSteps.allowed(INTERVIEW, DELIVERED)).isFalse();
        assertThat(ReferralSteps.allowed(DELIVERED, DELIVERED)).isFalse();
        assertThat(ReferralSteps.allowed(DELIVERED, REFERRED)).isFalse();
    }

    @Test
    void aClosedReferralTakesNoFurtherStep() {
        for (ReferralStatus closed : new ReferralStatus[]{HIRED, REJECTED, DECLINED}) {
            for (ReferralStatus next : ReferralStatus.values()) {
                assertThat(ReferralSteps.allowed(closed, next)).as(closed + " → " + next).isFalse();
            }
        }
        assertThat(ReferralSteps.check(HIRED, LAST, step(DECLINED, TODAY, null), ReferralActor.Kind.STAFF, TODAY).get("status"))
                .contains("已录用");
    }

    @Test
    void theEmployerRecordsTheUnitsStepsAndThePersonOnlyDeclines() {
        assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.EMPLOYER, INTERVIEW)).isTrue();
        assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.EMPLOYER, HIRED)).isTrue();
        assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.EMPLOYER, DECLINED)).isFalse();
        assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.PERSON, DECLINED)).isTrue();
        assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.PERSON, HIRED)).isFalse();
        assertThat(ReferralSteps.check(DELIVERED, LAST, step(HIRED, TODAY, null), ReferralActor.Kind.PERSON, TODAY).get("status"))
                .isEqualTo("本人只能记录“本人放弃”");
        for (ReferralStatus next : ReferralStatus.values()) {
            assertThat(ReferralSteps.mayRecord(ReferralActor.Kind.STAFF, next)).isTrue();
        }
    }

    @Test
    void aStepIsDatedNotBeforeTheLastStepAndNotInTheFuture() {
        assertThat(ReferralSteps.check(REFERRED, LAST, step(DELIVERED, LAST.minusDays(1), null), ReferralActor.Kind.STAFF, TODAY).get("on"))
                .contains("不能早于").contains("2026-06-01");
        assertThat(ReferralSteps.check(REFERRED, LAST, step(DELIVERED, TODAY.plusDays(1), null), ReferralActor.Kind.STAFF, TODAY).get("on"))
                .contains("不能晚于今天");
        assertThat(ReferralSteps.check(REFERRED, LAST, step(DELIVERED, LAST, null), ReferralActor.Kind.STAFF, TODAY)).isEmpty();
        assertThat(ReferralSteps.check(REFERRED, LAST, step(DELIVERED, null, null), ReferralActor.Kind.STAFF, TODAY)).containsKey("on");
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyAHireTakesAnIncome() {
        assertThat(ReferralSteps.check(INTERVIEW, LAST, step(REJECTED, TODAY, null), ReferralActor.Kind.EMPLOYER, TODAY).get("reason"))
                .isEqualTo("未录用须填写原因");
        assertThat(ReferralSteps.check(INTERVIEW, LAST, step(REJECTED, TODAY, "岗位要求驾驶证"), ReferralActor.Kind.EMPLOYER, TODAY)).isEmpty();
        StepInput income = new StepInput(INTERVIEW, TODAY, null, null, 0, 3000);
        assertThat(ReferralSteps.check(DELIVERED, LAST, income, ReferralActor.Kind.STAFF, TODAY)).containsKey("monthlyIncome");
    }

    @Test
    void unreadableFieldsAreNamedInChinese() {
        assertThatThrownBy(() -> StepInput.parse("HIRE", "2026/13/01", null, null, "x", "三千"))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("status", "on", "version", "monthlyIncome"));
        assertThat(StepInput.parse("录用", "2026-06-02", " ", "", "3", "2800"))
                .isEqualTo(new StepInput(HIRED, LocalDate.parse("2026-06-02"), null, null, 3, 2800));
    }

    private static StepInput step(ReferralStatus status, LocalDate on, String reason) {
        return new StepInput(status, on, null, reason, 0, null);
    }
}
