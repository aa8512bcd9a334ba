package org.zhuye.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

/** The admission of requests, with one turn at a time so that every request after the first must wait. */
class RequestAdmissionTest {

    final CountDownLatch firstMayFinish = new CountDownLatch(1);
    final CountDownLatch firstAtWork = new CountDownLatch(1);
    final List<String> finished = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> running = new CopyOnWriteArrayList<>();
    // A thread per request, as the container gives (the common pool may have one thread on a small machine).
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void letEverythingFinish() {
        firstMayFinish.countDown();
        running.forEach(CompletableFuture::join);
        threads.shutdownNow();
    }

    @Test
    void requestsBeyondTheTurnsWaitAndAreServedInArrivalOrder() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
        occupyTheOnlyTurn(admission);
        for (int i = 1; i <= 3; i++) {
            start(admission, get("/persons/" + i));
            awaitWaiting(admission, i);
        }
        assertThat(finished).isEmpty();

        firstMayFinish.countDown();
        running.forEach(CompletableFuture::join);
        assertThat(finished).containsExactly("/first", "/persons/1", "/persons/2", "/persons/3");
    }

    @Test
    void uploadsDownloadsAndTheHealthCheckAreNotHeldBack() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(30));
        occupyTheOnlyTurn(admission);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/persons/imports");
        upload.setContent(new byte[(int) RequestAdmission.LARGE_BODY + 1]);

        serve(admission, upload);
        serve(admission, get("/persons/export.xlsx"));
        serve(admission, get("/disclosure.csv"));
        serve(admission, get("/actuator/health"));

        assertThat(finished).containsExactly("/persons/imports", "/persons/export.xlsx", "/disclosure.csv", "/actuator/health");
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aRequestWaitingPastTheLimitGoesAheadRatherThanHang() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
        occupyTheOnlyTurn(admission);

        long started = System.nanoTime();
        serve(admission, get("/persons/1"));

        assertThat(finished).containsExactly("/persons/1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void noLimitWhenTurnedOff() throws Exception {
        RequestAdmission admission = new RequestAdmission(0, Duration.ofSeconds(30));
        occupyTheOnlyTurn(admission);

        serve(admission, get("/persons/1"));

        assertThat(finished).containsExactly("/persons/1");
    }

    private void occupyTheOnlyTurn(RequestAdmission admission) throws InterruptedException {
        running.add(CompletableFuture.runAsync(() -> run(admission, get("/first"), () -> {
            firstAtWork.countDown();
            await(firstMayFinish);
        }), threads));
        assertThat(firstAtWork.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private void start(RequestAdmission admission, MockHttpServletRequest request) {
        running.add(CompletableFuture.runAsync(() -> run(admission, request, () -> { }), threads));
    }

    private void serve(RequestAdmission admission, MockHttpServletRequest request) {
        CompletableFuture.runAsync(() -> run(admission, request, () -> { }), threads).orTimeout(10, TimeUnit.SECONDS).join();
    }

    private void run(RequestAdmission admission, MockHttpServletRequest request, Runnable work) {
        FilterChain chain = (req, res) -> {
            work.run();
            finished.add(((MockHttpServletRequest) req).getRequestURI());
        };
        try {
            admission.doFilter(request, new MockHttpServletResponse(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitWaiting(RequestAdmission admission, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.waiting() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(admission.waiting()).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
