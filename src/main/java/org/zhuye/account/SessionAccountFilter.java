package org.zhuye.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user of a page session on every request. The request then acts with
 * the account as it is now (only for this request: the session keeps the stamp it signed in
 * with); a session whose account changed, was disabled or is locked from this address is ended
 * and sent to sign in again.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    static final String ENDED = "/login?expired";

    private final SignedInAccounts accounts;

    SessionAccountFilter(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> now = accounts.forSession(signedIn, LoginLockout.currentSource());
        if (now.isEmpty()) {
            end(request, response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
                now.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + ENDED;
        if (request.getHeader("HX-Request") != null) {
            // htmx would swap a redirected login page into the fragment's place; ask it to navigate instead.
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }
}
