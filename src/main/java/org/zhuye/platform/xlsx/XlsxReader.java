package org.zhuye.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of a workbook as text, one row at a time, sheet after sheet (a sheet holds at
 * most 1,048,576 rows, so a large export spans several). Works from a file, because reading from
 * a stream would hold the whole workbook in memory. Numbers come back in plain notation and
 * cells formatted as dates as {@code YYYY-MM-DD}, as a person reading the sheet would copy them.
 *
 * <p>Strings in the shared-strings table of workbooks saved by Excel are held in memory by the
 * underlying reader; workbooks written by {@link XlsxWriter} use inline strings and have none.
 */
public final class XlsxReader implements AutoCloseable {

    /** Excel's limit for the text of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** The serial of 10000-01-01, the first day Excel cannot show. */
    private static final BigDecimal LAST_DATE_SERIAL = BigDecimal.valueOf(2_958_466);

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final long estimatedRows;
    private int sheetIndex = -1;
    private Stream<Row> stream;
    private Iterator<Row> rows;
    private int rowNumber;
    private long rowsRead;
    private long numberCells;

    private XlsxReader(Path file) throws IOException {
        XlsxParts.check(file);
        this.estimatedRows = estimateRows(file);
        // A cell whose value does not parse as its type says becomes an ERROR cell, reported by text().
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
        this.sheets = workbook.getSheets().toList();
    }

    public static XlsxReader open(Path file) throws IOException {
        return new XlsxReader(file);
    }

    /** Whether the file is a ZIP archive, as every XLSX is ("PK\\3\\4"): told by content, whatever its name says. */
    public static boolean isZipArchive(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The next row's cells (empty trailing cells left out), or null after the last sheet. Empty rows are skipped. */
    public List<String> next() throws IOException {
        while (true) {
            if (rows == null || !rows.hasNext()) {
                if (!nextSheet()) {
                    return null;
                }
                continue;
            }
            Row row = rows.next();
            rowNumber = row.getRowNum();
            rowsRead++;
            numberCells = 0;
            List<String> cells = new ArrayList<>(row.getCellCount());
            boolean any = false;
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                String text = text(cell, rowNumber, i);
                if (i < 64 && cell != null && cell.getType() == CellType.NUMBER) {
                    numberCells |= 1L << i;
                }
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                return cells;
            }
        }
    }

    /** Bit i is set when cell i of the last row returned was a number cell (columns past 64 are not told). */
    public long numberCells() {
        return numberCells;
    }

    /** The row number of the last row returned, as the spreadsheet shows it (1 = first row of its sheet). */
    public int rowNumber() {
        return rowNumber;
    }

    /** Index of the sheet of the last row returned, from 0. */
    public int sheetIndex() {
        return sheetIndex;
    }

    public String sheetName() {
        return sheetIndex < 0 ? null : sheets.get(sheetIndex).getName();
    }

    /** Whether the last row returned is the first row of its sheet (where a header belongs). */
    public boolean atSheetStart() {
        return rowNumber == 1;
    }

    /** Rows read so far over all sheets, empty ones included. */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * The rows the sheets declare (their {@code <dimension>}), for a progress bar; 0 when a sheet
     * does not declare it. Read from the start of each sheet part without unpacking the rest.
     */
    public long estimatedRows() {
        return estimatedRows;
    }

    private boolean nextSheet() throws IOException {
        if (stream != null) {
            stream.close();
        }
        sheetIndex++;
        if (sheetIndex >= sheets.size()) {
            rows = null;
            sheetIndex = sheets.size() - 1;
            return false;
        }
        stream = sheets.get(sheetIndex).openStream();
        rows = stream.iterator();
        return true;
    }

    static String text(Cell cell, int row, int column) throws XlsxFormatException {
        if (cell == null) {
            return "";
        }
        String text = switch (cell.getType()) {
            case STRING -> cell.asString() == null ? "" : cell.asString();
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case ERROR -> error(cell, row, column);
            case EMPTY -> "";
        };
        if (text.length() > MAX_CELL_CHARS) {
            throw new XlsxFormatException(row, cellName(column, row) + "单元格超过" + MAX_CELL_CHARS + "个字符（Excel单元格的上限）");
        }
        return text;
    }

    /** Excel's own error values (#N/A, #REF!…) start with '#'; anything else is a value its type could not hold. */
    private static String error(Cell cell, int row, int column) throws XlsxFormatException {
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        if (raw.startsWith("#")) {
            return raw;
        }
        String shown = raw.length() > 20 ? raw.substring(0, 20) + "…" : raw;
        throw new XlsxFormatException(row, cellName(column, row) + "单元格标为数字（或逻辑值），内容却是“" + shown
                + "”：文件不是Excel或WPS正常保存的，请在Excel中打开后另存为XLSX");
    }

    /** The cell's name as Excel shows it, e.g. B7. */
    static String cellName(int column, int row) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.append(row).toString();
    }

    private static String number(Cell cell) {
        BigDecimal value = cell.asNumber();
        if (value == null) {
            return "";
        }
        // Excel shows ##### for a date serial below 0 or past 9999-12-31; the number goes on, for the date check to refuse.
        boolean calendar = value.signum() >= 0 && value.compareTo(LAST_DATE_SERIAL) < 0;
        if (calendar && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                LocalDateTime date = cell.asDate();
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            } catch (RuntimeException e) {
                // Whatever else the reader cannot turn into a date: the number, as above.
            }
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Excel's built-in date formats (14–22, 45–47) and custom ones with day or year parts. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return bare.contains("y") || bare.contains("d");
    }

    private static long estimateRows(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String head = new String(in.readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8);
                    Matcher m = DIMENSION.matcher(head);
                    if (m.find()) {
                        total += Long.parseLong(m.group(1));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    /** A workbook that cannot be read as a workbook, with the row to point at and the reason in Chinese. */
    public static final class XlsxFormatException extends IOException {
        private final int row;

        public XlsxFormatException(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        workbook.close();
    }
}
