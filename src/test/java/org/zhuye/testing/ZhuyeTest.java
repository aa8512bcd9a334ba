package org.zhuye.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on a real embedded PostgreSQL in
 * {@code target/test-data/<pid>} (made fresh for each test JVM by {@link FreshTestData}). Every test class
 * with this annotation shares one context and so one database: tests create their own users
 * and regions under unique names rather than assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.test.data-dir}",
        "zhuye.admin.initial-password=" + ZhuyeTest.ADMIN_PASSWORD,
        "zhuye.security.lockout.max-failures=3",
})
public @interface ZhuyeTest {
    String ADMIN_PASSWORD = "Grassland-Steppe-2026";
}
