package org.zhuye.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.DisconnectedClientHelper;

/** Every API error has the same body, {@code {"status": n, "error": "…"}}, worded in Chinese. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// Before PageExceptionHandler, whose Controller filter also matches every RestController; after the modules'
// own advices (JobsApiErrors, TrainingApiErrors…), which add fieldErrors and would otherwise depend on scan order.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler {

    private static final DisconnectedClientHelper CLIENT_GONE = new DisconnectedClientHelper(ApiExceptionHandler.class.getName());

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        String reason = e.getReason() != null ? e.getReason() : defaultMessage(e.getStatusCode());
        return body(e.getStatusCode(), reason);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, BadParameters.missing(e.getParameterName()));
    }

    /** A query or path parameter that is not of its type ({@code category=abc}): the caller's mistake, named. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, BadParameters.typeMismatch(e.getName(), e.getValue(), e.getRequiredType()));
    }

    /** Parameters bound to a record or form object, one of which is not of its type. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, Object>> bind(BindException e) {
        return body(HttpStatus.BAD_REQUEST, BadParameters.bind(e.getBindingResult()));
    }

    /** Malformed JSON, or a value of the wrong type: a mistake of the caller's, named as far as it can be. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, UnreadableJson.message(e, ""));
    }

    /** An upload endpoint called without a multipart body. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "上传请求的格式不对：文件应以 multipart/form-data 的 file 字段上传");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "上传的文件太大");
    }

    /** The database is down or recovering: not the caller's fault nor a defect, and worth a retry. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Map<String, Object>> databaseDown(DataAccessResourceFailureException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
    }

    /**
     * A client that closed its connection mid-answer (a timeout, a closed tab, a load tool stopping) is not an
     * error of ours, and nothing can be written back to it: noted at DEBUG, no body. Tomcat's
     * {@code ClientAbortException} and Spring's {@code AsyncRequestNotUsableException} are IOExceptions; a
     * converter's write wraps them in a RuntimeException, which {@link #other} passes here.
     */
    @ExceptionHandler(IOException.class)
    ResponseEntity<Map<String, Object>> io(IOException e) throws IOException {
        if (CLIENT_GONE.checkAndLogClientDisconnectedException(e)) {
            return null;
        }
        throw e;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> other(RuntimeException e) {
        if (CLIENT_GONE.checkAndLogClientDisconnectedException(e)) {
            return null;
        }
        ResponseStatus annotated = e.getClass().getAnnotation(ResponseStatus.class);
        if (annotated != null) {
            return body(annotated.code() == HttpStatus.INTERNAL_SERVER_ERROR ? annotated.value() : annotated.code(),
                    e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return body(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (DatabaseUnavailable.causes(e)) {  // e.g. a rollback that failed as the server went away
            return body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        }
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("API 请求出错", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后再试");
    }

    private static String defaultMessage(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "未找到";
            case 400 -> "请求有误";
            case 403 -> "无权访问";
            default -> "请求失败";
        };
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(ApiErrorBody.of(status.value(), message));
    }
}
