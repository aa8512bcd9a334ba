package org.zhuye.person.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.xlsx.XlsxReader;

/**
 * The rows of an uploaded file, CSV or XLSX, read one at a time, with where each row is (for
 * messages) and how far through the file the reading is (for the progress bar).
 */
interface PersonImportSource extends AutoCloseable {

    /** The next row (headers included), or null at the end. */
    List<String> next() throws IOException;

    /** The row number of the last row, as the user's spreadsheet shows it. */
    int rowNumber();

    /** Whether the last row is where a header belongs (the first row of the file or of a sheet). */
    boolean header();

    /** The sheet to name in messages, or null when the file has one sheet (or is CSV). */
    String sheet();

    /** Bit i set when cell i of the last row was a number cell (a workbook's); always 0 for CSV. */
    default long numberCells() {
        return 0;
    }

    long totalBytes();

    /** Bytes read so far; for XLSX an estimate from the rows the sheets declare. */
    long bytesRead();

    @Override
    void close() throws IOException;

    static PersonImportSource open(Path file, PersonImportFormat format) throws IOException {
        // An XLSX is a ZIP archive whatever its name says; a CSV named .xlsx is refused as no workbook.
        return format == PersonImportFormat.XLSX ? new Xlsx(file) : new Csv(file);
    }

    final class Csv implements PersonImportSource {
        private final CountingStream counted;
        private final CsvReader reader;
        private final long total;

        Csv(Path file) throws IOException {
            this.total = Files.size(file);
            this.counted = new CountingStream(Files.newInputStream(file));
            this.reader = CsvReader.detecting(counted);
        }

        @Override
        public List<String> next() throws IOException {
            return reader.next();
        }

        @Override
        public int rowNumber() {
            return reader.rowNumber();
        }

        @Override
        public boolean header() {
            return reader.rowNumber() == 1;
        }

        @Override
        public String sheet() {
            return null;
        }

        @Override
        public long totalBytes() {
            return total;
        }

        @Override
        public long bytesRead() {
            return Math.min(counted.count, total);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    final class Xlsx implements PersonImportSource {
        private final XlsxReader reader;
        private final long total;
        private int lastSheet = -1;
        private boolean atHeader;

        Xlsx(Path file) throws IOException {
            this.total = Files.size(file);
            this.reader = XlsxReader.open(file);
        }

        @Override
        public List<String> next() throws IOException {
            List<String> row = reader.next();
            if (row != null) {
                // The first non-empty row of each sheet holds its header.
                atHeader = reader.sheetIndex() != lastSheet;
                lastSheet = reader.sheetIndex();
                // A workbook leaves empty trailing cells out; a CSV row must have every column.
                while (row.size() < PersonTemplate.HEADERS.size()) {
                    row.add("");
                }
            }
            return row;
        }

        @Override
        public long numberCells() {
            return reader.numberCells();
        }

        @Override
        public int rowNumber() {
            return reader.rowNumber();
        }

        @Override
        public boolean header() {
            return atHeader;
        }

        @Override
        public String sheet() {
            return reader.sheetIndex() > 0 ? reader.sheetName() : null;
        }

        @Override
        public long totalBytes() {
            return total;
        }

        @Override
        public long bytesRead() {
            long estimated = reader.estimatedRows();
            return estimated <= 0 ? 0 : Math.min(total, total * reader.rowsRead() / estimated);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
