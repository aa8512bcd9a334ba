package org.zhuye.training;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one 422 body for every API controller of the training module, as the other modules answer it.
 * Ahead of the platform's catch-all handler, which would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingApiErrors {

    @ExceptionHandler(TrainingRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(TrainingRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }
}
