package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class PersonImportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    FieldCipher cipher;

    @Autowired
    JdbcClient jdbc;

    Api as(Role role) {
        UserAccount user = accounts.create("import-api", "150102", role);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void aGoodFileAnswers200AndIsSavedWhenNotADryRun() {
        Api staff = as(Role.STAFF);
        String certificate = ImportFiles.certificate(4, 2);
        byte[] file = ImportFiles.csv(List.of(ImportFiles.row(certificate, ImportFiles.uniqueName("接口"))));

        Api.Response dry = staff.postFile("/api/v1/persons/imports?dryRun=true", "persons.csv", file);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.json().get("imported").asLong()).isZero();
        assertThat(stored(certificate)).isZero();

        Api.Response saved = staff.postFile("/api/v1/persons/imports?dryRun=false", "persons.csv", file);
        assertThat(saved.status()).isEqualTo(200);
        JsonNode body = saved.json();
        assertThat(body.get("rows").asLong()).isEqualTo(1);
        assertThat(body.get("imported").asLong()).isEqualTo(1);
        assertThat(body.get("inserted").asLong()).isEqualTo(1);
        assertThat(body.get("updated").asLong()).isZero();
        assertThat(body.get("errors").size()).isZero();
        assertThat(stored(certificate)).isEqualTo(1);
    }

    @Test
    void aFileWithErrorsAnswers422WithEveryErrorAndSavesNothing() {
        Api grassroots = as(Role.GRASSROOTS);
        String good = ImportFiles.certificate(4, 3);
        List<String> bad = ImportFiles.row(ImportFiles.certificate(4, 1), ImportFiles.uniqueName("坏"));
        bad.set(5, "城市");
        bad.set(3, "博士后");
        byte[] file = ImportFiles.xlsx(List.of(ImportFiles.row(good, ImportFiles.uniqueName("好")), bad));

        Api.Response response = grassroots.postFile("/api/v1/persons/imports?dryRun=false", "upload", file);

        assertThat(response.status()).isEqualTo(422);
        JsonNode body = response.json();
        assertThat(body.get("rows").asLong()).isEqualTo(2);
        assertThat(body.get("imported").asLong()).isZero();
        assertThat(body.get("errors").size()).isEqualTo(2);
        JsonNode first = body.get("errors").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(3);
        assertThat(first.get("column").asString()).isEqualTo("文化程度");
        assertThat(first.get("value").asString()).isEqualTo("博士后");
        assertThat(first.get("message").asString()).startsWith("第3行「文化程度」（博士后）：");
        assertThat(stored(good)).isZero();
    }

    @Test
    void aViewerMayNotImport() {
        Api viewer = as(Role.VIEWER);
        byte[] file = ImportFiles.csv(List.of(ImportFiles.row(ImportFiles.certificate(4, 4), ImportFiles.uniqueName("看"))));
        assertThat(viewer.postFile("/api/v1/persons/imports?dryRun=true", "persons.csv", file).status()).isEqualTo(403);
    }

    long stored(String certificate) {
        return ImportFiles.stored(jdbc, cipher, certificate);
    }
}
