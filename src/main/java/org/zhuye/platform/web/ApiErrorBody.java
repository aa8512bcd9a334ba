package org.zhuye.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one error body, {@code {"status": n, "error": "…"}}: built here for the exception handlers
 * and written here by filters that answer before a controller is reached.
 */
@Component
public class ApiErrorBody {

    private final JsonMapper json;

    ApiErrorBody(JsonMapper json) {
        this.json = json;
    }

    public static Map<String, Object> of(int status, String message) {
        return Map.of("status", status, "error", message);
    }

    public void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), of(status, message));
    }
}
