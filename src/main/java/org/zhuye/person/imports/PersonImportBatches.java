package org.zhuye.person.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.zhuye.person.CertificateNumber;
import org.zhuye.platform.csv.RowError;

/**
 * Checks and encrypts rows on worker threads, a batch at a time, and hands the results back in
 * file order, so that reading the file, checking rows and copying them to the database overlap.
 * Only a few batches are ever in flight: memory stays bounded whatever the file's size.
 */
final class PersonImportBatches implements AutoCloseable {

    static final int BATCH = 1_000;

    /**
     * A row as read: the {@code ordinal}-th data row of the file (from 1, across sheets), at {@code row} of
     * {@code sheet}; bit i of {@code numberCells} is set when cell i was a workbook's number cell.
     */
    record Raw(long ordinal, int row, String sheet, List<String> cells, long numberCells) {
    }

    /**
     * A row after its own checks: when it passed, its COPY line (UTF-8) and, for a first load, the
     * line of its status event (null if it has none); else its errors.
     */
    record Checked(int row, String sheet, CertificateNumber certificate, List<RowError> errors, byte[] line,
                   byte[] event) {
    }

    private final ExecutorService workers;
    private final Function<Raw, Checked> work;
    private final Deque<Future<List<Checked>>> pending = new ArrayDeque<>();
    private final int depth;

    PersonImportBatches(int threads, Function<Raw, Checked> work) {
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "person-import-check");
            thread.setDaemon(true);
            return thread;
        });
        this.work = work;
        this.depth = threads * 2;
    }

    /** Queues a batch; when too many are queued, waits for the oldest and gives its rows to {@code sink}. */
    void submit(List<Raw> batch, Consumer<Checked> sink) {
        pending.add(workers.submit(() -> batch.stream().map(work).toList()));
        while (pending.size() > depth) {
            takeOldest(sink);
        }
    }

    /** Gives every queued row to {@code sink}, in order. */
    void drain(Consumer<Checked> sink) {
        while (!pending.isEmpty()) {
            takeOldest(sink);
        }
    }

    private void takeOldest(Consumer<Checked> sink) {
        try {
            pending.removeFirst().get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
