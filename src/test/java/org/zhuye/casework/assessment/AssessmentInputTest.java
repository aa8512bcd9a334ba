package org.zhuye.casework.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuye.casework.CaseworkCodes;

class AssessmentInputTest {

    static final CaseworkCodes CODES = new CaseworkCodes(Map.of("work_kind", List.of(
            new CaseworkCodes.Code("QUOTA", "按比例就业", true), new CaseworkCodes.Code("AUXILIARY", "辅助性就业", true),
            new CaseworkCodes.Code("OLD", "旧形式", false))));

    @Test
    void everyMissingScoreAndUnknownKindIsNamed() {
        AssessmentInput input = new AssessmentInput("3", "", "5", "x", "2", null, null, null, null, null, null, null, List.of("OLD"));
        var result = input.validate(CODES);
        assertThat(result.scores()).isNull();
        assertThat(result.errors()).containsOnlyKeys("sensory", "cognition", "dailyLiving", "interests", "kinds");
        assertThat(result.errors().get("cognition")).contains("认知").contains("0到4分");
        assertThat(result.errors().get("kinds")).contains("OLD");
    }

    @Test
    void aLevelThatCanWorkNeedsAKindChosenButLevelFourDoesNot() {
        var able = new AssessmentInput("3", "3", "3", "3", "3", "3", null, null, null, null, null, null, List.of()).validate(CODES);
        assertThat(able.errors()).containsKey("kinds");
        var notYet = new AssessmentInput("0", "1", "1", "1", "1", "0", "卧床", null, null, null, null, null, null).validate(CODES);
        assertThat(notYet.errors()).isEmpty();
        assertThat(notYet.notes()).containsEntry("physical", "卧床");
        assertThat(AbilityLevel.of(notYet.scores())).isEqualTo(AbilityLevel.FOUR);
    }
}
