package org.zhuye.training;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one error body of the training module's API: 422 with {@code fieldErrors}, 404 for what the caller
 * may not see, 409 for a stale version or a step the state does not allow. Ahead of the platform's
 * catch-all handler, which would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingApiErrors {

    @ExceptionHandler(TrainingRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(TrainingRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    @ExceptionHandler(TrainingNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(TrainingNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", e.getMessage()));
    }

    @ExceptionHandler(StaleTrainingRecordException.class)
    ResponseEntity<Map<String, Object>> stale(StaleTrainingRecordException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "error", e.getMessage()));
    }
}
