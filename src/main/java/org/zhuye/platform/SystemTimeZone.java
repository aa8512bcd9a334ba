package org.zhuye.platform;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The system's day is China's day, whatever zone the server runs in: "today", a registration
 * date and every "as of" statistic turn over at midnight Beijing time. The PostgreSQL driver takes
 * its session time zone from the JVM's default, so SQL dates ({@code created_at::date}) agree
 * with Java's {@code LocalDate.now()}. Set before the context starts (also in tests), from
 * {@code zhuye.time-zone} (default Asia/Shanghai).
 */
public class SystemTimeZone implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty("zhuye.time-zone", "Asia/Shanghai");
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }
}
