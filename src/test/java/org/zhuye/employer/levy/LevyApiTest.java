package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;
import org.zhuye.employer.EmployerType;

@ZhuyeTest
class LevyApiTest {

    private static final String VECTOR_B = """
            {"year": 2024, "regionCode": "150000000000", "employerType": "PRIVATE_ENTERPRISE", "staffCount": 200,
             "wageTotal": 16000000, "disabledEmployees": [{"category": 4, "grade": 2, "months": 12}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Levies levies;

    private Api as(Role role, String region) {
        var user = accounts.create("levy-" + role.name().toLowerCase(), region, role);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void theCalculatorAnswersVectorBWithItsExplanationCitingTheSeededParameters() {
        Api.Response response = as(Role.STAFF, "150000000000").postJson("/api/v1/levy/calculate", VECTOR_B);
        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("due").asString()).isEqualTo("40000.00");
        assertThat(json.get("exempt").asBoolean()).isFalse();
        assertThat(json.get("counted").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.get("required").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(json.get("shortfall").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(json.get("ratio").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(json.get("factor").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(json.get("steps")).hasSize(9);
        assertThat(json.get("steps").toString()).contains("第180号", "2023年第8号", "85,000.00", "未确认");
    }

    private static String withEmployees(int count) {
        String rows = String.join(",", java.util.Collections.nCopies(count, "{\"category\":4,\"grade\":2,\"months\":12}"));
        return "{\"year\": 2024, \"regionCode\": \"150102000000\", \"employerType\": \"PRIVATE_ENTERPRISE\","
                + " \"wageTotal\": 2400000, \"staffCount\": 20000, \"disabledEmployees\": [" + rows + "]}";
    }

    @Test
    void aCalculationWithMoreEmployeesThanTheMaximumIsRefusedOnTheFieldAndAHugeBodyIsRefusedUnread() {
        Api api = as(Role.EMPLOYER, "150102000000");
        Api.Response tooMany = api.postJson("/api/v1/levy/calculate", withEmployees(LevyInput.MAX_EMPLOYEES + 1));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("fieldErrors").get("disabledEmployees").asString()).contains("最多 10000 名");
        Api.Response huge = api.postJson("/api/v1/levy/calculate", withEmployees(300_000));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("error").asString()).contains("请求内容过大");
        assertThat(api.postJson("/api/v1/levy/calculate", withEmployees(LevyInput.MAX_EMPLOYEES)).status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionListsTheCalculator() {
        assertThat(Api.anonymous(port).get("/api/openapi.json").json().get("paths").has("/api/v1/levy/calculate")).isTrue();
    }

    @Test
    void anEmployerUserMayUseTheCalculatorButAnonymousCallersMayNot() {
        assertThat(as(Role.EMPLOYER, "150102000000").postJson("/api/v1/levy/calculate", VECTOR_B).status()).isEqualTo(200);
        assertThat(Api.anonymous(port).postJson("/api/v1/levy/calculate", VECTOR_B).status()).isEqualTo(401);
    }

    @Test
    void monthlyHeadcountsOfT7AreRoundedHalfUpByDefault() {
        Api api = as(Role.VIEWER, "150000000000");
        JsonNode exempt = api.postJson("/api/v1/levy/calculate", """
                {"year": 2024, "regionCode": "150102000000", "employerType": "PRIVATE_ENTERPRISE", "wageTotal": 2400000,
                 "monthlyHeadcounts": [28,29,30,30,31,31,32,32,31,30,30,31]}""").json();
        assertThat(exempt.get("exempt").asBoolean()).isTrue();
        assertThat(exempt.get("due").asString()).isEqualTo("0.00");
        JsonNode taxed = api.postJson("/api/v1/levy/calculate", """
                {"year": 2024, "regionCode": "150102000000", "employerType": "PRIVATE_ENTERPRISE", "wageTotal": 2400000,
                 "monthlyHeadcounts": [29,29,30,30,31,31,32,32,31,31,30,31]}""").json();
        assertThat(taxed.get("exempt").asBoolean()).isFalse();
        assertThat(taxed.get("staff").asInt()).isEqualTo(31);
    }

    @Test
    void aYearWithoutASocialAverageWageNeedsOneInTheRequest() {
        Api api = as(Role.STAFF, "150000000000");
        String without = VECTOR_B.replace("2024", "2025");
        Api.Response refused = api.postJson("/api/v1/levy/calculate", without);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString())
                .contains("缺少 2025 征收年度 内蒙古自治区 的“当地社会平均工资（元）”（请自治区管理员或所在盟市的管理员在“参数管理”中添加）",
                        "也可在计算时直接填写当地社会平均工资")
                .doesNotContain("socialAverageWage");
        Api.Response answered = api.postJson("/api/v1/levy/calculate", without.replace("\"staffCount\"", "\"socialAverageWage\": 30000, \"staffCount\""));
        assertThat(answered.status()).isEqualTo(200);
        // Capped at 2 × 30,000: 1 × 60,000 × 50%.
        assertThat(answered.json().get("due").asString()).isEqualTo("30000.00");
    }

    @Test
    void badInputIsRefusedWithAChineseMessageNamingTheField() {
        Api api = as(Role.STAFF, "150000000000");
        assertRefused(api, VECTOR_B.replace("\"staffCount\": 200", "\"staffCount\": -5"), "staffCount", "应至少为1");
        assertRefused(api, VECTOR_B.replace("\"staffCount\": 200", "\"monthlyHeadcounts\": [1,2,3]"), "monthlyHeadcounts", "应正好12个，收到 3 个");
        assertRefused(api, VECTOR_B.replace("\"category\": 4", "\"category\": 8"), "disabledEmployees[0].category", "应为1–7");
        assertRefused(api, VECTOR_B.replace("\"grade\": 2", "\"grade\": 0"), "disabledEmployees[0].grade", "应为1–4");
        assertRefused(api, VECTOR_B.replace("\"months\": 12", "\"months\": 13"), "disabledEmployees[0].months", "应为1–12");
        assertRefused(api, VECTOR_B.replace("PRIVATE_ENTERPRISE", "FARM"), "employerType", "收到“FARM”");
        assertRefused(api, VECTOR_B.replace("150000000000", "459900000000"), "regionCode", "不在区划库中");
        assertRefused(api, VECTOR_B.replace("150000000000", "15x"), "regionCode", "不是12位统计用区划代码");
        assertRefused(api, VECTOR_B.replace("16000000", "-1"), "wageTotal", "不能为负数");

        Api.Response noYear = api.postJson("/api/v1/levy/calculate", VECTOR_B.replace("2024", "2030"));
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().get("error").asString())
                .contains("缺少 2030 征收年度 内蒙古自治区 的", "企业暂免征收", "在“参数管理”中添加").doesNotContain("ENTERPRISE");

        Api.Response wrongType = api.postJson("/api/v1/levy/calculate", VECTOR_B.replace("\"months\": 12", "\"months\": \"全年\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("error").asString()).contains("disabledEmployees[0].months", "值类型不对");
        Api.Response notJson = api.postJson("/api/v1/levy/calculate", "{\"year\": 2024,");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error").asString()).contains("JSON");
    }

    private static void assertRefused(Api api, String body, String field, String message) {
        Api.Response response = api.postJson("/api/v1/levy/calculate", body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.json().get("fieldErrors").has(field)).as(response.body()).isTrue();
        assertThat(response.json().get("error").asString()).contains(message);
    }

    @Test
    void theSeededTableHoldsRulesMdsParametersFor2024AndLeaguesInheritThem() {
        LevyParameters league = levies.parametersFor(RegionCode.of("1525"), 2024);
        LevyParameters expected = LevyFixtures.parameters();
        assertThat(league.quotaRatio()).isEqualByComparingTo(expected.quotaRatio());
        assertThat(league.socialAverageWage()).isEqualByComparingTo(expected.socialAverageWage());
        assertThat(league.wageCapMultiple()).isEqualByComparingTo(expected.wageCapMultiple());
        assertThat(league.enterpriseExemptionMaxStaff()).isEqualTo(30);
        assertThat(league.tierRatio()).isEqualByComparingTo("0.01");
        assertThat(league.factorAtOrAboveTier()).isEqualByComparingTo("0.5");
        assertThat(league.factorBelowTier()).isEqualByComparingTo("0.9");
        assertThat(league.headcountRounding()).isEqualTo(HeadcountRounding.HALF_UP);
        assertThat(league.doubleCountMaxGrade()).isEqualTo(2);
        assertThat(league.doubleCountCategories()).containsExactly(5, 6);
        assertThat(league.partYearCounting()).isEqualTo(PartYearCounting.BY_MONTH);
        assertThat(league.row(LevyParameter.SOCIAL_AVERAGE_WAGE).unconfirmed()).isTrue();
        assertThat(league.row(LevyParameter.HEADCOUNT_ROUNDING).unconfirmed()).isTrue();
        assertThat(league.row(LevyParameter.QUOTA_RATIO).unconfirmed()).isFalse();
    }

    @Test
    void beforeTheTieredCollectionEveryShortfallIsPaidInFullOnAThreefoldCap() {
        LevyParameters y2019 = levies.parametersFor(RegionCode.of("15"), 2019);
        assertThat(y2019.wageCapMultiple()).isEqualByComparingTo("3");
        LevyDeclaration vectorB2019 = new LevyDeclaration(2019, RegionCode.of("15"), EmployerType.PRIVATE_ENTERPRISE,
                Headcount.of(200), BigDecimal.valueOf(16_000_000), BigDecimal.valueOf(85_000),
                java.util.List.of(new DisabledEmployee(4, 2, 12)));
        LevyResult result = levies.assess(vectorB2019);
        assertThat(result.factor()).isEqualByComparingTo("1");
        assertThat(result.due()).isEqualByComparingTo("80000.00");
    }
}
