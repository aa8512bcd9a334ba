package org.zhuye.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' counterpart of {@link ApiExceptionHandler}: a parameter of the wrong type or a missing one
 * is the visitor's mistake (a hand-edited address, an old bookmark), answered with status 400 and the
 * error page naming the parameter. Some page controllers also serve {@code /api/v1/…} methods; those
 * get the API's error body. A database that cannot be reached is 503, for pages and API alike.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST,
                BadParameters.typeMismatch(e.getName(), e.getValue(), e.getRequiredType()));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, BadParameters.bind(e.getBindingResult()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, BadParameters.missing(e.getParameterName()));
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    Object databaseDown(DataAccessResourceFailureException e, HttpServletRequest request) {
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(ApiErrorBody.of(status.value(), message));
        }
        return new ModelAndView("error", Map.of("status", status.value(), "pageMessage", message), status);
    }
}
