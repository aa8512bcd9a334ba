package org.zhuye.casework.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowupRulesTest {

    static final LocalDate PLACED = LocalDate.parse("2025-01-31");
    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Test
    void followupsFallDueAtOneThreeSixAndTwelveCalendarMonthsClampedAtMonthEnd() {
        assertThat(FollowupSchedule.dueOn(PLACED, 1)).isEqualTo("2025-02-28");
        assertThat(FollowupSchedule.dueOn(PLACED, 3)).isEqualTo("2025-04-30");
        assertThat(FollowupSchedule.dueOn(PLACED, 6)).isEqualTo("2025-07-31");
        assertThat(FollowupSchedule.dueOn(PLACED, 12)).isEqualTo("2026-01-31");
        assertThatThrownBy(() -> FollowupSchedule.dueOn(PLACED, 2)).hasMessageContaining("1、3、6、12");
    }

    @Test
    void aFollowupMayBeRecordedFromAWeekBeforeItsDueDay() {
        assertThat(input("3", "2025-04-23", "true", "40").validate(PLACED, TODAY).errors()).isEmpty();
        assertThat(input("3", "2025-04-22", "true", "40").validate(PLACED, TODAY).errors().get("followedOn"))
                .contains("2025-04-30").contains("2025-04-23");
    }

    @Test
    void hoursAreRequiredWhileEmployedAndRefusedAfterLeaving() {
        assertThat(input("6", "2025-08-01", "true", "").validate(PLACED, TODAY).errors()).containsKey("weeklyHours");
        assertThat(input("6", "2025-08-01", "false", "20").validate(PLACED, TODAY).errors()).containsKey("weeklyHours");
        assertThat(input("6", "2025-08-01", "false", "").validate(PLACED, TODAY).errors()).containsKey("leftOn");
        FollowupInput left = new FollowupInput("6", "2025-08-01", "乌云", "false", "", null, null, "2025-07-20");
        assertThat(left.validate(PLACED, TODAY).followup().stillEmployed()).isFalse();
        assertThat(input("5", "2027-01-01", null, "x").validate(PLACED, TODAY).errors())
                .containsKeys("month", "followedOn", "stillEmployed", "weeklyHours");
    }

    @Test
    void retentionIsStillEmployedOverDueAndNullWhenNothingWasDue() {
        assertThat(new RetentionFigures(4, 3, 2).rate()).isEqualTo(0.5);
        assertThat(RetentionFigures.NONE.rate()).isNull();
        assertThat(new RetentionFigures(1, 1, 1).plus(new RetentionFigures(2, 1, 0))).isEqualTo(new RetentionFigures(3, 2, 1));
    }

    private static FollowupInput input(String month, String on, String employed, String hours) {
        return new FollowupInput(month, on, "乌云", employed, hours, null, null);
    }
}
