package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The overview snapshot across a restart, on the real database: {@link OverviewSnapshots#restartFromFile()} drops
 * the snapshot in memory as a new process starts without one, then takes the saved file or reads the database.
 * Each test counts in a village nobody else uses, found when it runs.
 */
@ZhuyeTest
class OverviewSnapshotRestartTest {

    @Autowired
    OverviewSnapshots snapshots;
    @Autowired
    RegionOverview overview;
    @Autowired
    OverviewFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;
    @LocalServerPort
    int port;

    @Test
    void aSavedSnapshotIsTakenAtRestartWhenNothingWasWrittenSince() {
        String village = freeVillage();
        fixtures.register(village, LocalDate.parse("1980-03-01"), Sex.FEMALE, 2, 3);
        snapshots.rebuild(); // reads the database and saves the file
        OverviewFigures before = figures(village);

        OverviewSnapshots.Build restarted = snapshots.restartFromFile();

        assertThat(restarted.fromFile()).isTrue();
        assertThat(figures(village)).isEqualTo(before);
        assertThat(figures(village).total()).isEqualTo(1);
    }

    @Test
    void aWriteBehindTheSavedFileMakesTheRestartReadTheDatabase() {
        String village = freeVillage();
        long id = fixtures.register(village, LocalDate.parse("1979-05-01"), Sex.MALE, 1, 2);
        snapshots.rebuild();
        // As a script in SQL, or a write whose process died before its change event: no PersonsChanged.
        jdbc.sql("UPDATE person SET cert_status = 'DECEASED' WHERE id = ?").param(id).update();

        OverviewSnapshots.Build restarted = snapshots.restartFromFile();

        assertThat(restarted.fromFile()).isFalse();
        OverviewFigures after = figures(village);
        assertThat(after.total()).isZero();
        assertThat(after.deceased()).isEqualTo(1);
    }

    @Test
    void anOrderlyStopAfterWritesSavesWhatTheDatabaseHoldsSoTheNextStartTakesTheFile() {
        String village = freeVillage();
        snapshots.rebuild();
        long id = fixtures.register(village, LocalDate.parse("1975-11-01"), Sex.FEMALE, 3, 2);
        jdbc.sql("UPDATE person SET grade = 1 WHERE id = ?").param(id).update(); // no change event

        snapshots.saveOnStop();
        OverviewSnapshots.Build restarted = snapshots.restartFromFile();

        assertThat(restarted.fromFile()).isTrue();
        OverviewFigures figures = figures(village);
        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.grades().get(0).count()).isEqualTo(1);
    }

    @Test
    void aRolledBackWriteLeavesTheSavedFileGoodAndACommittedOneDoesNot() throws Exception {
        String village = freeVillage();
        long id = fixtures.register(village, LocalDate.parse("1985-07-01"), Sex.MALE, 4, 1);
        snapshots.rebuild();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE person SET category = 5 WHERE id = " + id);
            connection.rollback();
        }
        assertThat(snapshots.restartFromFile().fromFile()).isTrue();

        jdbc.sql("UPDATE person SET category = 5 WHERE id = ?").param(id).update();
        assertThat(snapshots.restartFromFile().fromFile()).isFalse();
        assertThat(figures(village).categories().get(4).count()).isEqualTo(1);
        assertThat(figures(village).categories().get(3).count()).isZero();
    }

    @Test
    void aDamagedSavedFileIsIgnoredAndTheDatabaseRead() throws Exception {
        String village = freeVillage();
        fixtures.register(village, LocalDate.parse("1990-01-01"), Sex.FEMALE, 6, 4);
        snapshots.rebuild();
        byte[] saved = Files.readAllBytes(snapshots.savedFile());
        saved[saved.length / 3] ^= 0x40;
        Files.write(snapshots.savedFile(), saved);

        assertThat(snapshots.restartFromFile().fromFile()).isFalse();
        assertThat(figures(village).total()).isEqualTo(1);
        assertThat(snapshots.restartFromFile().fromFile()).isTrue(); // the read saved a good file again
    }

    @Test
    void whileTheSnapshotIsPreparedTheApiAnswers503WithRetryAfterAndThePageSaysSo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ZhuyeTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest api = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons/overview?region=15"))
                .header("Authorization", basic).timeout(Duration.ofMinutes(1)).build();
        PageSession page = PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        // Holding the events table keeps the build that a bulk change starts from finishing.
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE employment_event IN ACCESS EXCLUSIVE MODE");
            events.publishEvent(PersonsChanged.everyone());

            HttpResponse<String> preparing = http.send(api, HttpResponse.BodyHandlers.ofString());
            assertThat(preparing.statusCode()).isEqualTo(503);
            assertThat(preparing.headers().firstValue("Retry-After")).contains("5");
            assertThat(preparing.body()).contains("统计数据正在准备中");
            PageSession.Page shown = page.get("/persons/overview?region=15");
            assertThat(shown.status()).isEqualTo(503);
            assertThat(shown.body()).contains("统计数据正在准备中");
            holder.rollback();
        }
        HttpResponse<String> ready = http.send(api, HttpResponse.BodyHandlers.ofString());
        for (int retry = 0; ready.statusCode() == 503 && retry < 20; retry++) {
            ready = http.send(api, HttpResponse.BodyHandlers.ofString()); // a busy machine: the build is still reading
        }
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    private OverviewFigures figures(String village) {
        return overview.find(RegionCode.of(village), LocalDate.now(), OverviewFixtures.PROVINCE).orElseThrow().figures();
    }

    /** A village of 武川县 (no test names it) where nobody is registered yet. */
    private String freeVillage() {
        return jdbc.sql("""
                SELECT r.code FROM region r WHERE r.level = 5 AND r.code LIKE '150125%'
                  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.region_code = r.code)
                ORDER BY r.code DESC LIMIT 1
                """).query(String.class).single();
    }
}
