package org.zhuye.platform.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.person.synthetic.SyntheticPopulation;
import org.zhuye.platform.csv.CsvWriter;

/**
 * The packaged application, as an operator runs it: first start prints a one-time admin
 * password; the admin changes it and loads the registry for the first time (the load that
 * PostgreSQL writes without WAL and syncs at commit); a second import starts and the database server
 * is killed with SIGKILL while it runs or just after, the API then answering 503 (not 401), and the
 * JVM is killed too. The next start must say it is recovering, let the recovery finish and keep every
 * person of the first load and the second import whole or not at all, the JVM is killed alone (its database server lives on),
 * and the third start must come up on the same data, with the changed password and without a
 * second initial admin.
 */
class KillAndRestartIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("密码：\\s+(\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "Restart-Steppe-2026";

    @TempDir
    Path dataDir;

    @Test
    void theAppSurvivesKillNineWithItsDataKept() throws Exception {
        int port = freePort();
        Path firstLog = dataDir.resolveSibling(dataDir.getFileName() + "-first.log");
        Process first = start(port, firstLog);
        // 8,000 persons fill more than PostgreSQL's wal_skip_threshold (2 MB) of `person`: the table is
        // synced to disk at commit rather than logged, and that is what the crash must not lose.
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(2026, LocalDate.now());
        Path persons = writePersons(dataDir.resolveSibling(dataDir.getFileName() + "-persons.csv"), population, 8_000);
        Path more = writePersons(dataDir.resolveSibling(dataDir.getFileName() + "-more.csv"), population, 8_000);
        try {
            String printed = waitFor(firstLog, PRINTED_PASSWORD, first);
            assertThat(me(port, "admin", printed)).contains("\"mustChangePassword\":true");
            changePasswordThroughThePages(port, printed, NEW_PASSWORD);
            assertThat(me(port, "admin", NEW_PASSWORD)).contains("\"mustChangePassword\":false");
            assertThat(importPersons(port, persons).body()).as("a first load into the empty registry")
                    .contains("\"inserted\":8000");
            // An import into the non-empty registry (logged in WAL), the database killed while it runs
            // or just after: the next start must replay the WAL to the end.
            var secondImport = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return importPersons(port, more);
                } catch (Exception e) {
                    return null;
                }
            });
            Thread.sleep(1_500);
            killDatabaseServer();
            HttpResponse<String> cutShort = secondImport.get(2, java.util.concurrent.TimeUnit.MINUTES);
            if (cutShort != null) {
                assertThat(cutShort.statusCode()).as("an import the database died under is done or unavailable, never a server error: "
                        + cutShort.body()).isIn(200, 503);
            }
            HttpResponse<String> whileDown = get(port, "/api/v1/me", "admin", NEW_PASSWORD);
            assertThat(whileDown.statusCode()).as("with the database down the API is unavailable, not unauthorised")
                    .isEqualTo(503);
            assertThat(whileDown.body()).contains("数据库暂时无法连接");
            HttpResponse<String> signInWhileDown = signIn(port, "admin", NEW_PASSWORD);
            assertThat(signInWhileDown.statusCode()).as("the sign-in form says the database is down, not that the password is wrong")
                    .isEqualTo(503);
            assertThat(signInWhileDown.body()).contains("数据库暂时无法连接");
        } finally {
            first.destroyForcibly().waitFor();
        }

        Path recoveredLog = dataDir.resolveSibling(dataDir.getFileName() + "-recovered.log");
        Process recovered = start(port, recoveredLog);
        try {
            waitFor(recoveredLog, Pattern.compile("Started ZhuyeApplication"), recovered);
            assertThat(Files.readString(recoveredLog)).contains("删除残留的").contains("崩溃恢复");
            assertThat(importPersons(port, persons).body()).as("every person of the load survived the crash")
                    .contains("\"inserted\":0").contains("\"unchanged\":8000");
            String again = importPersons(port, more).body();
            assertThat(again).as("the interrupted import is all there or not at all")
                    .matches("(?s).*(\"inserted\":8000|\"unchanged\":8000).*");
        } finally {
            recovered.destroyForcibly().waitFor();
        }

        Path secondLog = dataDir.resolveSibling(dataDir.getFileName() + "-second.log");
        Process second = start(port, secondLog);
        try {
            waitFor(secondLog, Pattern.compile("Started ZhuyeApplication"), second);
            String log = Files.readString(secondLog);
            assertThat(log).contains("发现上次未正常关闭的数据库进程");
            assertThat(log).doesNotContain("初始管理员");
            assertThat(me(port, "admin", NEW_PASSWORD)).contains("\"username\":\"admin\"");
            assertThat(status(port, "/api/v1/regions/15/children", "admin", NEW_PASSWORD)).isEqualTo(200);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("zhuye.jar"),
                "--server.port=" + port, "--zhuye.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("ZHUYE_ADMIN_INITIAL_PASSWORD");
        builder.environment().remove("ZHUYE_DATA_DIR");
        return builder.start();
    }

    private static String waitFor(Path log, Pattern pattern, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                Matcher matcher = pattern.matcher(Files.readString(log));
                if (matcher.find()) {
                    return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("应用已退出：\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("等待超时：" + pattern + "\n" + Files.readString(log));
    }

    /** SIGKILL to the embedded server's postmaster and every process under it, as a power cut would stop them. */
    private void killDatabaseServer() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("数据库进程已不在"));
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** A CSV of the import template with the next {@code count} synthetic persons of the whole region. */
    private static Path writePersons(Path file, SyntheticPopulation population, int count) throws IOException {
        try (CsvWriter csv = new CsvWriter(Files.newOutputStream(file))) {
            csv.row(PersonTemplate.HEADERS);
            for (int i = 0; i < count; i++) {
                csv.row(population.next());
            }
        }
        return file;
    }

    /** POST /api/v1/persons/imports as the admin, the file as multipart; answers the response. */
    private static HttpResponse<String> importPersons(int port, Path file) throws Exception {
        String boundary = "zhuye-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"persons.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString(("admin:" + NEW_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/persons/imports?dryRun=false"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response;
    }

    /** The login form submitted as a browser does; the answer after its redirects. */
    private static HttpResponse<String> signIn(int port, String user, String password) throws Exception {
        return signIn(browser(), "http://localhost:" + port, user, password);
    }

    private static HttpResponse<String> signIn(HttpClient browser, String base, String user, String password) throws Exception {
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return post(browser, base + "/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + csrf(loginPage));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static void changePasswordThroughThePages(int port, String current, String next) throws Exception {
        HttpClient browser = browser();
        String base = "http://localhost:" + port;
        HttpResponse<String> afterLogin = signIn(browser, base, "admin", current);
        assertThat(afterLogin.uri().getPath()).as("a temporary password leads to the password page").isEqualTo("/account/password");
        HttpResponse<String> changed = post(browser, base + "/account/password", "current=" + enc(current)
                + "&password=" + enc(next) + "&confirm=" + enc(next) + "&_csrf=" + csrf(afterLogin.body()));
        assertThat(changed.uri().getPath()).isEqualTo("/");
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html") // as a browser asks: error pages answer in kind
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("page has a CSRF token").isTrue();
        return enc(matcher.group(1));
    }

    private static String me(int port, String user, String password) throws Exception {
        return get(port, "/api/v1/me", user, password).body();
    }

    private static int status(int port, String path, String user, String password) throws Exception {
        return get(port, path, user, password).statusCode();
    }

    private static HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
