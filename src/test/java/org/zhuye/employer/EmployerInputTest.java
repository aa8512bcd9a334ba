package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployerInputTest {

    private static EmployerInput input(String code, String type, String level, String posts, String school) {
        return new EmployerInput(code, "赤峰市某局", type, level, posts, school, "S", "150402000000", "王经理", "0476-8888888");
    }

    @Test
    void anAgencyWithItsLevelAndPostsIsAccepted() {
        EmployerInput.Validated validated = input(TestCreditCodes.of("1115040000000001"), "AGENCY", "盟市级", "60", null).validate();
        assertThat(validated.errors()).isEmpty();
        EmployerData data = validated.data();
        assertThat(data.type()).isEqualTo(EmployerType.AGENCY);
        assertThat(data.level()).isEqualTo(AdministrativeLevel.LEAGUE_CITY);
        assertThat(data.authorisedPosts()).isEqualTo(60);
        assertThat(data.school()).isFalse();
        assertThat(data.contactPhone()).isEqualTo("0476-8888888");
        assertThat(data.auditState()).containsEntry("contactPhone", "047*****8888");
    }

    @Test
    void agenciesAndPublicInstitutionsMustGiveALevelAndOthersMustNot() {
        assertThat(input(TestCreditCodes.next(), "事业单位", null, null, null).validate().errors())
                .containsOnlyKeys("level").containsValue("事业单位须填写行政级别（自治区级、盟市级、旗县级或乡镇级）");
        assertThat(input(TestCreditCodes.next(), "PRIVATE_ENTERPRISE", "TOWNSHIP", null, null).validate().errors())
                .containsEntry("level", "只有机关和事业单位填写行政级别，民营企业不填");
        assertThat(input(TestCreditCodes.next(), "PRIVATE_ENTERPRISE", null, null, "true").validate().ok()).isTrue();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        EmployerInput bad = new EmployerInput("914403001922038217", " ", "公司", "省级", "-3", "也许", "Z", "15040200",
                "王".repeat(51), "12345");
        assertThat(bad.validate().errors()).containsOnlyKeys("creditCode", "name", "type", "level", "authorisedPosts",
                "school", "industry", "regionCode", "contactName", "contactPhone");
        assertThat(bad.validate().errors().get("creditCode")).contains("第18位校验码");
    }

    @Test
    void theRegionMustBeAtCountyLevelOrBelow() {
        EmployerInput league = new EmployerInput(TestCreditCodes.next(), "单位", "OTHER", null, null, null, "C",
                "150400000000", null, null);
        assertThat(league.validate().errors()).containsOnlyKeys("regionCode");
        EmployerInput shortForm = new EmployerInput(TestCreditCodes.next(), "单位", "OTHER", null, null, null, "制造业",
                "150402", null, null);
        assertThat(shortForm.validate().data().regionCode()).isEqualTo("150402000000");
        assertThat(shortForm.validate().data().industry()).isEqualTo(Industry.C);
    }
}
