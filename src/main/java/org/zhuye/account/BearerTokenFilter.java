package org.zhuye.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;

/** Signs in API requests that carry {@code Authorization: Bearer zy_…}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SignedInAccounts accounts;
    private final AuditTrail audit;
    private final ApiErrorWriter errors;

    BearerTokenFilter(ApiTokens tokens, SignedInAccounts accounts, AuditTrail audit, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        // The owner as the account is now: a disabled account's tokens, or one locked from here, do not work.
        var user = tokens.ownerOf(header.substring(7).strip())
                .flatMap(owner -> accounts.forToken(owner, LoginLockout.currentSource()));
        if (user.isEmpty()) {
            audit.recordAs("anonymous", AuditEntry.of(AuditAction.LOGIN_FAILED, "token", null, null)
                    .withDetail("无效、过期或已吊销的接口令牌，或其账号已停用或被锁定"));
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "接口令牌无效、已过期或已被吊销，或其账号已停用或被锁定");
            return;
        }
        CurrentUser principal = user.get();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
