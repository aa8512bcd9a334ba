package org.zhuye.person.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;
import org.zhuye.person.TextFields;

/**
 * The one file layout for importing and exporting persons (CSV or XLSX): Chinese headers, one
 * person per row with their current employment status. Codes or their labels are accepted
 * (e.g. 民族 "02" or "蒙古族"); exports write labels.
 */
public final class PersonTemplate {

    /**
     * A column of the template: its header, the most characters a cell may hold (every column has
     * one, so no field can carry megabytes into the registry), and whether Excel must keep it as
     * text (a number cell keeps only 15 digits, so a certificate number typed as a number has lost
     * its last digits before we see it).
     */
    public record Column(String header, int maxLength, boolean textOnly) {
    }

    /** The template's columns in order, each the field of {@link PersonInput} or {@link EmploymentInput} it holds. */
    private static final List<String> FIELDS = List.of("certificateNumber", "name", "ethnicity", "education",
            "regionCode", "hukou", "phone", "multipleCategories", "certStatus", "certIssuedOn", "certValidUntil",
            "guardianName", "guardianRelation", "guardianPhone", "employed", "effectiveOn", "form", "employerName",
            "occupation", "monthlyIncome", "satisfaction", "reason", "livelihood", "registeredOn");

    public static final List<Column> COLUMNS = FIELDS.stream()
            .map(field -> new Column(headerOf(field), TextFields.maxLength(field), field.equals("certificateNumber")))
            .toList();

    public static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

    /** What Excel shows in a cell whose formula failed; never a name or an employer. */
    private static final Set<String> EXCEL_ERRORS = Set.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!",
            "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#BUSY!",
            "#CONNECT!", "#UNKNOWN!");

    /** Index of the first employment column; a row whose employment columns are all blank has no status. */
    public static final int EMPLOYMENT_FROM = 14;

    /**
     * The columns after the employment part: 建档日期 (optional, blank means the import day). It comes last so
     * files made with the earlier 23-column template still read, and the employment columns keep their places.
     */
    public static final int EMPLOYMENT_TO = 23;

    private PersonTemplate() {
    }

    /** The person part of a row (missing trailing cells read as blank). */
    public static PersonInput person(List<String> row) {
        return new PersonInput(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4), cell(row, 5),
                cell(row, 6), cell(row, 7), cell(row, 8), cell(row, 9), cell(row, 10), cell(row, 11), cell(row, 12),
                cell(row, 13), cell(row, EMPLOYMENT_TO));
    }

    /** The employment part of a row, or null when all its cells are blank. */
    public static EmploymentInput employment(List<String> row) {
        boolean any = false;
        for (int i = EMPLOYMENT_FROM; i < EMPLOYMENT_TO; i++) {
            any |= cell(row, i) != null;
        }
        if (!any) {
            return null;
        }
        return new EmploymentInput(cell(row, 15), cell(row, 14), cell(row, 16), cell(row, 17), cell(row, 18),
                cell(row, 19), cell(row, 20), cell(row, 21), cell(row, 22));
    }

    /** The header of the column that holds a {@link PersonInput} or {@link EmploymentInput} field. */
    public static String headerOf(String field) {
        String label = PersonInput.LABELS.get(field);
        return label != null ? label : EmploymentInput.LABELS.getOrDefault(field, field);
    }

    /** One example row, valid against the bundled region tree, for the downloadable template. */
    public static List<String> exampleRow() {
        List<String> row = new ArrayList<>(List.of("15010219850312123242", "示例甲", "蒙古族", "初级中学", "150102001001",
                "城镇", "13800000000", "", "有效", "2020-05-01", "", "示例乙", "配偶", "",
                "是", "2023-04-01", "灵活就业", "", "保洁员", "2500", "4", "", "", "2019-06-18"));
        return List.copyOf(row);
    }

    /**
     * What is wrong with the cell at {@code index} whatever the column means, or null: control
     * characters (a NUL or a line break never belongs in a one-line field), an Excel error value,
     * more characters than the column allows, a number where the column must be text.
     */
    static String cellProblem(int index, String raw, boolean numberCell) {
        Column column = COLUMNS.get(index);
        String value = trim(raw);
        if (value.isEmpty()) {
            return null;
        }
        String textProblem = TextFields.problem(FIELDS.get(index), value);
        if (textProblem != null) {
            return textProblem;
        }
        if (EXCEL_ERRORS.contains(value.toUpperCase(Locale.ROOT))) {
            return "单元格是Excel的错误值（公式出错或引用失效），请填写实际内容";
        }
        if (numberCell && column.textOnly()) {
            return "单元格是数字格式，Excel只保留数字的前15位，末几位已经丢失：请把这一列设为“文本”格式后重新输入";
        }
        return null;
    }

    /**
     * The cell without leading and trailing spaces of any kind: besides ASCII spaces, the
     * no-break space (U+00A0) that web pages and Excel leave behind, the ideographic space
     * (U+3000), and zero-width spaces and byte-order marks, which {@link String#strip} keeps.
     */
    static String trim(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static String cell(List<String> row, int index) {
        if (index >= row.size()) {
            return null;
        }
        String value = trim(row.get(index));
        return value.isEmpty() ? null : value;
    }
}
