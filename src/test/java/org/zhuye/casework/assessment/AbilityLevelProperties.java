package org.zhuye.casework.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** The level rule of the assessment (scale ZY-2026): monotone in every score, thresholds exact. */
class AbilityLevelProperties {

    static AbilityScores scores(Inputs in) {
        return in.of(s -> new AbilityScores(s.between(0, 4), s.between(0, 4), s.between(0, 4), s.between(0, 4),
                s.between(0, 4), s.between(0, 4)));
    }

    @Test
    void raisingAnyScoreNeverLowersTheLevel() {
        Tries.check(in -> {
            AbilityScores scores = scores(in);
            int which = in.between(0, 5);
            int[] values = {scores.physical(), scores.sensory(), scores.cognition(), scores.dailyLiving(), scores.workSkills(), scores.interests()};
            if (values[which] == 4) {
                return;
            }
            values[which]++;
            AbilityScores raised = new AbilityScores(values[0], values[1], values[2], values[3], values[4], values[5]);
            // 一级 is number 1: a better level has a smaller number.
            assertThat(AbilityLevel.of(raised).number()).isLessThanOrEqualTo(AbilityLevel.of(scores).number());
        });
    }

    @Test
    void theLevelIsTheFirstWhoseTotalAndWeakestItemAreBothMet() {
        Tries.check(in -> {
            AbilityScores scores = scores(in);
            int total = scores.functionTotal();
            int weakest = scores.functionMinimum();
            AbilityLevel expected = total >= 16 && weakest >= 3 ? AbilityLevel.ONE
                    : total >= 12 && weakest >= 2 ? AbilityLevel.TWO
                    : total >= 7 && weakest >= 1 ? AbilityLevel.THREE
                    : AbilityLevel.FOUR;
            assertThat(AbilityLevel.of(scores)).isEqualTo(expected);
        });
    }

    @Test
    void interestsNeverChangeTheLevel() {
        Tries.check(in -> {
            AbilityScores scores = scores(in);
            int interests = in.between(0, 4);
            AbilityScores other = new AbilityScores(scores.physical(), scores.sensory(), scores.cognition(), scores.dailyLiving(),
                    scores.workSkills(), interests);
            assertThat(AbilityLevel.of(other)).isEqualTo(AbilityLevel.of(scores));
        });
    }

    @Test
    void levelOneNeedsSixteenPointsWithEveryItemAtLeastThree() {
        assertThat(AbilityLevel.of(new AbilityScores(4, 3, 3, 3, 3, 0))).isEqualTo(AbilityLevel.ONE);   // 16
        assertThat(AbilityLevel.of(new AbilityScores(3, 3, 3, 3, 3, 4))).isEqualTo(AbilityLevel.TWO);   // 15
        assertThat(AbilityLevel.of(new AbilityScores(4, 4, 4, 4, 2, 4))).isEqualTo(AbilityLevel.TWO);   // 18 but one 2
    }

    @Test
    void levelTwoNeedsTwelvePointsWithEveryItemAtLeastTwo() {
        assertThat(AbilityLevel.of(new AbilityScores(2, 2, 2, 2, 4, 0))).isEqualTo(AbilityLevel.TWO);   // 12
        assertThat(AbilityLevel.of(new AbilityScores(2, 2, 2, 2, 3, 0))).isEqualTo(AbilityLevel.THREE); // 11
        assertThat(AbilityLevel.of(new AbilityScores(4, 4, 4, 4, 1, 0))).isEqualTo(AbilityLevel.THREE); // 17 but one 1
    }

    @Test
    void levelThreeNeedsSevenPointsWithNoItemAtZero() {
        assertThat(AbilityLevel.of(new AbilityScores(1, 1, 1, 1, 3, 0))).isEqualTo(AbilityLevel.THREE); // 7
        assertThat(AbilityLevel.of(new AbilityScores(1, 1, 1, 1, 2, 4))).isEqualTo(AbilityLevel.FOUR);  // 6
        assertThat(AbilityLevel.of(new AbilityScores(0, 4, 4, 4, 4, 4))).isEqualTo(AbilityLevel.FOUR);  // one item 0
    }

    @Test
    void levelFourSuggestsNothingAndOthersSuggestSomething() {
        Tries.check(in -> {
            AbilityScores scores = scores(in);
            boolean none = WorkSuggestions.of(scores).isEmpty();
            assertThat(none).isEqualTo(AbilityLevel.of(scores) == AbilityLevel.FOUR);
        });
    }

    @Test
    void homeWorkIsSuggestedWhenGettingAboutIsTheObstacleButNotTheMind() {
        assertThat(WorkSuggestions.of(new AbilityScores(2, 3, 3, 2, 3, 3))).containsExactly("QUOTA", "CONCENTRATED", "PUBLIC_WELFARE", "SELF", "HOME");
        assertThat(WorkSuggestions.of(new AbilityScores(2, 3, 2, 2, 3, 3))).doesNotContain("HOME");
        assertThat(WorkSuggestions.of(new AbilityScores(4, 4, 4, 4, 3, 3))).containsExactly("QUOTA", "CONCENTRATED", "SELF");
        assertThat(WorkSuggestions.of(new AbilityScores(4, 4, 4, 4, 3, 2))).containsExactly("QUOTA", "CONCENTRATED");
        assertThat(WorkSuggestions.of(new AbilityScores(1, 2, 2, 1, 1, 2))).containsExactly("PUBLIC_WELFARE", "AUXILIARY");
    }
}
