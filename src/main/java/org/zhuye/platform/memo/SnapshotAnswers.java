package org.zhuye.platform.memo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Answers worked out from immutable in-memory snapshots (the registry's, the service index's), kept until any
 * of them is replaced. A province-wide statistic walks the whole registry; asked again and again between
 * changes it need be counted only once, and a crowd of identical requests waits for that one count rather
 * than each walking the registry itself. Exact by construction: an answer is found only under the very
 * snapshot objects it was counted from (compared by identity), and the snapshots are swapped the moment a
 * change commits, so a read right after a change never sees an answer from before it.
 */
public final class SnapshotAnswers {

    private record Generation(List<Object> snapshots, ConcurrentHashMap<Object, CompletableFuture<Object>> answers) {
    }

    private final int capacity;
    private final AtomicReference<Generation> generation =
            new AtomicReference<>(new Generation(List.of(), new ConcurrentHashMap<>()));

    /** @param capacity answers kept per generation; further questions are answered without being kept */
    public SnapshotAnswers(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The answer to {@code question} (any value with equals and hashCode that holds every other input of the
     * computation) counted from {@code snapshots}, computed by {@code count} unless it is known or being counted.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> snapshots, Object question, Supplier<T> count) {
        Generation g = generation.get();
        while (!same(g.snapshots(), snapshots)) {
            // A reader still holding an older snapshot may swap back for a moment; the next reader swaps forward.
            // Either way an answer is only ever found under the snapshots it was counted from. The swap is a
            // compare-and-set, so readers arriving together at a new snapshot share one generation (and one
            // count) rather than each starting its own.
            Generation fresh = new Generation(List.copyOf(snapshots), new ConcurrentHashMap<>());
            if (generation.compareAndSet(g, fresh)) {
                g = fresh;
            } else {
                g = generation.get();
            }
        }
        CompletableFuture<Object> known = g.answers().get(question);
        CompletableFuture<Object> mine = null;
        if (known == null) {
            if (g.answers().size() >= capacity) {
                return count.get();
            }
            mine = new CompletableFuture<>();
            known = g.answers().putIfAbsent(question, mine);
        }
        if (known != null) {
            return (T) join(known);
        }
        try {
            T answer = count.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            g.answers().remove(question, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Object join(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static boolean same(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
