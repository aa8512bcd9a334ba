package org.zhuye.employer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.employee;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.employer.declaration.Declarations;
import org.zhuye.platform.xlsx.XlsxReader;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/** 公示 without signing in: confirmed declarations of public units only, and nothing about any person. */
@ZhuyeTest
class DisclosureTest {

    private static final String VILLAGE = "150802001002";

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;
    @Autowired
    Disclosure disclosure;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aSystemWithNoConfirmedDeclarationYetDefaultsToLastYear() {
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE quota_declaration SET status = 'SUBMITTED', result_due = NULL WHERE status = 'CONFIRMED'").update();
            org.assertj.core.api.Assertions.assertThat(disclosure.defaultYear())
                    .isEqualTo(java.time.LocalDate.now().getYear() - 1);
            status.setRollbackOnly();
        });
    }

    @Test
    void theDisclosureShowsOnlyConfirmedPublicUnitsAndNoPersonalDataToAnyone() throws Exception {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        UserAccount staff = fixtures.staff("150802000000");
        String certificate = fixtures.person("公示保密人", 4, 2);
        long agency = fixtures.unit("公示测试盟市局", "AGENCY", "LEAGUE_CITY", 60, false, VILLAGE);
        long soe = fixtures.unit("公示测试待审国企", "STATE_OWNED_ENTERPRISE", null, null, false, VILLAGE);
        long institution = fixtures.unit("公示测试草稿事业单位", "PUBLIC_INSTITUTION", "BANNER_COUNTY", 80, false, VILLAGE);
        long privateFirm = fixtures.enterprise("公示测试民营企业", VILLAGE);

        long confirmed = declarations.create(agency, String.valueOf(YEAR),
                input(60, "4800000", employee("公示保密人", certificate)), staff, staff.jurisdiction());
        declarations.submit(confirmed, 0, staff, staff.jurisdiction());
        declarations.confirm(confirmed, 1, staff, staff.jurisdiction());
        long submitted = declarations.create(soe, String.valueOf(YEAR), input(500, "40000000"), staff, staff.jurisdiction());
        declarations.submit(submitted, 0, staff, staff.jurisdiction());
        declarations.create(institution, String.valueOf(YEAR), input(80, "6400000"), staff, staff.jurisdiction());
        long firm = declarations.create(privateFirm, String.valueOf(YEAR), input(90, "7200000"), staff, staff.jurisdiction());
        declarations.submit(firm, 0, staff, staff.jurisdiction());
        declarations.confirm(firm, 1, staff, staff.jurisdiction());

        Api anonymous = Api.anonymous(port);
        Api.Response api = anonymous.get("/api/v1/disclosure?year=" + YEAR + "&regionCode=" + VILLAGE);
        assertThat(api.status()).isEqualTo(200);
        JsonNode units = api.json().get("units");
        assertThat(units).hasSize(1);
        JsonNode unit = units.get(0);
        assertThat(unit.get("name").asString()).isEqualTo("公示测试盟市局");
        assertThat(unit.get("authorisedPosts").asInt()).isEqualTo(60);
        assertThat(unit.get("staff").asString()).isEqualTo("60");
        assertThat(unit.get("required").asString()).isEqualTo("0.9");
        assertThat(unit.get("actual").asString()).isEqualTo("2");
        assertThat(unit.get("complies").asBoolean()).isTrue();
        assertNothingPersonal(api.body(), certificate);

        Api.Response page = anonymous.get("/disclosure?year=" + YEAR + "&region=" + VILLAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("公示测试盟市局").doesNotContain("公示测试待审国企", "公示测试草稿事业单位",
                "公示测试民营企业", "登录");
        assertNothingPersonal(page.body(), certificate);

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/disclosure.xlsx?year=" + YEAR + "&region=" + VILLAGE)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("disclosure", ".xlsx");
        Files.write(file, xlsx.body());
        List<List<String>> rows = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        } finally {
            Files.delete(file);
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("公示测试盟市局", "机关（盟市级）");
        assertNothingPersonal(rows.toString(), certificate);

        // The declarations themselves stay behind the sign-in.
        assertThat(anonymous.get("/api/v1/declarations").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/declarations/" + confirmed).status()).isEqualTo(401);
    }

    private static void assertNothingPersonal(String text, String certificate) {
        assertThat(text).doesNotContain("公示保密人", certificate.substring(0, 6) + "*", certificate.substring(6, 14),
                certificate.substring(14, 18) + "·");
    }
}
