package org.zhuye.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic without a password hash on every request. Scripts and other departments' systems send their
 * username and password with each call, and bcrypt, built to be slow, then bounds the API at a few dozen
 * requests a second. A successful verification is remembered for a few minutes under a keyed hash of the
 * username and password (HMAC-SHA256 with a key drawn at start and never stored, so neither a heap dump nor a
 * guess at the password reveals anything); a later request with the same credentials is signed in as the account
 * is now, read by id: enabled, not locked from the request's address, and with the same security stamp, which
 * every change of password, roles, region or enabled state moves on (V16), so no change waits for the entry to
 * expire. Anything else, and the form login of the pages, goes to bcrypt as before.
 */
@Component
class BasicCredentialCache {

    /** Entries beyond this are not kept (a flood of distinct wrong-then-right pairs must not grow the heap). */
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(long userId, long securityStamp, long expiresAtNanos) {
    }

    private final DaoAuthenticationProvider passwords;
    private final SignedInAccounts accounts;
    private final long ttlNanos;
    private final Mac mac;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    BasicCredentialCache(AccountUserDetailsService users, PasswordEncoder encoder, SignedInAccounts accounts,
                         @Value("${zhuye.security.basic-cache-ttl:PT5M}") Duration ttl) throws GeneralSecurityException {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.ttlNanos = ttl.toNanos();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.mac = Mac.getInstance("HmacSHA256");
        this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
    }

    /**
     * The API chain's only provider. Not a bean of its own: Spring Security would make an AuthenticationProvider
     * bean the global one, and the pages' form login must keep bcrypt on every sign-in.
     */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication request) {
                return BasicCredentialCache.this.authenticate(request);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    Authentication authenticate(Authentication request) {
        String key = keyOf(request.getName(), String.valueOf(request.getCredentials()));
        Verified known = verified.get(key);
        if (known != null && System.nanoTime() - known.expiresAtNanos() < 0) {
            Optional<CurrentUser> user;
            try {
                user = accounts.forCredentials(known.userId(), known.securityStamp(), LoginLockout.currentSource());
            } catch (RuntimeException unreachable) {
                // As the password check does: a failure to read the account is an authentication failure whose
                // cause (a database that is down) the entry point turns into 503, not an error escaping the filter.
                throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
            }
            if (user.isPresent()) {
                hits.incrementAndGet();
                return UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
            }
        }
        if (known != null) {
            verified.remove(key);
        }
        Authentication result = passwords.authenticate(request);
        if (result.getPrincipal() instanceof CurrentUser user && verified.size() < MAX_ENTRIES) {
            verified.put(key, new Verified(user.account().id(), user.securityStamp(), System.nanoTime() + ttlNanos));
        }
        return result;
    }

    /** Requests answered without bcrypt since start (for tests and the load benchmark). */
    long hits() {
        return hits.get();
    }

    /** Forgets what has expired; run now and then so a long-running process keeps only the live entries. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000)
    void dropExpired() {
        long now = System.nanoTime();
        verified.values().removeIf(v -> now - v.expiresAtNanos() >= 0);
    }

    private String keyOf(String username, String password) {
        Mac instance;
        try {
            instance = (Mac) mac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        instance.update(username.getBytes(StandardCharsets.UTF_8));
        instance.update((byte) 0);
        return HexFormat.of().formatHex(instance.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }
}
