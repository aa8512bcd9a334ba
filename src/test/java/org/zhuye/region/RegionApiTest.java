package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class RegionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    org.zhuye.account.ApiTokens tokens;

    private Api admin;

    /** Many calls: a bearer token spares a bcrypt check per request. */
    private Api provinceAdmin() {
        if (admin == null) {
            var account = accounts.provinceAdmin();
            admin = Api.bearer(port, tokens.issue(account, account.id(), "region tests", java.time.Duration.ofDays(1)));
        }
        return admin;
    }

    @Test
    void theProvinceHasTwelveLeaguesAndCities() {
        Api.Response response = provinceAdmin().get("/api/v1/regions/15/children");
        assertThat(response.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().forEach(r -> names.add(r.get("name").asString()));
        assertThat(names).hasSize(12).contains("呼和浩特市", "包头市", "兴安盟", "锡林郭勒盟", "阿拉善盟");
        response.json().forEach(r -> {
            assertThat(r.get("level").asInt()).isEqualTo(2);
            assertThat(r.get("parentCode").asString()).isEqualTo("150000000000");
            assertThat(r.get("code").asString()).matches("15[0-9]{2}00000000");
        });
    }

    @Test
    void aRegionAnswersTheSameByFullCodeAndByPrefix() {
        JsonNode byPrefix = provinceAdmin().get("/api/v1/regions/1501").json();
        JsonNode byFull = provinceAdmin().get("/api/v1/regions/150100000000").json();
        assertThat(byPrefix).isEqualTo(byFull);
        assertThat(byPrefix.get("code").asString()).isEqualTo("150100000000");
        assertThat(byPrefix.get("name").asString()).isEqualTo("呼和浩特市");
        assertThat(byPrefix.get("level").asInt()).isEqualTo(2);
        assertThat(byPrefix.get("parentCode").asString()).isEqualTo("150000000000");
    }

    @Test
    void countsPerLevelMatchThe2023StatisticalCodes() {
        int[] expected = {0, 1, 12, 108, 1225, 14592};
        int[] counted = new int[6];
        countBelow("15", provinceAdmin(), counted);
        counted[1] = 1;
        assertThat(counted).containsExactly(expected);
    }

    private void countBelow(String code, Api api, int[] counted) {
        // Walk only to county level through the API, then count the rest in two calls per county.
        for (JsonNode child : api.get("/api/v1/regions/" + code + "/children").json()) {
            int level = child.get("level").asInt();
            counted[level]++;
            if (level == 3) {
                for (JsonNode township : api.get("/api/v1/regions/" + child.get("prefix").asString() + "/children").json()) {
                    counted[township.get("level").asInt()]++;
                    counted[5] += township.get("childCount").asInt();
                }
            } else if (level < 3) {
                countBelow(child.get("prefix").asString(), api, counted);
            }
        }
    }

    @Test
    void aDistrictUserGetsNotFoundForAnotherDistrict() {
        var xincheng = accounts.create("xincheng", "150102000000", Role.STAFF);
        Api api = Api.basic(port, xincheng.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/regions/150102").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/regions/150102001").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/regions/150203").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/regions/150203/children").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/regions/150203001").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/regions/15").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/regions?q=昆都仑").json()).isEmpty();
        assertThat(api.get("/api/v1/regions/150203").json().get("error").asString()).contains("不在您的管辖范围内");
    }

    @Test
    void searchFindsByNameAndByCodePrefixInsideTheJurisdiction() {
        JsonNode byName = provinceAdmin().get("/api/v1/regions?q=" + java.net.URLEncoder.encode("昆都仑", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(byName.get(0).get("code").asString()).isEqualTo("150203000000");
        JsonNode byCode = provinceAdmin().get("/api/v1/regions?q=150203&limit=5").json();
        assertThat(byCode).hasSize(5);
        byCode.forEach(r -> assertThat(r.get("code").asString()).startsWith("150203"));
    }

    @Test
    void unknownOrMalformedCodesAnswerNotFound() {
        assertThat(provinceAdmin().get("/api/v1/regions/159999").status()).isEqualTo(404);
        assertThat(provinceAdmin().get("/api/v1/regions/150").status()).isEqualTo(404);
        assertThat(provinceAdmin().get("/api/v1/regions/abc").status()).isEqualTo(404);
    }

    @Test
    void theApiRefusesAnonymousCallersWithAChineseMessage() {
        Api.Response response = Api.anonymous(port).get("/api/v1/regions/15");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).contains("需要登录");
    }

    @Test
    void outsideRolesCannotReadTheTree() {
        var employer = accounts.create("employer", "150102000000", Role.EMPLOYER);
        Api api = Api.basic(port, employer.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/regions/150102").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me").json().get("roles").get(0).asString()).isEqualTo("EMPLOYER");
    }
}
