package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.platform.csv.CsvReader;

/** The generator command's files: readable back as the same rows, and written in bounded memory. */
class GeneratePersonsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final int ROWS = 3_000;

    @TempDir
    Path directory;

    @Test
    void aCsvFileReadsBackAsTheSameRowsUnderTheTemplateHeader() throws IOException {
        Path file = directory.resolve("persons.csv");
        GeneratePersons.write(SyntheticPopulation.innerMongolia(5, AS_OF), ROWS, file, GeneratePersons.XLSX_ROWS_PER_SHEET, n -> {
        });

        byte[] start = Files.readAllBytes(file);
        assertThat(new String(start, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte-order mark for Excel")
                .isEqualTo("\u00EF\u00BB\u00BF");
        SyntheticPopulation expected = SyntheticPopulation.innerMongolia(5, AS_OF);
        try (InputStream in = Files.newInputStream(file); CsvReader csv = CsvReader.utf8(in)) {
            assertThat(csv.next()).isEqualTo(PersonTemplate.HEADERS);
            int rows = 0;
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                assertThat(row).isEqualTo(expected.next());
                rows++;
            }
            assertThat(rows).isEqualTo(ROWS);
        }
    }

    @Test
    void anXlsxFileReadsBackAsTheSameRowsUnderTheTemplateHeader() throws IOException {
        Path file = directory.resolve("persons.xlsx");
        GeneratePersons.write(SyntheticPopulation.innerMongolia(5, AS_OF), ROWS, file, GeneratePersons.XLSX_ROWS_PER_SHEET, n -> {
        });

        List<List<List<String>>> sheets = readSheets(file);
        assertThat(sheets).hasSize(1);
        List<List<String>> rows = sheets.get(0);
        assertThat(rows.get(0)).isEqualTo(PersonTemplate.HEADERS);
        assertThat(rows).hasSize(ROWS + 1);
        SyntheticPopulation expected = SyntheticPopulation.innerMongolia(5, AS_OF);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).isEqualTo(expected.next());
        }
    }

    @Test
    void anXlsxFileContinuesOnANewSheetWithTheHeaderWhenASheetIsFull() throws IOException {
        Path file = directory.resolve("persons.xlsx");
        GeneratePersons.write(SyntheticPopulation.innerMongolia(6, AS_OF), 2_500, file, 1_000, n -> {
        });

        List<List<List<String>>> sheets = readSheets(file);
        assertThat(sheets).hasSize(3);
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet.get(0)).isEqualTo(PersonTemplate.HEADERS));
        assertThat(sheets.stream().map(List::size).toList()).containsExactly(1_001, 1_001, 501);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("残疾人", "残疾人（2）", "残疾人（3）");
        }
        SyntheticPopulation expected = SyntheticPopulation.innerMongolia(6, AS_OF);
        for (List<List<String>> sheet : sheets) {
            for (List<String> row : sheet.subList(1, sheet.size())) {
                assertThat(row).isEqualTo(expected.next());
            }
        }
    }

    @Test
    void onlyCsvAndXlsxFilesAreWritten() {
        assertThatThrownBy(() -> GeneratePersons.write(SyntheticPopulation.innerMongolia(1, AS_OF), 1,
                directory.resolve("persons.xls"), 10, n -> {
                }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv 或 .xlsx");
    }

    /**
     * 200,000 rows of either format in a 48 MB heap: a writer that kept rows (some 300 bytes of
     * strings each) would need several times that, so this proves the writing streams. The child's
     * own report (rows per second, size) is printed as a benchmark figure.
     */
    @Test
    void twoHundredThousandRowsFitInASmallHeapInEitherFormat() throws Exception {
        for (String name : List.of("persons.csv", "persons.xlsx")) {
            Path file = directory.resolve(name);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx48m", "-cp", System.getProperty("java.class.path"), GeneratePersons.class.getName(),
                    "200000", file.toString(), "3", AS_OF.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            System.out.print(output);
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("已写 200,000 名虚拟残疾人");
            assertThat(Files.size(file)).isGreaterThan(5_000_000);
        }
        try (var lines = Files.lines(directory.resolve("persons.csv"))) {
            assertThat(lines.count()).isEqualTo(200_001);
        }
    }

    /** Every sheet as rows of cell text, blank cells as "", padded to the template's width. */
    static List<List<List<String>>> readSheets(Path file) throws IOException {
        List<List<List<String>>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    sheets.add(rows.map(GeneratePersonsTest::cells).collect(Collectors.toList()));
                }
            }
        }
        return sheets;
    }

    private static List<String> cells(Row row) {
        return IntStream.range(0, PersonTemplate.HEADERS.size())
                .mapToObj(i -> row.getOptionalCell(i).map(c -> c.getText() == null ? "" : c.getText()).orElse(""))
                .toList();
    }
}
