package org.zhuye.monitoring;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API answers of the monitoring module, in the shape every module's API gives: 422 with every field's
 * message, 404 for what the caller may not see, 409 for a stale or frozen record. Only this module throws
 * these exceptions, so only its API controllers meet the advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringApiErrors {

    @ExceptionHandler(MonitoringRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(MonitoringRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    @ExceptionHandler(MonitoringNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(MonitoringNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", e.getMessage()));
    }

    @ExceptionHandler(MonitoringConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(MonitoringConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "error", e.getMessage()));
    }
}
