package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.database.DataDirectory;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/** A file the operator placed in the data directory's imports/, imported as an upload is: same checks, job and audit. */
@ZhuyeTest
class PlacedImportTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    DataDirectory dataDirectory;

    @Autowired
    FieldCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorImportsAPlacedFileThroughTheApiAndTheFileStays() throws IOException {
        String certificate = ImportFiles.certificate(4, 2);
        Path file = place("placed-" + System.nanoTime() + ".csv",
                ImportFiles.csv(List.of(ImportFiles.row(certificate, ImportFiles.uniqueName("放置")))));
        Api admin = as(Role.ADMIN);

        JsonNode listed = admin.get("/api/v1/persons/imports/placed").json();
        assertThat(listed.findValuesAsString("name")).contains(file.getFileName().toString());

        Api.Response started = admin.postJson("/api/v1/persons/imports/placed?dryRun=false&file="
                + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8), "{}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode job = waitFor(admin, started.json().get("id").asLong());

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("inserted").asLong()).isEqualTo(1);
        assertThat(ImportFiles.stored(jdbc, cipher, certificate)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'PERSONS_IMPORTED' AND object_id = ?")
                .param(String.valueOf(job.get("id").asLong())).query(String.class).single())
                .isEqualTo(file.getFileName().toString());
        assertThat(file).exists();
    }

    @Test
    void aPlacedFileWithAnErrorSavesNothingAndListsItOnTheJob() throws IOException {
        List<String> bad = ImportFiles.row(ImportFiles.certificate(4, 1), ImportFiles.uniqueName("放错"));
        bad.set(3, "博士后");
        Path file = place("placed-bad-" + System.nanoTime() + ".csv", ImportFiles.csv(List.of(bad)));
        Api admin = as(Role.ADMIN);

        long id = admin.postJson("/api/v1/persons/imports/placed?dryRun=false&file=" + file.getFileName(), "{}")
                .json().get("id").asLong();
        JsonNode job = waitFor(admin, id);

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").asLong()).isEqualTo(1);
        assertThat(job.get("inserted").asLong()).isZero();
    }

    @Test
    void noNameReachesAFileOutsideTheImportsDirectory() throws IOException {
        Path outside = Files.writeString(dataDirectory.resolve("keys").resolve("outside-" + System.nanoTime() + ".csv"), "x");
        Path link = dataDirectory.resolve("imports").resolve("link-" + System.nanoTime() + ".csv");
        Files.createSymbolicLink(link, outside);
        Files.createDirectories(dataDirectory.resolve("imports").resolve("sub"));
        place("sub/inner.csv", "x".getBytes(StandardCharsets.UTF_8));
        Api admin = as(Role.ADMIN);
        long jobsBefore = jdbc.sql("SELECT count(*) FROM person_import_job").query(Long.class).single();

        for (String name : List.of("../keys/" + outside.getFileName(), "..%2Fkeys%2F" + outside.getFileName(),
                outside.toString(), "..", ".", "sub", "sub/inner.csv", "sub%2Finner.csv", "..%5Ckeys%5Cdata.key",
                link.getFileName().toString(), "missing.csv")) {
            Api.Response answer = admin.postJson("/api/v1/persons/imports/placed?dryRun=true&file=" + name, "{}");
            assertThat(answer.status()).as(name).isEqualTo(404);
            assertThat(answer.json().get("error").asString()).as(name).contains("导入目录中没有这个文件");
        }

        assertThat(jdbc.sql("SELECT count(*) FROM person_import_job").query(Long.class).single()).isEqualTo(jobsBefore);
        assertThat(admin.get("/api/v1/persons/imports/placed").json().findValuesAsString("name"))
                .doesNotContain("sub", link.getFileName().toString());
    }

    @Test
    void onlyAnAdministratorMayImportAServerFile() throws IOException {
        Path file = place("placed-staff-" + System.nanoTime() + ".csv", ImportFiles.csv(List.of()));
        Api staff = as(Role.STAFF);

        assertThat(staff.get("/api/v1/persons/imports/placed").status()).isEqualTo(403);
        assertThat(staff.postJson("/api/v1/persons/imports/placed?file=" + file.getFileName(), "{}").status()).isEqualTo(403);
        UserAccount user = accounts.create("placed-page", "150102", Role.STAFF);
        assertThat(PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD).get("/persons/imports/placed").status())
                .isEqualTo(403);
    }

    @Test
    void theFormListsThePlacedFilesAndStartsAJobOnTheImportPages() throws IOException {
        Path file = place("placed-page-" + System.nanoTime() + ".csv",
                ImportFiles.csv(List.of(ImportFiles.row(ImportFiles.certificate(4, 2), ImportFiles.uniqueName("页面")))));
        UserAccount admin = accounts.create("placed-admin", "150102", Role.ADMIN);
        PageSession session = PageSession.signIn(port, admin.username(), AccountFixtures.PASSWORD);

        assertThat(session.get("/persons/imports").body()).contains("导入服务器上的文件");
        assertThat(session.get("/persons/imports/placed").body()).contains(file.getFileName().toString());
        PageSession.Page unchosen = session.post("/persons/imports/placed", Map.of("dryRun", "true"));
        assertThat(unchosen.body()).contains("文件：请选择导入目录中的一个文件");
        PageSession.Page started = session.post("/persons/imports/placed",
                Map.of("file", file.getFileName().toString(), "dryRun", "true"));

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).matches(".*/persons/imports/\\d+");
        assertThat(session.get(started.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains(file.getFileName().toString());
    }

    private Api as(Role role) {
        UserAccount user = accounts.create("placed-api", "150102", role);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    private Path place(String name, byte[] content) throws IOException {
        return Files.write(dataDirectory.resolve("imports").resolve(name), content);
    }

    /** The job runs on the import thread; its page and this poll read the same row. */
    private static JsonNode waitFor(Api api, long id) {
        for (int i = 0; i < 600; i++) {
            JsonNode job = api.get("/api/v1/persons/imports/" + id).json();
            if (job.get("finished").asBoolean()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("导入任务 " + id + " 未结束");
    }
}
