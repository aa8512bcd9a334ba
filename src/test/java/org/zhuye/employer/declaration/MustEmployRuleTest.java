package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.AdministrativeLevel.AUTONOMOUS_REGION;
import static org.zhuye.employer.AdministrativeLevel.BANNER_COUNTY;
import static org.zhuye.employer.AdministrativeLevel.LEAGUE_CITY;
import static org.zhuye.employer.EmployerType.AGENCY;
import static org.zhuye.employer.EmployerType.PUBLIC_INSTITUTION;
import static org.zhuye.employer.EmployerType.STATE_OWNED_ENTERPRISE;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MustEmployRuleTest {

    private static final BigDecimal RATIO = new BigDecimal("0.015");

    @Test
    void regionAndLeagueAgenciesAreNamedFromFiftyPostsOnly() {
        assertThat(MustEmployRule.applies(AGENCY, LEAGUE_CITY, 49, false)).isFalse();
        assertThat(MustEmployRule.applies(AGENCY, LEAGUE_CITY, 50, false)).isTrue();
        assertThat(MustEmployRule.applies(AGENCY, AUTONOMOUS_REGION, 50, false)).isTrue();
        assertThat(MustEmployRule.applies(AGENCY, BANNER_COUNTY, 500, false)).isFalse();
        assertThat(MustEmployRule.applies(AGENCY, LEAGUE_CITY, null, false)).isFalse();
    }

    @Test
    void publicInstitutionsAreNamedFromSixtySevenPostsExceptSchoolsAndKindergartens() {
        assertThat(MustEmployRule.applies(PUBLIC_INSTITUTION, BANNER_COUNTY, 66, false)).isFalse();
        assertThat(MustEmployRule.applies(PUBLIC_INSTITUTION, BANNER_COUNTY, 67, false)).isTrue();
        assertThat(MustEmployRule.applies(PUBLIC_INSTITUTION, LEAGUE_CITY, 67, true)).isFalse();
        assertThat(MustEmployRule.applies(STATE_OWNED_ENTERPRISE, null, 1000, false)).isFalse();
    }

    @Test
    void aNamedUnitIsFlaggedOnlyWhileItEmploysLessThanOneAndIsUnderTheRatio() {
        assertThat(MustEmployRule.flagged(PUBLIC_INSTITUTION, LEAGUE_CITY, 67, false, BigDecimal.ZERO, RATIO)).isTrue();
        assertThat(MustEmployRule.flagged(PUBLIC_INSTITUTION, LEAGUE_CITY, 67, false, new BigDecimal("0.5"), RATIO)).isTrue();
        assertThat(MustEmployRule.flagged(PUBLIC_INSTITUTION, LEAGUE_CITY, 67, false, BigDecimal.ONE, RATIO)).isFalse();
        // 50 posts × 1.5% = 0.75: half a person-year is under the ratio and under one; 0.75 is neither.
        assertThat(MustEmployRule.flagged(AGENCY, LEAGUE_CITY, 50, false, new BigDecimal("0.5"), RATIO)).isTrue();
        assertThat(MustEmployRule.flagged(AGENCY, LEAGUE_CITY, 50, false, new BigDecimal("0.75"), RATIO)).isFalse();
    }
}
