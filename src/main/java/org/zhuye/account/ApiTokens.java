package org.zhuye.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.platform.database.StatementPlans;

/**
 * Bearer tokens that administrators issue to API clients. A token is 256 random bits; only its
 * SHA-256 is stored, which is enough for lookup and useless to anyone who reads the table.
 * (A slow hash buys nothing against a 256-bit secret and would cost every request.)
 */
@Service
public class ApiTokens {

    static final String PREFIX = "zy_";
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final UserAdministration administration;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAdministration administration, AuditTrail audit) {
        this.jdbc = jdbc;
        this.administration = administration;
        this.audit = audit;
    }

    /** Issues a token for an account the administrator manages; returns the secret, shown once. */
    @Transactional
    public String issue(UserAccount admin, long userId, String name, Duration lifetime) {
        UserAccount owner = administration.managed(admin, userId);
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw new AccountRuleException(Map.of("name", "令牌名称不能为空，且不超过50个字"));
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new AccountRuleException(Map.of("days", "有效期须为1至366天"));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, expires_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(userId, name.strip(), hash(token), java.sql.Timestamp.from(Instant.now().plus(lifetime)))
                .query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.TOKEN_ISSUED, "user", owner.username(), owner.regionCode())
                .withChange(null, Map.of("tokenId", id, "name", name.strip(), "days", lifetime.toDays())));
        return token;
    }

    @Transactional
    public void revoke(UserAccount admin, long userId, long tokenId) {
        UserAccount owner = administration.managed(admin, userId);
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(tokenId, userId).update();
        if (changed == 0) {
            throw new AccountNotFoundException(tokenId);
        }
        audit.record(AuditEntry.of(AuditAction.TOKEN_REVOKED, "user", owner.username(), owner.regionCode())
                .withChange(Map.of("tokenId", tokenId), null));
    }

    public List<ApiToken> listFor(UserAccount admin, long userId) {
        administration.managed(admin, userId);
        return jdbc.sql("""
                SELECT id, user_id, name, created_at, expires_at, revoked_at, last_used_at
                FROM api_token WHERE user_id = ? ORDER BY created_at DESC
                """)
                .param(userId).query(ApiToken.class).list();
    }

    /**
     * The owner of a live token. One read on every request; the token is marked used at most once a minute, by a
     * write only when that minute has passed, so a busy client costs no write per call.
     */
    public Optional<Long> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        record Live(long userId, boolean markDue) {
        }
        Optional<Live> live = jdbc.sql(StatementPlans.GENERIC + """
                SELECT user_id, (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS mark_due
                FROM api_token WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()
                """)
                .param(hash).query((rs, i) -> new Live(rs.getLong("user_id"), rs.getBoolean("mark_due"))).optional();
        if (live.isPresent() && live.get().markDue()) {
            // The condition again, so that of many concurrent first calls of a minute only one writes.
            jdbc.sql("""
                    UPDATE api_token SET last_used_at = now()
                    WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                    """).param(hash).update();
        }
        return live.map(Live::userId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
