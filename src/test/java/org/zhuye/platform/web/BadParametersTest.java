package org.zhuye.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/** Parameters that cannot be read as their type, or hold a NUL character, are the caller's mistake: 400, never 500. */
@ZhuyeTest
class BadParametersTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private Api admin() {
        var user = accounts.create("bad-params", "150000000000", Role.ADMIN, Role.STAFF);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    /**
     * Every operation of the API description, each parameter given {@code abc}, then a NUL character:
     * never a 5xx; a typed parameter (number, boolean, date, enumeration) given {@code abc} and any query
     * parameter holding NUL answer 400 with the error body. Text filters may ignore {@code abc}.
     */
    @Test
    void everyApiOperationAnswersBadParameterValuesWithA4xxAndTheErrorBodyNeverA500() {
        Api api = admin();
        JsonNode paths = api.get("/api/openapi.json").json().get("paths");
        List<String> failures = new ArrayList<>();
        int typedOperations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode parameters = operation.getValue().get("parameters");
                if (parameters == null || parameters.isEmpty()) {
                    continue;
                }
                boolean typed = false;
                boolean hasQuery = false;
                for (JsonNode parameter : parameters) {
                    JsonNode schema = parameter.path("schema");
                    typed |= !schema.path("type").asString("string").equals("string") || schema.has("enum")
                            || schema.has("format");
                    hasQuery |= parameter.get("in").asString().equals("query");
                }
                typedOperations += typed ? 1 : 0;
                for (String bad : List.of("abc", "%00", "1%00")) {
                    String url = path.getKey();
                    List<String> query = new ArrayList<>();
                    for (JsonNode parameter : parameters) {
                        String name = parameter.get("name").asString();
                        String in = parameter.get("in").asString();
                        if (in.equals("path")) {
                            // Tomcat itself refuses an encoded NUL in the path (400) before Zhuye sees it.
                            url = url.replace("{" + name + "}", bad.contains("%00") ? "1" : bad);
                        } else if (in.equals("query")) {
                            query.add(name + "=" + bad);
                        }
                    }
                    String request = operation.getKey().toUpperCase() + " " + url
                            + (query.isEmpty() ? "" : "?" + String.join("&", query));
                    Api.Response response = api.send(operation.getKey().toUpperCase(),
                            url + (query.isEmpty() ? "" : "?" + String.join("&", query)), "{}");
                    boolean mustRefuse = bad.equals("abc") ? typed : hasQuery;
                    if (response.status() >= 500 || (mustRefuse && response.status() != 400)) {
                        failures.add(request + " → " + response.status() + " " + response.body());
                    } else if (response.status() >= 400
                            && (!response.body().startsWith("{") || !response.json().has("error"))) {
                        failures.add(request + " → 没有错误说明：" + response.body());
                    }
                }
            }
        }
        assertThat(typedOperations).as("the API has typed parameters to try").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void theApiDescriptionListsNoArgumentThatTheServerResolvesItself() {
        String description = Api.anonymous(port).get("/api/openapi.json").body();
        assertThat(description).doesNotContain("\"name\":\"jurisdiction\"").doesNotContain("\"name\":\"user\"");
    }

    @Test
    void theRegistrySearchNamesTheParameterThatIsNotANumber() {
        Api api = admin();
        for (String parameter : List.of("category", "grade", "minAge", "maxAge", "page", "size")) {
            Api.Response response = api.get("/api/v1/persons?" + parameter + "=abc");
            assertThat(response.status()).as(parameter).isEqualTo(400);
            assertThat(response.json().get("error").asString()).isEqualTo("参数 " + parameter + " 的值“abc”无效：应为整数");
        }
        Api.Response days = api.get("/api/v1/casework/public-posts/ending?days=abc");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.json().get("error").asString()).contains("days");
        Api.Response nul = api.get("/api/v1/persons?name=%E5%BC%A0%00");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("error").asString()).isEqualTo("参数 name 的值含有不允许的控制字符（NUL）");
    }

    @Test
    void anUploadWhoseFileNameHoldsANulCharacterIsRefused() {
        Api.Response response = admin().postFile("/api/v1/persons/imports?dryRun=true", "a\u0000.csv",
                "姓名\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("上传的文件名含有不允许的控制字符（NUL）");
    }

    @Test
    void aPageWithABadParameterShowsTheErrorPageNamingIt() {
        var staff = accounts.create("bad-page", "150102000000", Role.STAFF);
        PageSession pages = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        PageSession.Page export = pages.get("/persons/export.csv?category=abc");
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.body()).contains("请求有误").contains("参数 category 的值“abc”无效：应为整数")
                .doesNotContain("Exception");
        PageSession.Page nul = pages.get("/persons?name=%00");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("请求有误").doesNotContain("Exception");
    }
}
