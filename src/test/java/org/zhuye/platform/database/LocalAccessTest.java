package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server asks for its password, on loopback only, and its directories are the owner's alone. */
class LocalAccessTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataDirectoryAsksForThePasswordAndIsTheOwnersAlone() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data, Duration.ofMinutes(2))) {
            assertOwnerOnlyWithPassword(postgres, data);
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionThatTrustedEveryoneIsUpgradedInPlace() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        // What versions before this one left: zonky's defaults, trust for everyone.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).setOverrideWorkingDirectory(data.resolve("pg-binaries").toFile()).start();
             Connection connection = DriverManager.getConnection(earlier.getJdbcUrl("postgres", "postgres"))) {
            connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
        }
        assertThat(Files.readString(data.dataDir().resolve("postgres/pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data, Duration.ofMinutes(2))) {
            assertOwnerOnlyWithPassword(postgres, data);
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", password(data))) {
                var rs = connection.createStatement().executeQuery("SELECT id FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
        // And again, with the password already set and pg_hba.conf already Zhuye's.
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(data, Duration.ofMinutes(2))) {
            assertOwnerOnlyWithPassword(postgres, data);
        }
    }

    private static String password(DataDirectory data) throws Exception {
        return Files.readString(data.dataDir().resolve(LocalAccess.PASSWORD_FILE)).strip();
    }

    private static void assertOwnerOnlyWithPassword(EmbeddedPostgres postgres, DataDirectory data) throws Exception {
        Path pgData = data.dataDir().resolve("postgres");
        assertThat(Files.readAllLines(pgData.resolve("pg_hba.conf")))
                .noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
        String url = postgres.getJdbcUrl("postgres", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url, "postgres", password(data))) {
            assertThat(connection.createStatement().executeQuery("SHOW listen_addresses").next()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.dataDir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pgData))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.dataDir().resolve("pg-binaries"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.dataDir().resolve(LocalAccess.PASSWORD_FILE)))).isEqualTo("rw-------");
        try (Stream<Path> binaries = Files.walk(data.dataDir().resolve("pg-binaries"))) {
            assertThat(binaries.filter(path -> !Files.isSymbolicLink(path)).filter(path -> {
                try {
                    var permissions = Files.getPosixFilePermissions(path);
                    return permissions.contains(PosixFilePermission.GROUP_WRITE)
                            || permissions.contains(PosixFilePermission.OTHERS_WRITE)
                            || permissions.contains(PosixFilePermission.OTHERS_READ);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).as("nothing in the binaries is open to other accounts").isEmpty();
        }
    }
}
