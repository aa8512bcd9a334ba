package org.zhuye.institution.rating;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhuye.institution.InstitutionNotFoundException;

/**
 * The 404, 422 and 409 bodies of the ratings API, as the jobs module answers them. Scoped to this package until the
 * module's own {@code institution.InstitutionApiErrors} takes the rating exceptions over.
 */
@RestControllerAdvice(assignableTypes = RatingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RatingApiErrors {

    @ExceptionHandler(RatingRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(RatingRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    @ExceptionHandler(InstitutionNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(InstitutionNotFoundException e) {
        return ResponseEntity.status(404).body(Map.of("status", 404, "error", e.getMessage()));
    }

    @ExceptionHandler(RatingConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(RatingConflictException e) {
        return ResponseEntity.status(409).body(Map.of("status", 409, "error", e.getMessage()));
    }
}
