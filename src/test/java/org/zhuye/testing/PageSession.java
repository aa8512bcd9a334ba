package org.zhuye.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client for the pages, signed in through the login form, for tests that need no browser. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrf(session.get("/login").body()));
        HttpResponse<byte[]> signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.uri().getPath().equals("/login")) {
            throw new IllegalStateException("登录失败：" + username);
        }
        return session;
    }

    public Page get(String path) {
        // As a browser asks, so errors come as the error page rather than as JSON.
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
        return new Page(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("页面没有 CSRF 令牌");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
