package org.zhuye.account;

import java.time.Instant;

/** A bearer token as listed to administrators; the secret itself is never stored. */
public record ApiToken(long id, long userId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                       Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
