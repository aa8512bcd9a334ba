package org.zhuye.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Only the account that runs Zhuye may use the embedded server. zonky makes a server for throw-away
 * tests: {@code initdb -A trust} (anyone on the machine connects as the superuser {@code postgres}) and a
 * binaries directory writable by everyone (anyone could replace the {@code postgres} program the
 * application runs). Here the superuser gets a generated password kept beside the data key, pg_hba.conf
 * asks for it (SCRAM) on the loopback addresses and the local socket only, and the binaries and data
 * directories are made the owner's alone. Done at every start, so a directory from an earlier version
 * (trust) is upgraded in place.
 *
 * <p>As root, zonky runs PostgreSQL in a user namespace ({@code unshare -U}) without an id mapping: its
 * files stay owned by root on the host and it reaches them through the owner's bits, so mode 0700 on
 * root's files is what it needs.
 */
final class LocalAccess {

    static final String PASSWORD_FILE = "keys/postgres.password";
    static final String PG_HBA = """
            # Written by Zhuye at every start (platform.database.LocalAccess): the superuser's password,
            # kept in keys/postgres.password, on the local socket and the loopback addresses only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(LocalAccess.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path dataDir;

    LocalAccess(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The superuser's password: generated once, kept readable by the owner only. */
    String password() throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), OWNER_ONLY_DIRECTORY);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path written = Files.createTempFile(file.getParent(), "postgres", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, password + "\n", StandardCharsets.US_ASCII);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /**
     * Sets the password and replaces pg_hba.conf unless it is already Zhuye's; the server reloads it at
     * once. On a new directory zonky's initdb trusted everyone until this moment.
     */
    void requirePassword(EmbeddedPostgres postgres, Path pgData, String password) throws IOException, SQLException {
        Path hba = pgData.resolve("pg_hba.conf");
        if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // Base64url: no quote can end the literal.
            statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Path written = Files.createTempFile(pgData, "pg_hba", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, PG_HBA, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            statement.execute("SELECT pg_reload_conf()");
        }
        log.warn("内置数据库已改为密码认证（SCRAM，仅本机回环地址）；密码保存在 {}，请与数据密钥一同备份",
                dataDir.resolve(PASSWORD_FILE));
    }

    /** Directories 0700 and no group or other access to any file under {@code root}. */
    static void ownerOnly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                try {
                    if (Files.isSymbolicLink(path)) {
                        return;
                    }
                    if (Files.isDirectory(path)) {
                        Files.setPosixFilePermissions(path, OWNER_ONLY_DIRECTORY);
                    } else {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                        permissions.retainAll(EnumSet.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
                        Files.setPosixFilePermissions(path, permissions);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("无法限制访问权限：" + path, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("无法限制访问权限：" + root, e);
        }
    }
}
