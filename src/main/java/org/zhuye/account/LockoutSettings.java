package org.zhuye.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords in a row from one address lock an account from that address, for how
 * long the first lock lasts, and the longest any later lock (each twice the one before) may last.
 * Locking for a while rather than for ever, and per address, keeps an attacker from locking staff
 * out at will.
 */
@ConfigurationProperties("zhuye.security.lockout")
public record LockoutSettings(Integer maxFailures, Duration duration, Duration maxDuration) {

    public LockoutSettings {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
        maxDuration = maxDuration == null ? Duration.ofHours(24) : maxDuration;
    }
}
