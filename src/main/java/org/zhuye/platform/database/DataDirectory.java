package org.zhuye.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Zhuye keeps what must survive a restart: the embedded database and the data key.
 * Set with {@code zhuye.data-dir} or the environment variable {@code ZHUYE_DATA_DIR}.
 */
@ConfigurationProperties("zhuye")
public record DataDirectory(Path dataDir) {

    public DataDirectory {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        Path path = dataDir.resolve(child);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + path, e);
        }
        return path;
    }
}
