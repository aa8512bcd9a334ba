package org.zhuye.person.overview;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhuye.platform.web.ApiErrorBody;

/**
 * {@link SnapshotPreparing} from any controller (the overview's, or another module's that counts through the
 * snapshot: coverage, indicators): 503 with Retry-After, as the API's error body or as the error page with the
 * message. Ahead of the platform's catch-all, which would call it a server error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SnapshotPreparingAdvice {

    /** The request attribute the error page shows (platform.web's PageExceptionHandler sets the same). */
    private static final String PAGE_MESSAGE = "pageMessage";

    @ExceptionHandler(SnapshotPreparing.class)
    Object preparing(SnapshotPreparing e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String retryAfter = Integer.toString(SnapshotPreparing.RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .body(ApiErrorBody.of(HttpStatus.SERVICE_UNAVAILABLE.value(), e.getMessage()));
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        request.setAttribute(PAGE_MESSAGE, e.getMessage());
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        return null;
    }
}
