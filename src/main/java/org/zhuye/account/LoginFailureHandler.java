package org.zhuye.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.zhuye.platform.web.DatabaseUnavailable;

/**
 * Sends a failed sign-in back to the form. The reason (wrong password, unknown name, locked,
 * disabled) stays in the audit trail and out of the address, so the page cannot tell a guesser
 * which names exist. A sign-in that could not be checked because the database is down is no
 * wrong password: it gets the 503 page, so nobody retypes a right password into a lockout.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (DatabaseUnavailable.causes(exception)) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
