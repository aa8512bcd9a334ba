package org.zhuye.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' counterpart of {@link ApiExceptionHandler}: a parameter of the wrong type or a missing one
 * is the visitor's mistake (a hand-edited address, an old bookmark), answered with status 400 and the
 * error page naming the parameter. Some page controllers also serve {@code /api/v1/…} methods; those
 * get the API's error body. A database that cannot be reached is 503, for pages and API alike.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    /** The request attribute error.html shows as the explanation of a 400 (the bad parameter). */
    static final String PAGE_MESSAGE = "pageMessage";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST,
                BadParameters.typeMismatch(e.getName(), e.getValue(), e.getRequiredType()));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, BadParameters.bind(e.getBindingResult()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, BadParameters.missing(e.getParameterName()));
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    Object databaseDown(DataAccessResourceFailureException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
    }

    /** A rollback that failed: the database went away under the transaction (503), or a defect (rethrown). */
    @ExceptionHandler(TransactionSystemException.class)
    Object rollbackFailed(TransactionSystemException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DatabaseUnavailable.causes(e)) {
            throw e;
        }
        return databaseDown(null, request, response);
    }

    /**
     * A page's error goes out through the container's error path ({@code sendError}, then Spring's
     * {@code /error}), as a 404 or 403 does, rather than as a view rendered here: a view returned from an
     * exception handler gets none of the model that controller advice adds (who is signed in, the menu),
     * so the error page would lose the header and menu.
     */
    static Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(ApiErrorBody.of(status.value(), message));
        }
        request.setAttribute(PAGE_MESSAGE, message);
        response.sendError(status.value());
        return null;
    }
}
