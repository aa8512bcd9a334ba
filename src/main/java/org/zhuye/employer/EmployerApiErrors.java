package org.zhuye.employer;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one 422 body for the employer module's API controllers (units, levy payments), as the other modules answer
 * it. Ahead of the platform's catch-all handler, which would otherwise answer first. The declaration API keeps its
 * own 400 for a declaration's field errors.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmployerApiErrors {

    @ExceptionHandler(EmployerRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(EmployerRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }
}
