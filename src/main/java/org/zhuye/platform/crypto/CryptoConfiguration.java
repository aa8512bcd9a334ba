package org.zhuye.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.zhuye.platform.database.DataDirectory;

/**
 * Where the data keys come from: {@code zhuye.crypto.encryption-key} and
 * {@code zhuye.crypto.lookup-key} (base64, 32 bytes each) when configured, as a production
 * deployment with its own database must; otherwise, for the embedded default, a key file
 * generated on first start in the data directory, readable by its owner only. The keys are
 * never in the database, so a copy of the database alone reveals no ID or phone number.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);
    static final String KEY_FILE = "keys/zhuye-data.keys";

    @Bean
    FieldCipher fieldCipher(DataDirectory dataDirectory, Environment environment,
                            @Value("${zhuye.crypto.encryption-key:}") String encryptionKey,
                            @Value("${zhuye.crypto.lookup-key:}") String lookupKey) throws IOException {
        if (StringUtils.hasText(encryptionKey) && StringUtils.hasText(lookupKey)) {
            return new FieldCipher(Base64.getDecoder().decode(encryptionKey), Base64.getDecoder().decode(lookupKey));
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new IllegalStateException("使用外部数据库时必须配置 zhuye.crypto.encryption-key 和 zhuye.crypto.lookup-key"
                    + "（各为32字节的 Base64），且妥善保管在数据库之外");
        }
        Properties keys = loadOrCreate(dataDirectory.dataDir().resolve(KEY_FILE));
        return new FieldCipher(Base64.getDecoder().decode(keys.getProperty("encryption")),
                Base64.getDecoder().decode(keys.getProperty("lookup")));
    }

    private static Properties loadOrCreate(Path file) throws IOException {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in);
            }
            return keys;
        }
        SecureRandom random = new SecureRandom();
        for (String name : new String[]{"encryption", "lookup"}) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            keys.setProperty(name, Base64.getEncoder().encodeToString(key));
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            keys.store(out, "Zhuye data keys. Back this file up apart from the database; without it encrypted fields are lost.");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        log.warn("已生成数据加密密钥 {}。请将其与数据库分开备份：丢失后证件号和电话将无法解密。", file);
        return keys;
    }
}
