package org.zhuye;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.zhuye.platform.database.backup.BackupCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhuyeApplication {

    public static void main(String[] args) {
        // Backup and restore work on the database's files beside (or before) a running Zhuye: no context.
        if (BackupCommand.isRequested(args)) {
            System.exit(BackupCommand.run(args, System.out));
        }
        SpringApplication.run(ZhuyeApplication.class, args);
    }
}
