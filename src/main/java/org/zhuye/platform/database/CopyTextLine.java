package org.zhuye.platform.database;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of PostgreSQL's COPY text format, field by field: tab-separated, {@code \N} for null,
 * backslash escapes for backslash, tab, newline and carriage return, {@code bytea} as hex. Lines
 * are built on whichever thread checks a row, so the one thread that talks to the database only
 * passes bytes on; they are written as UTF-8 bytes directly, because a province-sized import
 * builds millions of them and going through a String would copy each line three times.
 */
public final class CopyTextLine {

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'\\', 'N'};

    private byte[] bytes = new byte[1024];
    private int length;

    /** A value: null, {@code byte[]} (bytea), Boolean, BigDecimal, a number, a date or text. */
    public CopyTextLine field(Object value) {
        if (value == null) {
            append(NULL);
        } else if (value instanceof byte[] data) {
            hex(data);
        } else if (value instanceof Boolean b) {
            append(b ? (byte) 't' : (byte) 'f');
        } else if (value instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (value instanceof LocalDate || value instanceof Number) {
            ascii(value.toString());
        } else {
            text(value.toString());
        }
        return append((byte) '\t');
    }

    /** Null in each of the next {@code count} fields. */
    public CopyTextLine nulls(int count) {
        for (int i = 0; i < count; i++) {
            field(null);
        }
        return this;
    }

    /** An integer array, such as {@code smallint[]}. */
    public CopyTextLine array(List<Integer> values) {
        append((byte) '{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                append((byte) ',');
            }
            ascii(values.get(i).toString());
        }
        append((byte) '}');
        return append((byte) '\t');
    }

    /** The finished line, newline-terminated, in UTF-8 (the database's encoding). */
    public byte[] toBytes() {
        bytes[length - 1] = '\n';
        return Arrays.copyOf(bytes, length);
    }

    /** bytea in hex input format, its backslash escaped for COPY: {@code \\x0a1b…}. */
    private void hex(byte[] data) {
        ensure(3 + 2 * data.length);
        bytes[length++] = '\\';
        bytes[length++] = '\\';
        bytes[length++] = 'x';
        for (byte b : data) {
            bytes[length++] = HEX_DIGITS[(b >> 4) & 0xf];
            bytes[length++] = HEX_DIGITS[b & 0xf];
        }
    }

    private void ascii(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[length++] = (byte) value.charAt(i);
        }
    }

    /** Text as UTF-8, with COPY's escapes; a character outside the BMP (some rare names) is one code point. */
    private void text(String value) {
        ensure(4 * value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> bytes[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xc0 | (c >> 6));
                bytes[length++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xf0 | (cp >> 18));
                bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                bytes[length++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate is not text: written as U+FFFD, as Java's own encoder does.
                bytes[length++] = (byte) 0xef;
                bytes[length++] = (byte) 0xbf;
                bytes[length++] = (byte) 0xbd;
            } else {
                bytes[length++] = (byte) (0xe0 | (c >> 12));
                bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[length++] = (byte) (0x80 | (c & 0x3f));
            }
        }
    }

    private void escape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private CopyTextLine append(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    private void append(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
