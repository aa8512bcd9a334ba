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
    private final UserRepository users;
    private final AuditTrail audit;
    private final ApiErrorWriter errors;

    BearerTokenFilter(ApiTokens tokens, UserRepository users, AuditTrail audit, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.users = users;
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
        var user = tokens.ownerOf(header.substring(7).strip())
                .flatMap(users::findForToken)
                .filter(u -> u.enabled());
        if (user.isEmpty()) {
            audit.recordAs("anonymous", AuditEntry.of(AuditAction.LOGIN_FAILED, "token", null, null)
                    .withDetail("无效、过期或已吊销的接口令牌"));
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "接口令牌无效、已过期或已被吊销");
            return;
        }
        CurrentUser principal = new CurrentUser(user.get(), null);
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
