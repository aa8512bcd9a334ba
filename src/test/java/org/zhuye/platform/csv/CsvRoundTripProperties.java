package org.zhuye.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the writer writes, the reader reads back, numbered alike, however the rows fall across its buffer. */
class CsvRoundTripProperties {

    @Property(tries = 200)
    void everyRowWrittenIsReadBackUnchanged(@ForAll("files") List<List<String>> rows,
                                            @ForAll @IntRange(min = 1, max = 64) int bufferSize) throws IOException {
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
        assertThat(read).isEqualTo(rows);
    }

    @Provide
    Arbitrary<List<List<String>>> files() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab中,\"\r\n 蒙").ofMaxLength(40);
        // A row of one empty field is a blank line, which the reader skips by design.
        Arbitrary<List<String>> row = field.list().ofMinSize(2).ofMaxSize(25);
        return row.list().ofMinSize(1).ofMaxSize(300);
    }
}
