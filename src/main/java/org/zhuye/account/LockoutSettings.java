package org.zhuye.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords in a row lock an account, and for how long. Locking for a while
 * rather than for ever keeps an attacker from locking staff out at will.
 */
@ConfigurationProperties("zhuye.security.lockout")
public record LockoutSettings(Integer maxFailures, Duration duration) {

    public LockoutSettings {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
    }
}
