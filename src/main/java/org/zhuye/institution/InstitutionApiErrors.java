package org.zhuye.institution;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API answers of the institution module, as {@code jobs.JobsApiErrors} gives the jobs module's: 422 with
 * every field's message, 404 for what the caller may not see, 409 for a stale version or a frozen record. Only this module throws
 * these exceptions, so only its API controllers meet the advice (pages keep the page error handler: a package
 * selector would also take this module's page controllers, selectors being or-ed). Ahead of the platform's
 * catch-all handler, which would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstitutionApiErrors {

    @ExceptionHandler(InstitutionRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(InstitutionRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    @ExceptionHandler(InstitutionNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(InstitutionNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", e.getMessage()));
    }

    @ExceptionHandler(InstitutionConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(InstitutionConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "error", e.getMessage()));
    }
}
