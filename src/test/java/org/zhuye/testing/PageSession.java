package org.zhuye.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user signed in through the login form, as a browser is (session cookie, CSRF token), for tests
 * that read the HTML a page serves without starting a browser.
 */
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
        Api.Response home = session.post("/login", session.get("/login").body(), Map.of("username", username, "password", password));
        if (home.body().contains("name=\"password\" type=\"password\"") && home.body().contains("id=\"username\"")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return session;
    }

    public Api.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token taken from {@code pageWithForm}. */
    public Api.Response post(String path, String pageWithForm, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(pageWithForm);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
