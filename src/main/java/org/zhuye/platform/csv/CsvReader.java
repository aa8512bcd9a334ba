package org.zhuye.platform.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
 * A UTF-8 byte-order mark (as Excel writes) is skipped. Rows are numbered as a spreadsheet
 * numbers them, the header being row 1, so messages can point at the row a user sees. A field
 * may hold at most 32,767 characters and a row 16,384 fields (Excel's limits), so a file of one
 * endless cell stops with an error instead of filling the memory.
 */
public final class CsvReader implements AutoCloseable {

    public static final int MAX_FIELD_CHARS = 32_767;
    public static final int MAX_FIELDS = 16_384;
    /** Bytes looked at to tell the encoding. */
    private static final int SNIFF_BYTES = 1 << 16;

    private final Reader in;
    // Our own buffer: BufferedReader.read() takes a lock for every character, a third of the
    // time of reading a province-sized file.
    private final char[] buffer;
    private int position;
    private int limit;
    private int rowNumber;
    /** Fields of the current row read so far, to name the column of a field that is too long. */
    private int fieldsSoFar;
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

    /**
     * Reads a CSV in whatever encoding Excel or WPS saved it, told by its content: a byte-order
     * mark (UTF-8, UTF-16LE or BE); UTF-16 without one (every other byte NUL); UTF-8 when the
     * start of the file is valid UTF-8; else GB18030, which holds GBK, the encoding of Excel's
     * plain "CSV" on Chinese Windows. Decoding is strict: a byte the encoding cannot read later in
     * the file is a {@link CsvFormatException} for its row, never a replacement character.
     */
    public static CsvReader detecting(InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        Charset charset = encoding(head);
        return new CsvReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    static Charset encoding(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        // Digits, commas and line breaks in UTF-16 have a NUL in every other byte (Chinese text has
        // none); valid UTF-8 has no NUL but a stray one in a cell, which makes no such pattern.
        if (oddNuls > head.length / 10 && evenNuls <= oddNuls / 10) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls > head.length / 10 && oddNuls <= evenNuls / 10) {
            return StandardCharsets.UTF_16BE;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        // Not the end of input: the sample may stop inside a character.
        CoderResult result = utf8.decode(ByteBuffer.wrap(head),
                CharBuffer.allocate(head.length + 1), false);
        return result.isError() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
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
        fieldsSoFar = 0;
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(rowNumber, "引号未闭合，此行之后的内容无法读取");
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    append(field, (char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldsSoFar++;
                if (fields.size() == MAX_FIELDS) {
                    throw new CsvFormatException(rowNumber, "本行超过" + MAX_FIELDS + "列，此行之后的内容无法读取");
                }
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return fields;
            } else {
                append(field, (char) c);
            }
            c = read();
        }
    }

    private void append(StringBuilder field, char c) throws CsvFormatException {
        if (field.length() == MAX_FIELD_CHARS) {
            throw new CsvFormatException(rowNumber, "第" + (fieldsSoFar + 1) + "列超过" + MAX_FIELD_CHARS
                    + "个字符（Excel单元格的上限），此行之后的内容无法读取");
        }
        field.append(c);
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
            try {
                do {
                    n = in.read(buffer, 0, buffer.length);
                } while (n == 0);
            } catch (CharacterCodingException e) {
                throw new CsvFormatException(Math.max(1, rowNumber), "文件的编码前后不一致，这里有无法识别的字节；"
                        + "请在Excel中“另存为”选择“CSV UTF-8（逗号分隔）”，或改用XLSX文件");
            }
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
        private final String reason;

        public CsvFormatException(int row, String message) {
            super("第" + row + "行：" + message);
            this.row = row;
            this.reason = message;
        }

        public int row() {
            return row;
        }

        /** What is wrong, in Chinese, without the row. */
        public String reason() {
            return reason;
        }
    }
}
