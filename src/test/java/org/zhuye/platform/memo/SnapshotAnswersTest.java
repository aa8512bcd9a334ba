package org.zhuye.platform.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SnapshotAnswersTest {

    private final SnapshotAnswers answers = new SnapshotAnswers(2);

    @Test
    void aQuestionIsCountedOncePerSnapshotAndAgainAfterItIsReplaced() {
        Object first = new Object();
        AtomicInteger counted = new AtomicInteger();
        assertThat(answers.<Integer>get(List.of(first), "province", counted::incrementAndGet)).isEqualTo(1);
        assertThat(answers.<Integer>get(List.of(first), "province", counted::incrementAndGet)).isEqualTo(1);
        Object second = new Object();
        assertThat(answers.<Integer>get(List.of(second), "province", counted::incrementAndGet)).isEqualTo(2);
        assertThat(answers.<Integer>get(List.of(first, second), "province", counted::incrementAndGet))
                .as("another combination of snapshots").isEqualTo(3);
    }

    @Test
    void snapshotsAreComparedByIdentityNotByEquality() {
        AtomicInteger counted = new AtomicInteger();
        answers.get(List.of(new ArrayList<>()), "q", counted::incrementAndGet);
        answers.get(List.of(new ArrayList<>()), "q", counted::incrementAndGet);
        assertThat(counted).hasValue(2);
    }

    @Test
    void identicalQuestionsAskedTogetherWaitForOneCount() throws Exception {
        Object snapshot = new Object();
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> answers.get(List.of(snapshot), "province", () -> {
                    started.countDown();
                    await(release);
                    return counted.incrementAndGet();
                })));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // let the other seven arrive and wait
            release.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(counted).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readersArrivingTogetherAtANewSnapshotShareOneCount() throws Exception {
        int readers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            for (int round = 0; round < 200; round++) {
                Object snapshot = new Object();
                AtomicInteger counted = new AtomicInteger();
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(readers);
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < readers; i++) {
                    results.add(pool.submit(() -> {
                        together.await();
                        return answers.get(List.of(snapshot), "province", () -> {
                            sleep(2);
                            return counted.incrementAndGet();
                        });
                    }));
                }
                for (Future<Integer> result : results) {
                    result.get(10, TimeUnit.SECONDS);
                }
                assertThat(counted).as("round %d", round).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailedCountIsNotKeptAndTheNextAskCountsAgain() {
        Object snapshot = new Object();
        assertThatThrownBy(() -> answers.get(List.of(snapshot), "q", () -> {
            throw new IllegalStateException("数据库不可用");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(answers.<String>get(List.of(snapshot), "q", () -> "ok")).isEqualTo("ok");
    }

    @Test
    void beyondItsCapacityAnswersAreGivenButNotKept() {
        Object snapshot = new Object();
        AtomicInteger counted = new AtomicInteger();
        answers.get(List.of(snapshot), "a", counted::incrementAndGet);
        answers.get(List.of(snapshot), "b", counted::incrementAndGet);
        answers.get(List.of(snapshot), "c", counted::incrementAndGet);
        answers.get(List.of(snapshot), "c", counted::incrementAndGet);
        answers.get(List.of(snapshot), "a", counted::incrementAndGet);
        assertThat(counted).hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
