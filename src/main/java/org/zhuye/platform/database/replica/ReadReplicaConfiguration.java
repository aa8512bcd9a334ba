package org.zhuye.platform.database.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Off unless {@code zhuye.datasource.replica.url} is set, beside an external primary
 * ({@code spring.datasource.url}): the embedded default stays one server. Both pools take the
 * {@code spring.datasource.hikari.*} settings (the connection-init SQL among them); the replica's user and
 * password default to the primary's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("zhuye.datasource.replica.url")
class ReadReplicaConfiguration {

    /** Primary, so that a misconfigured embedded server beside it fails with the message below, not an ambiguity. */
    @Bean
    @Primary
    ReadReplicaDataSource routedDataSource(Environment environment) {
        String primaryUrl = environment.getProperty("spring.datasource.url");
        if (primaryUrl == null || primaryUrl.isBlank()) {
            throw new IllegalStateException("设置了 zhuye.datasource.replica.url（只读副本），但没有设置 spring.datasource.url（主库）："
                    + "内置数据库只有一台服务器，使用副本须先配置外部主库");
        }
        String username = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        HikariDataSource primary = pool(environment, "zhuye-primary", primaryUrl, username, password, false);
        HikariDataSource replica = pool(environment, "zhuye-replica", environment.getProperty("zhuye.datasource.replica.url"),
                environment.getProperty("zhuye.datasource.replica.username", username == null ? "" : username),
                environment.getProperty("zhuye.datasource.replica.password", password == null ? "" : password), true);
        return new ReadReplicaDataSource(primary, replica);
    }

    private static HikariDataSource pool(Environment environment, String name, String url, String username, String password,
                                         boolean readOnly) {
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(url);
        if (username != null && !username.isEmpty()) {
            config.setUsername(username);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setReadOnly(readOnly);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }
}
