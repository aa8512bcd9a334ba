package org.zhuye.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionListsTheRegionEndpointsAndBothSignInSchemes() {
        Api.Response response = Api.anonymous(port).get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        var paths = response.json().get("paths");
        assertThat(paths.has("/api/v1/regions/{code}")).isTrue();
        assertThat(paths.has("/api/v1/regions/{code}/children")).isTrue();
        assertThat(paths.has("/api/v1/regions/imports")).isTrue();
        assertThat(paths.has("/api/v1/casework/coverage")).isTrue();
        assertThat(response.json().get("components").get("securitySchemes").has("bearer")).isTrue();
    }
}
