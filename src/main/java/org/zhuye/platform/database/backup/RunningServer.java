package org.zhuye.platform.database.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * The embedded server of a data directory as another process on the same machine reaches it while Zhuye
 * runs: the port from the server's own {@code postmaster.pid} (zonky picks a free one at each start) and
 * the superuser password that {@code LocalAccess} keeps under {@code keys/}.
 */
record RunningServer(Path dataDir) {

    /** Where LocalAccess keeps the embedded superuser's password, relative to the data directory. */
    static final String PASSWORD_FILE = "keys/postgres.password";
    /** Where the data-encryption keys live (CryptoConfiguration), relative to the data directory. */
    static final String DATA_KEY_FILE = "keys/zhuye-data.keys";

    Path pgData() {
        return dataDir.resolve("postgres");
    }

    Connection connect() throws IOException, SQLException {
        Path pidFile = pgData().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            throw new IllegalStateException("数据目录 " + pgData() + " 中的数据库没有运行（没有 postmaster.pid）；"
                    + "在线备份需要 Zhuye 正在运行。已停止的数据库可直接复制整个数据目录");
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4 || !lines.get(3).strip().matches("\\d+")) {
            throw new IllegalStateException("无法从 " + pidFile + " 读出数据库端口；数据库可能正在启动，请稍后再试");
        }
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", Files.readString(dataDir.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII).strip());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres", login);
    }
}
