package org.zhuye.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/**
 * Whatever the writer writes, the reader reads back, numbered alike, however the rows fall across
 * its buffer; a cell a spreadsheet would take for a formula comes back as the text the writer made of it.
 */
class CsvRoundTripProperties {

    @Test
    void everyRowWrittenIsReadBackUnchangedButForFormulaCellsMadeText() {
        Tries.check(200, in -> {
            List<List<String>> rows = file(in);
            int bufferSize = in.between(1, 64);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvWriter writer = new CsvWriter(out)) {
                for (List<String> row : rows) {
                    writer.row(row);
                }
            }
            List<List<String>> read = new ArrayList<>();
            try (CsvReader reader = new CsvReader(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()),
                    StandardCharsets.UTF_8), bufferSize)) {
                for (List<String> row = reader.next(); row != null; row = reader.next()) {
                    read.add(row);
                    // Messages name rows by this number: a line break must never count twice.
                    assertThat(reader.rowNumber()).isEqualTo(read.size());
                }
            }
            assertThat(read).isEqualTo(rows.stream().map(row -> row.stream().map(CsvRoundTripProperties::asText).toList()).toList());
        });
    }

    private static List<List<String>> file(Inputs in) {
        // A row of one empty field is a blank line, which the reader skips by design.
        return in.list(1, 300, rows -> rows.list(2, 25, fields -> fields.string("ab中,\"\r\n 蒙=+-@\t17.", 0, 40)));
    }

    /** OWASP's rule, restated: a leading =, +, -, @, tab or CR gets a ' unless the cell is a plain number. */
    private static String asText(String cell) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !cell.matches("[+-]?\\d+(\\.\\d+)?");
        return formula ? "'" + cell : cell;
    }
}
