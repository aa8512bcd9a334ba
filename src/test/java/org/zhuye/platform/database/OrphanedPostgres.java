package org.zhuye.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in its own JVM by {@link StalePostmasterTest}: starts a server on the given directory,
 * commits a row, then halts without shutdown hooks, as {@code kill -9} would, leaving the
 * server running and its pid file behind.
 */
public final class OrphanedPostgres {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before the crash')");
        }
        Runtime.getRuntime().halt(0);
    }
}
