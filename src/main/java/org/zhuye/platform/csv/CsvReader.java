package org.zhuye.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
 * A UTF-8 byte-order mark (as Excel writes) is skipped. Rows are numbered as a spreadsheet
 * numbers them, the header being row 1, so messages can point at the row a user sees.
 */
public final class CsvReader implements AutoCloseable {

    private final Reader in;
    // Our own buffer: BufferedReader.read() takes a lock for every character, a third of the
    // time of reading a province-sized file.
    private final char[] buffer;
    private int position;
    private int limit;
    private int rowNumber;
    private boolean firstChar = true;

    public CsvReader(Reader reader) {
        this(reader, 1 << 16);
    }

    /** With a small buffer, tests put rows across its edges. */
    CsvReader(Reader reader, int bufferSize) {
        this.in = reader;
        this.buffer = new char[bufferSize];
    }

    public static CsvReader utf8(InputStream stream) {
        return new CsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The number of the row last returned by {@link #next()}, starting at 1. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The next row's fields, or null at the end of input. Blank lines are skipped. */
    public List<String> next() throws IOException {
        while (true) {
            List<String> row = readRow();
            if (row == null) {
                return null;
            }
            if (!(row.size() == 1 && row.get(0).isEmpty())) {
                return row;
            }
        }
    }

    private List<String> readRow() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        rowNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(rowNumber, "引号未闭合");
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        int c = peek();
        if (c != -1) {
            position++;
        }
        if (firstChar) {
            firstChar = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit) {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n == -1) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Input that is not CSV at all, e.g. an unterminated quote. */
    public static final class CsvFormatException extends IOException {
        private final int row;

        public CsvFormatException(int row, String message) {
            super("第" + row + "行：" + message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }
}
