package org.zhuye.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.zhuye.platform.web.ApiErrorBody;

/** Writes the API's error body ({@link ApiErrorBody}) from the security filters, with the 401's challenge. */
@Component
class ApiErrorWriter {

    private final ApiErrorBody body;

    ApiErrorWriter(ApiErrorBody body) {
        this.body = body;
    }

    void write(HttpServletResponse response, int status, String message) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"zhuye\", Bearer");
        }
        body.write(response, status, message);
    }
}
