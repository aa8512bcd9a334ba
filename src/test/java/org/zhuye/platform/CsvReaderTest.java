package org.zhuye.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.platform.csv.CsvReader;

class CsvReaderTest {

    private static List<List<String>> readAll(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        assertThat(readAll("a,\"b,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z\n"))
                .containsExactly(List.of("a", "b,1", "say \"hi\"", "two\nlines"), List.of("x", "", "z"));
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreSkipped() throws IOException {
        assertThat(readAll("\uFEFFcode,name\n\n150000000000,内蒙古自治区\n"))
                .containsExactly(List.of("code", "name"), List.of("150000000000", "内蒙古自治区"));
    }

    @Test
    void rowNumbersCountPhysicalRowsFromTheHeader() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("h\nfirst\nsecond\n"))) {
            reader.next();
            reader.next();
            assertThat(reader.rowNumber()).isEqualTo(2);
            reader.next();
            assertThat(reader.rowNumber()).isEqualTo(3);
        }
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingItsRow() {
        assertThatThrownBy(() -> readAll("h\nok\n\"open,field\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("第3行");
    }
}
