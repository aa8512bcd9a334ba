package org.zhuye.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditTrail;

/**
 * Wrong passwords counted per account and source address (V16 {@code login_failure}), for form
 * sign-in, HTTP Basic, sessions and bearer tokens alike. A lock holds only for the address the
 * failures came from, so a stranger elsewhere cannot lock the province administrator out; each
 * further lock from the same address lasts twice as long as the one before, up to the settings'
 * longest.
 */
@Service
class LoginLockout {

    private static final String UNKNOWN_SOURCE = "unknown";

    private final JdbcClient jdbc;
    private final LockoutSettings settings;

    LoginLockout(JdbcClient jdbc, LockoutSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The address of the request being served, which is where a sign-in attempt comes from. */
    static String currentSource() {
        String address = AuditTrail.currentClientIp();
        return address == null ? UNKNOWN_SOURCE : address;
    }

    boolean locked(long userId, String source) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM login_failure WHERE user_id = ? AND source = ? AND locked_until > now())")
                .params(userId, source).query(Boolean.class).single();
    }

    /** Counts one wrong password; returns how long the account is now locked from there, if this failure locked it. */
    @Transactional
    Optional<Duration> recordFailure(long userId, String source) {
        int failures = jdbc.sql("""
                INSERT INTO login_failure AS f (user_id, source, failures) VALUES (?, ?, 1)
                ON CONFLICT (user_id, source) DO UPDATE SET failures = f.failures + 1, last_failed_at = now()
                RETURNING failures
                """)
                .params(userId, source).query(Integer.class).single();
        if (failures < settings.maxFailures()) {
            return Optional.empty();
        }
        int earlierLocks = jdbc.sql("SELECT lock_count FROM login_failure WHERE user_id = ? AND source = ?")
                .params(userId, source).query(Integer.class).single();
        Duration lock = lockFor(earlierLocks);
        jdbc.sql("""
                UPDATE login_failure SET failures = 0, lock_count = lock_count + 1, locked_until = ?
                WHERE user_id = ? AND source = ?
                """)
                .params(Timestamp.from(Instant.now().plus(lock)), userId, source).update();
        return Optional.of(lock);
    }

    /** The base duration doubled for every earlier lock from the same address, never beyond the longest. */
    Duration lockFor(int earlierLocks) {
        Duration lock = settings.duration();
        for (int i = 0; i < earlierLocks && lock.compareTo(settings.maxDuration()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.maxDuration()) > 0 ? settings.maxDuration() : lock;
    }

    /** A right password from this address forgets its failures and earlier locks. */
    void succeeded(long userId, String source) {
        jdbc.sql("DELETE FROM login_failure WHERE user_id = ? AND source = ?").params(userId, source).update();
    }

    /** An administrator's unlock lifts the locks from every address. */
    void unlock(long userId) {
        jdbc.sql("DELETE FROM login_failure WHERE user_id = ?").param(userId).update();
    }
}
