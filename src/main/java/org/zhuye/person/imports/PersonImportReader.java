package org.zhuye.person.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.csv.RowError;
import org.zhuye.platform.database.CopyBuffer;
import org.zhuye.platform.xlsx.XlsxReader;

/**
 * Reads a file on a thread of its own and hands its good rows on as chunks of COPY text, so the
 * import's transaction saves one chunk while the next is being read and checked. At most one
 * finished chunk waits: memory stays bounded whatever the file's size. Rows are checked and
 * encrypted by {@link PersonImportBatches}; errors go straight to the import's error sink.
 */
final class PersonImportReader implements AutoCloseable {

    /**
     * Good rows as COPY lines and, in a first load, the lines of their status events, with how far
     * the reading had got when the chunk was full.
     */
    record Chunk(CopyBuffer lines, CopyBuffer events, int rows, long rowsRead, long bytesRead, long totalBytes) {
    }

    interface Sink {
        void errors(List<RowError> errors);

        void progress(long rows, long bytesRead, long totalBytes);
    }

    private static final Chunk END = new Chunk(new CopyBuffer(), new CopyBuffer(), 0, 0, 0, 0);
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile Throwable failure;
    private long rowsRead;

    private final int chunkRows;
    /** Set on the reading thread when the file could not be read to its end. */
    private boolean stoppedEarly;

    private PersonImportReader(Path file, PersonImportFormat format, PersonImportCheck check, int workers,
                               int chunkRows, Function<PersonImportBatches.Raw, PersonImportBatches.Checked> work,
                               Sink sink) {
        this.chunkRows = chunkRows;
        this.thread = new Thread(() -> {
            try {
                read(file, format, check, workers, work, sink);
            } catch (Throwable e) {
                failure = e;
            } finally {
                offer(END);
            }
        }, "person-import-read");
        thread.setDaemon(true);
    }

    static PersonImportReader start(Path file, PersonImportFormat format, PersonImportCheck check, int workers,
                                    int chunkRows, Function<PersonImportBatches.Raw, PersonImportBatches.Checked> work,
                                    Sink sink) {
        PersonImportReader reader = new PersonImportReader(file, format, check, workers, chunkRows, work, sink);
        reader.thread.start();
        return reader;
    }

    /** The next chunk, or null when the file has been read; rethrows what stopped the reading. */
    Chunk next() throws IOException {
        Chunk chunk;
        try {
            chunk = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", e);
        }
        if (chunk != END) {
            return chunk;
        }
        ready.offer(END);
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return null;
    }

    /** Data rows read in all (valid or not), once {@link #next} has answered null. */
    long rowsRead() {
        return rowsRead;
    }

    /** Stops the reading if the saving side gave up first. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Path file, PersonImportFormat format, PersonImportCheck check, int workers,
                      Function<PersonImportBatches.Raw, PersonImportBatches.Checked> work, Sink sink)
            throws IOException {
        List<RowError> errors = new ArrayList<>();
        PersonImportSource opened;
        try {
            opened = PersonImportSource.open(file, format);
        } catch (XlsxReader.XlsxFormatException e) {
            sink.errors(List.of(new RowError(e.row(), null, null, e.getMessage())));
            return;
        } catch (IOException | RuntimeException e) {
            sink.errors(List.of(new RowError(1, null, null, format == PersonImportFormat.XLSX
                    ? "无法读取XLSX文件，请确认它是用Excel或WPS保存的.xlsx工作簿（不支持旧的.xls）"
                    : "无法读取文件")));
            return;
        }
        try (PersonImportSource source = opened; PersonImportBatches batches = new PersonImportBatches(workers, work)) {
            ChunkBuilder chunk = new ChunkBuilder(source);
            Consumer<PersonImportBatches.Checked> good = checked -> {
                RowError repeat = check.repeated(checked.certificate(), checked.row(), checked.sheet());
                if (checked.line() != null && repeat == null) {
                    chunk.add(checked.line(), checked.event());
                } else {
                    errors.addAll(checked.errors());
                    if (repeat != null) {
                        errors.add(repeat);
                    }
                }
            };
            boolean sawHeader = false;
            long rows = 0;
            long lastReport = System.nanoTime();
            List<PersonImportBatches.Raw> batch = new ArrayList<>(PersonImportBatches.BATCH);
            List<String> cells;
            while ((cells = nextRow(source, errors)) != null) {
                if (source.header()) {
                    sawHeader = true;
                    errors.addAll(PersonImportCheck.checkHeader(cells, source.rowNumber(), source.sheet()));
                    continue;
                }
                rows++;
                batch.add(new PersonImportBatches.Raw(rows, source.rowNumber(), source.sheet(), cells, source.numberCells()));
                if (batch.size() == PersonImportBatches.BATCH) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("导入已停止");
                    }
                    batches.submit(batch, good);
                    batch = new ArrayList<>(PersonImportBatches.BATCH);
                    rowsRead = rows;
                    if (!errors.isEmpty()) {
                        sink.errors(List.copyOf(errors));
                        errors.clear();
                    }
                    if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                        sink.progress(rows, source.bytesRead(), source.totalBytes());
                        lastReport = System.nanoTime();
                    }
                }
            }
            batches.submit(batch, good);
            batches.drain(good);
            rowsRead = rows;
            chunk.flush();
            if (stoppedEarly) {
                // The file could not be read to its end: the reason is reported, "empty" would mislead.
            } else if (!sawHeader) {
                errors.add(new RowError(1, null, null, "文件是空的：第1行应为模板的表头"));
            } else if (rows == 0) {
                errors.add(new RowError(2, null, null, "文件只有表头，没有数据行"));
            }
            sink.errors(List.copyOf(errors));
            sink.progress(rows, source.totalBytes(), source.totalBytes());
        }
    }

    private void offer(Chunk chunk) {
        try {
            ready.put(chunk);
        } catch (InterruptedException e) {
            // The saving side has stopped; nobody is waiting for this chunk.
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A file that cannot be read on (an unterminated quote, a cell past Excel's limit, bytes of
     * another encoding, a broken workbook) ends the reading with one error for the row it got to.
     */
    private List<String> nextRow(PersonImportSource source, List<RowError> errors) throws IOException {
        try {
            return source.next();
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), null, null, "CSV格式错误：" + e.reason()));
        } catch (XlsxReader.XlsxFormatException e) {
            errors.add(new RowError(e.row(), null, null, e.getMessage()));
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IllegalStateException e) {
            errors.add(new RowError(Math.max(1, source.rowNumber()), null, null,
                    "无法读取XLSX文件：第" + Math.max(1, source.rowNumber()) + "行之后的内容已损坏，请在Excel中打开后另存为XLSX"));
        }
        stoppedEarly = true;
        return null;
    }

    private final class ChunkBuilder {
        private final PersonImportSource source;
        private CopyBuffer lines = new CopyBuffer();
        private CopyBuffer events = new CopyBuffer();
        private int rows;

        ChunkBuilder(PersonImportSource source) {
            this.source = source;
        }

        void add(byte[] line, byte[] event) {
            lines.write(line);
            if (event != null) {
                events.write(event);
            }
            if (++rows == chunkRows) {
                flush();
            }
        }

        void flush() {
            if (rows == 0) {
                return;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("导入已停止");
            }
            // Handed over without a copy; the next chunk gets buffers of its own.
            offer(new Chunk(lines, events, rows, rowsRead, source.bytesRead(), source.totalBytes()));
            lines = new CopyBuffer();
            events = new CopyBuffer();
            rows = 0;
        }
    }
}
