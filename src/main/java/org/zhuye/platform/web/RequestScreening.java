package org.zhuye.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, after sign-in and before any controller, what no part of Zhuye can take and what would
 * otherwise fail deep inside as a server error:
 * <ul>
 * <li>a NUL character in a parameter's name or value or in an uploaded file's name — PostgreSQL
 *     cannot store it in text, so a filter or file name holding one failed at the database (400);</li>
 * <li>parameters or an upload the container cannot read (400, or 413 over the upload limit);</li>
 * <li>a JSON body larger than {@code zhuye.web.max-json-body} (default 1 MB): every JSON request is a
 *     form's worth of data, and a body of hundreds of thousands of rows would tie up the server for
 *     any signed-in user (413). Uploads are multipart and keep their own limit.</li>
 * </ul>
 * The API gets its error body; pages get the error page.
 */
@Component
// Just after Spring Security's chain (order -100), so nobody unsigned-in has an upload parsed here.
@Order(-99)
class RequestScreening extends OncePerRequestFilter {

    private final ApiErrorBody errors;
    private final long maxJsonBody;

    RequestScreening(ApiErrorBody errors, @Value("${zhuye.web.max-json-body:1MB}") DataSize maxJsonBody) {
        this.errors = errors;
        this.maxJsonBody = maxJsonBody.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = unreadableParameters(request);
        if (refusal != null) {
            refuse(request, response, refusal.status(), refusal.message());
            return;
        }
        if (isJson(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxJsonBody + 1));
            if (body.length > maxJsonBody) {
                refuse(request, response, 413, "请求内容过大：JSON 请求体最多 " + DataSize.ofBytes(maxJsonBody).toKilobytes()
                        + " KB");
                return;
            }
            request = new ReadBody(request, body);
        }
        chain.doFilter(request, response);
    }

    private record Refusal(int status, String message) {
    }

    /**
     * A NUL character in a parameter, or parameters (multipart parts included) that the container
     * refused to read: Tomcat itself refuses an uploaded file name holding NUL, and an upload over the
     * size limit, by an exception that would otherwise end as its own bare error page.
     */
    private static Refusal unreadableParameters(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            if (causedBy(e, SizeException.class)) {
                return new Refusal(413, "上传的文件太大");
            }
            return new Refusal(HttpServletResponse.SC_BAD_REQUEST, causedBy(e, InvalidFileNameException.class)
                    ? "上传的文件名含有不允许的控制字符（NUL）" : "请求参数或上传内容的格式不对，无法读取");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey())) {
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "参数名含有不允许的控制字符（NUL）");
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    return new Refusal(HttpServletResponse.SC_BAD_REQUEST,
                            "参数 " + parameter.getKey() + " 的值含有不允许的控制字符（NUL）");
                }
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.startsWith("application/json") || type.contains("+json");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            errors.write(response, status, message);
        } else {
            response.sendError(status, message);
        }
    }

    /** The request with its body, already read to measure it, to be read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() != null ? java.nio.charset.Charset.forName(getCharacterEncoding())
                            : java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
