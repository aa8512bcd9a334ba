package org.zhuye.person.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhuye.person.CertificateNumber;
import org.zhuye.person.CodeLists;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Checks the rows of one import file, one at a time and without the database: the header, every
 * field ({@link PersonInput#validate}, {@link EmploymentInput#validate} against the birth date the
 * certificate gives), the residence against the villages of the caller's jurisdiction (loaded once
 * by the caller), and that no certificate number appears twice in the file (the first row wins).
 * Checks that need the registry (a number registered elsewhere) run later, over the whole file.
 */
final class PersonImportCheck {

    static final String CERTIFICATE = PersonTemplate.HEADERS.get(0);

    private final CodeLists codes;
    private final Set<String> villages;
    private final Jurisdiction jurisdiction;
    private final LocalDate today;
    private final PersonImportKeys seen = new PersonImportKeys();

    PersonImportCheck(CodeLists codes, Set<String> villages, Jurisdiction jurisdiction, LocalDate today) {
        this.codes = codes;
        this.villages = villages;
        this.jurisdiction = jurisdiction;
        this.today = today;
    }

    /** Problems with a header row: it must be the template's, column for column. */
    static List<RowError> checkHeader(List<String> cells, int row, String sheet) {
        List<RowError> errors = new ArrayList<>();
        if (cells.stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0)) {
            // Excel on Chinese Windows saves "CSV" as GBK unless told otherwise.
            errors.add(new RowError(row, null, null,
                    "文件不是UTF-8编码：请在Excel中“另存为”选择“CSV UTF-8（逗号分隔）”，或改用XLSX文件"));
            return errors;
        }
        List<String> headers = PersonTemplate.HEADERS;
        for (int i = 0; i < Math.max(headers.size(), cells.size()); i++) {
            String expected = i < headers.size() ? headers.get(i) : null;
            String actual = i < cells.size() ? PersonTemplate.trim(cells.get(i)) : "";
            if (expected == null && !actual.isEmpty()) {
                errors.add(new RowError(row, column(sheet, actual), actual, "模板没有这一列，请使用下载的模板"));
            } else if (expected != null && !expected.equals(actual)
                    && !(i >= cells.size() && i >= PersonTemplate.EMPLOYMENT_TO)) {  // an earlier template without 建档日期
                errors.add(new RowError(row, column(sheet, expected), actual,
                        "第" + (i + 1) + "列的表头应为「" + expected + "」，请使用下载的模板"));
            }
        }
        return errors;
    }

    /** The row's data, or every problem with it (fields and repeats), for rows checked one after another. */
    Result check(List<String> cells, int row, String sheet) {
        Result fields = checkFields(cells, 0, row, sheet);
        RowError repeat = repeated(fields.certificate(), row, sheet);
        if (repeat == null) {
            return fields;
        }
        List<RowError> errors = new ArrayList<>(fields.errors());
        errors.add(repeat);
        return new Result(null, errors, fields.certificate());
    }

    /**
     * Every check of the row on its own, the certificate number's repeats aside. Safe to call
     * from several threads at once: it reads only the code lists and the village set.
     * {@code numberCells} has bit i set when cell i was a number cell of a workbook.
     */
    Result checkFields(List<String> rawCells, long numberCells, int row, String sheet) {
        List<RowError> errors = new ArrayList<>();
        int width = PersonTemplate.HEADERS.size();
        if (rawCells.size() > width
                && rawCells.subList(width, rawCells.size()).stream().anyMatch(c -> !c.isBlank())) {
            errors.add(new RowError(row, sheet, null, "本行的列数多于模板的" + width + "列"));
        }
        if (rawCells.size() < width) {
            // A CSV row cut short (or missing separators) would otherwise read as blank columns.
            errors.add(new RowError(row, sheet, null, "本行只有" + rawCells.size() + "列，模板有" + width
                    + "列：这一行可能被截断或少了逗号，请按模板补齐"));
            return new Result(null, errors, null);
        }
        // Cells that break a rule of their column are reported once, and read as blank below.
        List<String> cells = new ArrayList<>(rawCells);
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < width; i++) {
            String problem = PersonTemplate.cellProblem(i, cells.get(i), i < 64 && (numberCells >>> i & 1) == 1);
            if (problem != null) {
                String header = PersonTemplate.HEADERS.get(i);
                errors.add(new RowError(row, column(sheet, header), mask(cells.get(i)), problem));
                reported.add(header);
                cells.set(i, "");
            }
        }
        if (!reported.isEmpty()) {
            List<RowError> cellErrors = List.copyOf(errors);
            Result fields = checkValues(cells, row, sheet);
            List<RowError> all = new ArrayList<>(cellErrors);
            fields.errors().stream().filter(e -> !reported.contains(header(e, sheet))).forEach(all::add);
            return new Result(null, all, fields.certificate());
        }
        Result fields = checkValues(cells, row, sheet);
        if (errors.isEmpty()) {
            return fields;
        }
        errors.addAll(fields.errors());
        return new Result(null, errors, fields.certificate());
    }

    private static String header(RowError error, String sheet) {
        String column = error.column();
        return column == null || sheet == null ? column : column.substring(sheet.length() + 1);
    }

    /** The field checks of a row that has the template's columns and no cell breaking its column's rules. */
    private Result checkValues(List<String> cells, int row, String sheet) {
        List<RowError> errors = new ArrayList<>();
        PersonInput input = PersonTemplate.person(cells);
        PersonInput.Validated person = input.validate(codes);
        person.errors().forEach((field, rule) -> errors.add(error(cells, row, sheet, field, rule)));
        CertificateNumber certificate = person.ok() ? person.data().certificate()
                : CertificateNumber.parse(input.certificateNumber()).number();
        String region = input.regionCode();
        if (region != null && !person.errors().containsKey("regionCode")) {
            String code = region.strip();
            if (RegionCode.parse(code).filter(jurisdiction::contains).isEmpty()) {
                errors.add(error(cells, row, sheet, "regionCode", "居住地超出您的管辖范围"));
            } else if (!villages.contains(code)) {
                errors.add(error(cells, row, sheet, "regionCode", "居住地须为系统中已有的村级（嘎查村、社区）区划"));
            }
        }
        EmploymentInput.Employment employment = null;
        EmploymentInput status = PersonTemplate.employment(cells);
        if (status != null) {
            EmploymentInput.Validated validated = status.validate(codes, today,
                    certificate == null ? null : certificate.birthDate());
            validated.errors().forEach((field, rule) -> errors.add(error(cells, row, sheet, field, rule)));
            employment = validated.employment();
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors, certificate);
        }
        return new Result(new PersonImportRow(row, person.data(), employment), List.of(), certificate);
    }

    /** The error for a number seen on an earlier row (that row wins), or null; call in row order. */
    RowError repeated(CertificateNumber certificate, int row, String sheet) {
        if (certificate == null) {
            return null;
        }
        int first = seen.putIfAbsent(certificate, row);
        if (first == 0) {
            return null;
        }
        return new RowError(row, column(sheet, CERTIFICATE), mask(certificate.value()),
                "与第" + first + "行的残疾人证号重复，同一人在文件中只能出现一次（以第" + first + "行为准）");
    }

    private static RowError error(List<String> cells, int row, String sheet, String field, String rule) {
        String header = PersonTemplate.headerOf(field);
        int index = PersonTemplate.HEADERS.indexOf(header);
        String value = index >= 0 && index < cells.size() ? cells.get(index) : null;
        return new RowError(row, column(sheet, header), mask(value), rule);
    }

    private static String column(String sheet, String header) {
        return sheet == null ? header : sheet + "·" + header;
    }

    /** Errors are kept after the import: a value is kept only as {@link ShownValue} shows it. */
    static String mask(String value) {
        return ShownValue.of(value);
    }

    int distinctCertificates() {
        return seen.size();
    }

    record Result(PersonImportRow row, List<RowError> errors, CertificateNumber certificate) {
        boolean ok() {
            return row != null;
        }
    }
}
