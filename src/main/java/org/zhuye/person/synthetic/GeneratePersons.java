package org.zhuye.person.synthetic;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.zhuye.person.imports.PersonTemplate;

/**
 * Writes a synthetic population in the import template to a CSV (UTF-8 with BOM, as Excel reads
 * it) or XLSX file, for tests and benchmarks. No Spring and no database; rows are written as they
 * are made, so 1.6 million persons need no more memory than a thousand.
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=org.zhuye.person.synthetic.GeneratePersons \
 *     -Dexec.args="1600000 target/persons.csv [seed] [as-of date]"
 * </pre>
 *
 * An XLSX sheet holds at most 1,048,576 rows, so a larger population continues on further sheets
 * (残疾人, 残疾人（2）, …), each starting with the header.
 */
public final class GeneratePersons {

    /** Excel's limit per sheet, less the header row. */
    static final int XLSX_ROWS_PER_SHEET = 1_048_575;
    static final long DEFAULT_SEED = 15;
    private static final int FLUSH_EVERY = 5_000;
    private static final long REPORT_EVERY = 200_000;

    /** Columns with few distinct values go to the shared-string table; the rest are written inline so it stays small. */
    private static final boolean[] SHARED = sharedColumns();

    private GeneratePersons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("用法：GeneratePersons 人数 文件.csv|文件.xlsx [随机种子，默认15] [基准日期 YYYY-MM-DD，默认今天]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        LocalDate asOf = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now();
        if (count < 0 || asOf.isAfter(LocalDate.now())) {
            // Rows dated after today would fail the registry's own checks (发证日期, 就业状况日期).
            System.err.println("人数不能为负，基准日期不能晚于今天");
            System.exit(2);
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(seed, asOf);
        long started = System.nanoTime();
        write(population, count, file, XLSX_ROWS_PER_SHEET, written -> {
            if (written % REPORT_EVERY == 0) {
                System.out.printf(Locale.ROOT, "  %,d 行，%,.0f 行/秒%n", written, rate(written, started));
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "已写 %,d 名虚拟残疾人到 %s：%.1f 秒，%,.0f 行/秒，%.1f MB（种子 %d，基准日期 %s）%n",
                count, file, seconds, rate(count, started), Files.size(file) / 1e6, seed, asOf);
    }

    /** Writes {@code count} rows after the header; the format follows the file name's extension. */
    static void write(SyntheticPopulation population, long count, Path file, int rowsPerSheet, LongConsumer progress)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(population, count, file, progress);
        } else if (name.endsWith(".xlsx")) {
            writeXlsx(population, count, file, rowsPerSheet, progress);
        } else {
            throw new IllegalArgumentException("文件名须以 .csv 或 .xlsx 结尾：" + file);
        }
    }

    private static void writeCsv(SyntheticPopulation population, long count, Path file, LongConsumer progress)
            throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write('\uFEFF');
            csvLine(out, PersonTemplate.HEADERS);
            for (long written = 1; written <= count; written++) {
                csvLine(out, population.next());
                progress.accept(written);
            }
        }
    }

    private static void csvLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }

    private static void writeXlsx(SyntheticPopulation population, long count, Path file, int rowsPerSheet,
                                  LongConsumer progress) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook workbook = new Workbook(out, "Zhuye", "1.0");
            Worksheet sheet = null;
            int sheets = 0;
            int row = 0;
            for (long written = 1; written <= count; written++) {
                if (sheet == null || row > rowsPerSheet) {
                    if (sheet != null) {
                        sheet.finish();
                    }
                    sheet = newSheet(workbook, ++sheets);
                    row = 1;
                }
                List<String> cells = population.next();
                for (int column = 0; column < cells.size(); column++) {
                    String cell = cells.get(column);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (SHARED[column]) {
                        sheet.value(row, column, cell);
                    } else {
                        sheet.inlineString(row, column, cell);
                    }
                }
                row++;
                if (row % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
                progress.accept(written);
            }
            if (sheet == null) {
                sheet = newSheet(workbook, 1);
            }
            sheet.finish();
            workbook.finish();
        }
    }

    private static Worksheet newSheet(Workbook workbook, int number) {
        Worksheet sheet = workbook.newWorksheet(number == 1 ? "残疾人" : "残疾人（" + number + "）");
        List<String> headers = PersonTemplate.HEADERS;
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.width(column, column == 0 ? 24 : 14);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        return sheet;
    }

    private static boolean[] sharedColumns() {
        boolean[] shared = new boolean[PersonTemplate.HEADERS.size()];
        for (String header : List.of("民族", "文化程度", "居住地区划代码", "户籍类别", "多重残疾类别", "证件状态", "与本人关系",
                "是否就业", "就业形式", "就业单位", "职业", "就业满意度", "未就业主要原因", "未就业主要生活来源")) {
            shared[PersonTemplate.HEADERS.indexOf(header)] = true;
        }
        return shared;
    }

    private static double rate(long rows, long startedNanos) {
        return rows / Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
    }
}
