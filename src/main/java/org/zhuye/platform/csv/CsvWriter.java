package org.zhuye.platform.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte-order mark, without which Excel on Chinese Windows
 * reads the file as GBK and garbles every header. Fields are quoted only when they must be.
 *
 * <p>Every CSV the product writes goes through here, and its cells come from people's input, so a
 * cell that a spreadsheet would take for a formula ({@code =HYPERLINK(…)} opens a link from Excel)
 * is written as text: OWASP's rule, a {@code '} before a leading {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return. A cell that is wholly a number ({@code -12}, {@code +3.5}) is
 * left alone: a spreadsheet reads it as that number, never as a formula, and negative figures stay
 * figures. Reading such a file back gives the {@code '} with the text.
 */
public final class CsvWriter implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.out.write('\uFEFF');
    }

    public void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i);
            if (field == null || field.isEmpty()) {
                continue;
            }
            field = neutralised(field);
            if (needsQuotes(field)) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    private static String neutralised(String field) {
        char first = field.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaStart && !NUMBER.matcher(field).matches() ? "'" + field : field;
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
