package org.zhuye.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a few requests work at once — by default two per processor — and the rest wait their turn in arrival order.
 *
 * <p>Why: with 64 requests at work on two cores, each thread gets a slice of CPU and then waits for the 63 others;
 * a request that needs two slices waits a whole round of the scheduler between them. Measured at 1.6 million persons
 * (docs/benchmarks.md), the dashboard at 64 concurrent clients answered its slowest 1 % in over 200 ms against a
 * median of 66 ms; with four at work and the rest queued it answers them in under 100 ms, and more per second, since
 * fewer threads contend for the caches and the connection pool. A waiting request holds no CPU and no connection.
 *
 * <p>Not held back, since their time is the network's rather than the processors': a request with a body over
 * 64 KiB (an upload), a download ({@code .xlsx}, {@code .csv}), and the health check (a load balancer must hear
 * from an overloaded server too). And no request waits longer than {@code zhuye.web.admission-wait} (default 2 s):
 * past that it goes ahead, so a stall — slow clients or locks holding every turn — costs a delay, never an outage.
 * {@code zhuye.web.admitted-at-once=0} turns admission off.
 */
@Component
// First of all filters, so sign-in and the session's account lookup are part of a request's turn.
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestAdmission extends OncePerRequestFilter {

    static final long LARGE_BODY = 64 * 1024;

    private final int atOnce;
    private final Semaphore turns;
    private final long maxWaitNanos;

    RequestAdmission(@Value("${zhuye.web.admitted-at-once:-1}") int atOnce,
                     @Value("${zhuye.web.admission-wait:2s}") Duration maxWait) {
        this.atOnce = atOnce < 0 ? 2 * Runtime.getRuntime().availableProcessors() : atOnce;
        this.turns = new Semaphore(Math.max(this.atOnce, 1), true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (atOnce == 0) {
            return true;
        }
        String path = request.getRequestURI();
        return path.endsWith(".xlsx") || path.endsWith(".csv") || path.equals("/actuator/health")
                || request.getContentLengthLong() > LARGE_BODY
                || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (admitted) {
                turns.release();
            }
        }
    }

    /** Requests waiting for their turn now (for tests and monitoring). */
    int waiting() {
        return turns.getQueueLength();
    }
}
