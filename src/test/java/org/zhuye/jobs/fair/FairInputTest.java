package org.zhuye.jobs.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.jobs.JobRuleException;

class FairInputTest {

    @Test
    void aOneDayFairMayLeaveOutItsEndAndGetsTheDefaultCallbackDays() {
        var checked = new FairInput("综合招聘会", "1501", "GENERAL", true, "2026-05-20", "", null, List.of(" A区 ", ""),
                "", null).validate();

        assertThat(checked.endsOn()).isEqualTo(checked.startsOn());
        assertThat(checked.callbackDays()).isEqualTo(14);
        assertThat(checked.zones()).containsExactly("A区");
    }

    @Test
    void repeatedZonesAndAnUnreadableDateAreNamed() {
        assertThatThrownBy(() -> new FairInput("综合招聘会", "1501", "GENERAL", true, "5月20日", "", null,
                FairInput.zonesFrom("A区、A区"), "x", null).validate())
                .isInstanceOf(JobRuleException.class)
                .satisfies(e -> assertThat(((JobRuleException) e).fieldErrors())
                        .containsEntry("startsOn", "开始日期须为日期（如 2026-05-20）")
                        .containsEntry("zones", "展区名称不能重复")
                        .containsEntry("callbackDays", "回访天数须为整数"));
    }
}
