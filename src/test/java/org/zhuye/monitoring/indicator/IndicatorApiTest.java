package org.zhuye.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * The indicator API on the real database, in 镶黄旗 (152528): a move into work recorded through the registry
 * moves 新增就业, its form's part and 农村 at once, in the county and in its township's row; unknown codes and
 * regions outside the caller's area are 404, a bad period 422 in Chinese; other roles see nothing.
 */
@ZhuyeTest
class IndicatorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory history;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueListsTheEmploymentIndicatorsWithHowTheyAddUp() {
        Api api = Api.basic(port, accounts.create("ind-cat", "150000000000", Role.VIEWER).username(), AccountFixtures.PASSWORD);
        JsonNode catalogue = api.get("/api/v1/indicators").json();
        List<String> codes = catalogue.valueStream().map(n -> n.get("code").asString()).toList();
        assertThat(codes).contains("new_employment", "new_employment.0", "new_employment.7", "new_employment_urban.3",
                "new_employment_rural.6", "employed_persons", "employment_rate");
        JsonNode rate = catalogue.valueStream().filter(n -> n.get("code").asString().equals("employment_rate")).findFirst().orElseThrow();
        assertThat(rate.get("additive").asBoolean()).isFalse();
        assertThat(rate.get("aggregation").asString()).isEqualTo("RATIO");
        assertThat(rate.get("unit").asString()).isEqualTo("%");
        JsonNode part = catalogue.valueStream().filter(n -> n.get("code").asString().equals("new_employment.2")).findFirst().orElseThrow();
        assertThat(part.get("parent").asString()).isEqualTo("new_employment");
        assertThat(part.get("name").asString()).contains("集中就业");
    }

    @Test
    void aMoveIntoWorkCountsAtOnceInTheCountyItsTownshipItsFormAndItsHukou() {
        String village = jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '152528%' ORDER BY code LIMIT 1")
                .query(String.class).single();
        String township = village.substring(0, 9) + "000";
        UserAccount staff = accounts.create("ind-county", "152528000000", Role.STAFF);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        int year = LocalDate.now().getYear();
        String query = "?region=152528&from=" + year + "-01-01&to=" + year + "-12-31";
        JsonNode before = api.get("/api/v1/indicators/new_employment" + query).json();
        long formBefore = api.get("/api/v1/indicators/new_employment.2" + query).json().get("value").asLong();
        long ruralBefore = api.get("/api/v1/indicators/new_employment_rural" + query).json().get("value").asLong();
        long urbanBefore = api.get("/api/v1/indicators/new_employment_urban" + query).json().get("value").asLong();

        long person = people.register(village, LocalDate.parse("1990-05-05"), Sex.MALE, 4, 3);
        people.notEmployed(person, LocalDate.now().withDayOfYear(1).toString(), true);
        history.record(person, new EmploymentInput(LocalDate.now().toString(), "是", "集中就业", "镶黄旗福利厂", null, null, null, null, null),
                false, Jurisdiction.of("152528"));

        JsonNode after = api.get("/api/v1/indicators/new_employment" + query).json();
        assertThat(after.get("value").asLong()).isEqualTo(before.get("value").asLong() + 1);
        assertThat(after.get("regionCode").asString()).isEqualTo("152528000000");
        assertThat(after.get("from").asString()).isEqualTo(year + "-01-01");
        assertThat(after.get("target").isNull()).isTrue();
        assertThat(childValue(after, township)).isEqualTo(childValue(before, township) + 1);
        long sumOfChildren = after.get("children").valueStream().mapToLong(c -> c.get("value").asLong()).sum();
        assertThat(sumOfChildren).isLessThanOrEqualTo(after.get("value").asLong());
        assertThat(api.get("/api/v1/indicators/new_employment.2" + query).json().get("value").asLong()).isEqualTo(formBefore + 1);
        assertThat(api.get("/api/v1/indicators/new_employment_rural" + query).json().get("value").asLong()).isEqualTo(ruralBefore + 1);
        assertThat(api.get("/api/v1/indicators/new_employment_urban" + query).json().get("value").asLong()).isEqualTo(urbanBefore);
        assertThat(api.get("/api/v1/indicators/new_employment?region=152528&period=" + year).json().get("value").asLong())
                .isEqualTo(after.get("value").asLong());

        JsonNode rate = api.get("/api/v1/indicators/employment_rate?region=" + township.substring(0, 9) + "&period=" + year).json();
        assertThat(rate.get("base").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(rate.get("value").asLong()).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(rate.get("base").asLong());
    }

    @Test
    void unknownCodesAndRegionsOutsideTheAreaAre404AndABadPeriodIs422InChinese() {
        Api api = Api.basic(port, accounts.create("ind-err", "152528000000", Role.STAFF).username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/indicators/no_such_thing?region=152528").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/indicators/new_employment?region=1501").status()).isEqualTo(404);
        Api.Response bad = api.get("/api/v1/indicators/new_employment?region=152528&period=2024Q5");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fieldErrors").get("period").asString()).contains("统计期（period）").contains("2024Q3");
        Api.Response both = api.get("/api/v1/indicators/new_employment?region=15x&from=2024-05-01&to=2024-01-01");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().get("fieldErrors").properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("region", "from");

        Api employer = Api.basic(port, accounts.create("ind-emp", "152528000000", Role.EMPLOYER).username(), AccountFixtures.PASSWORD);
        assertThat(employer.get("/api/v1/indicators").status()).isIn(403, 404);
    }

    private static long childValue(JsonNode answer, String code) {
        return answer.get("children").valueStream().filter(c -> c.get("regionCode").asString().equals(code))
                .mapToLong(c -> c.get("value").asLong()).findFirst().orElseThrow();
    }
}
