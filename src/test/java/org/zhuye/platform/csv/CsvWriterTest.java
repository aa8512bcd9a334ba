package org.zhuye.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String written(List<String> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(row);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
    }

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreWrittenAsText() throws IOException {
        assertThat(written(List.of("=1+1", "+A1", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"点\")")))
                .isEqualTo("'=1+1,'+A1,'-2+3,'@SUM(A1:A2),\"'=HYPERLINK(\"\"http://x\"\",\"\"点\"\")\"\r\n");
        assertThat(written(List.of("\t=1+1", "\r=1+1"))).isEqualTo("'\t=1+1,\"'\r=1+1\"\r\n");
    }

    @Test
    void numbersStayNumbersAndOrdinaryTextIsUnchanged() throws IOException {
        assertThat(written(List.of("-12", "+3.5", "0471-6612345", "a=b", "巴特尔", "")))
                .isEqualTo("-12,+3.5,0471-6612345,a=b,巴特尔,\r\n");
    }
}
