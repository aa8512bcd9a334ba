package org.zhuye.platform.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a workbook row by row straight to a stream: cells are inline strings (no shared-strings
 * table to grow in memory) and rows are flushed as they go. Past Excel's 1,048,576 rows a new
 * sheet is begun with the same header, so any number of rows fits.
 */
public final class XlsxWriter implements AutoCloseable {

    /** Rows per sheet, header included (Excel's limit). */
    static final int MAX_ROWS = 1_048_576;
    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final String sheetName;
    private final int maxRows;
    private List<String> header;
    private List<Integer> widths;
    private Worksheet sheet;
    private int sheets;
    private int row;

    public XlsxWriter(OutputStream out, String sheetName) {
        this(out, sheetName, MAX_ROWS);
    }

    XlsxWriter(OutputStream out, String sheetName, int maxRows) {
        this.workbook = new Workbook(out, "Zhuye", "1.0");
        this.workbook.setCompressionLevel(1);
        this.sheetName = sheetName;
        this.maxRows = maxRows;
    }

    /** Column widths in characters, applied to every sheet; call before {@link #header}. */
    public XlsxWriter widths(List<Integer> characters) {
        this.widths = characters;
        return this;
    }

    public void header(List<String> cells) throws IOException {
        this.header = List.copyOf(cells);
        newSheet();
    }

    public void row(List<String> cells) throws IOException {
        if (sheet == null) {
            newSheet();
        }
        if (row >= maxRows) {
            newSheet();
        }
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value != null && !value.isEmpty()) {
                sheet.inlineString(row, c, value);
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /**
     * A row whose {@link Number} cells are written as numbers (so a sheet can add them up) and every other
     * cell as text; {@code null} leaves the cell empty. Bold when {@code bold}, as a form's header and total rows are.
     */
    public void values(List<?> cells, boolean bold) throws IOException {
        if (sheet == null || row >= maxRows) {
            newSheet();
        }
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else if (value != null && !value.toString().isEmpty()) {
                sheet.inlineString(row, c, value.toString());
            }
            if (bold) {
                sheet.style(row, c).bold().set();
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** The index on the current sheet of the next row to be written (0-based), for {@link #merge}. */
    public int nextRow() {
        return row;
    }

    /**
     * Merges a block of the current sheet into one cell, as a paper form's grouped headers are (rows and
     * columns 0-based, inclusive); the text is the block's first cell's.
     */
    public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) throws IOException {
        if (sheet == null) {
            newSheet();
        }
        sheet.range(firstRow, firstColumn, lastRow, lastColumn).merge();
    }

    private void newSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + "(" + sheets + ")");
        row = 0;
        if (widths != null) {
            for (int c = 0; c < widths.size(); c++) {
                sheet.width(c, widths.get(c));
            }
        }
        if (header != null) {
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            row = 1;
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet == null) {
            newSheet();
        }
        sheet.finish();
        workbook.finish();
    }
}
