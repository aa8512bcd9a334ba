package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * Malformed files, built here byte by byte, through {@code POST /api/v1/persons/imports}: each is
 * refused with a Chinese message on the right row and column, nothing of the file is saved (a good
 * row travels with every bad one), and none ends in a 500.
 */
@ZhuyeTest
class PersonImportMalformedFilesTest {

    @LocalServerPort
    int port;

    private final AccountFixtures accounts;
    private final FieldCipher cipher;
    private final JdbcClient jdbc;

    @Autowired
    PersonImportMalformedFilesTest(AccountFixtures accounts, FieldCipher cipher, JdbcClient jdbc) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    Api staff() {
        UserAccount user = accounts.create("import-malformed", "150102", Role.STAFF);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    long stored(String certificate) {
        return ImportFiles.stored(jdbc, cipher, certificate);
    }

    static List<String> good() {
        return ImportFiles.row(ImportFiles.certificate(4, 2), ImportFiles.uniqueName("好"));
    }

    /** Only an all-digit number can sit in a number cell; one whose check digit is X was always text. */
    static List<String> allDigitCertificate() {
        List<String> row = good();
        while (row.get(0).contains("X")) {
            row = good();
        }
        return row;
    }

    /** Imports for real (not a dry run): a 422 that names the errors, with the good first row not saved. */
    JsonNode refused(String fileName, byte[] file, List<String> goodRow) {
        Api.Response response = staff().postFile("/api/v1/persons/imports?dryRun=false", fileName, file);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        if (goodRow != null) {
            assertThat(stored(goodRow.get(0))).isZero();
        }
        JsonNode errors = response.json().get("errors");
        for (JsonNode error : errors) {
            assertThat(error.get("message").asString()).as("Chinese, short").containsPattern("\\p{IsHan}").hasSizeLessThan(400);
        }
        return errors;
    }

    static void assertRowAndMessage(JsonNode error, int row, String... fragments) {
        assertThat(error.get("row").asInt()).isEqualTo(row);
        assertThat(error.get("message").asString()).contains(fragments);
    }

    static JsonNode only(JsonNode errors) {
        assertThat(errors.size()).as(errors.toString()).isEqualTo(1);
        return errors.get(0);
    }

    // ---- item 3: full identifiers in error reports

    @Test
    void identifiersInAShiftedRowAreMaskedInEveryStoredAndAnsweredErrorWhateverTheColumn() {
        String certificate = ImportFiles.certificate(4, 2);
        List<String> shifted = new ArrayList<>(ImportFiles.row(certificate, ImportFiles.uniqueName("移")));
        shifted.set(6, "13812345678");
        shifted.add(0, "");
        shifted.remove(shifted.size() - 1);
        List<String> good = good();

        Api.Response response = staff().postFile("/api/v1/persons/imports?dryRun=false", "shifted.csv",
                ImportFiles.csv(List.of(good, shifted)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("150102").doesNotContain(certificate.substring(0, 20))
                .doesNotContain("13812345678").contains("138****5678");
        long job = response.json().get("jobId").asLong();
        List<String> kept = jdbc.sql("SELECT coalesce(value, '') || ' ' || message FROM person_import_error WHERE job_id = ?")
                .param(job).query(String.class).list();
        assertThat(kept).isNotEmpty().noneMatch(v -> v.contains(certificate.substring(0, 20)) || v.contains("13812345678"));
        assertThat(kept).anyMatch(v -> v.startsWith(certificate.substring(0, 6) + "**********"));
        assertThat(stored(good.get(0))).isZero();
    }

    // ---- item 10: saved although wrong

    @Test
    void aRowCutToTenFieldsIsRefusedNotReadAsBlankColumns() {
        List<String> good = good();
        List<String> cut = new ArrayList<>(good().subList(0, 10));
        JsonNode error = only(refused("cut.csv", ImportFiles.csv(List.of(good, cut)), good));
        assertRowAndMessage(error, 3, "只有10列", "模板有" + PersonTemplate.COLUMNS.size() + "列");
    }

    @Test
    void namesWithALineBreakOrAControlCharacterAndANulByteAnywhereAreRefusedNot500() {
        List<String> good = good();
        List<String> lineBreak = ImportFiles.row(ImportFiles.certificate(4, 1), "巴特\n尔");
        List<String> bell = ImportFiles.row(ImportFiles.certificate(4, 1), "巴特\u0007尔");
        List<String> nul = good();
        nul.set(18, "保洁\u0000员");
        JsonNode errors = refused("control.csv", ImportFiles.csv(List.of(good, lineBreak, bell, nul)), good);
        assertThat(errors).extracting(e -> e.get("row").asInt() + e.get("column").asString())
                .containsExactly("3姓名", "4姓名", "5职业");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message").asString()).contains("控制字符")
                .doesNotContain("\u0000").doesNotContainIgnoringCase("insert").doesNotContainIgnoringCase("copy"));
    }

    @Test
    void aNulByteInTheHeaderIsReportedWithoutTheNul() {
        List<String> good = good();
        String text = new String(ImportFiles.csv(List.of(good)), StandardCharsets.UTF_8).replaceFirst("姓名", "姓\u0000名");
        JsonNode errors = refused("header.csv", text.getBytes(StandardCharsets.UTF_8), good);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(1);
            assertThat(e.get("column").asString()).isEqualTo("姓名");
            assertThat(e.get("value").asString()).isEqualTo("姓\uFFFD名");
        });
    }

    @Test
    void everyTextColumnHasALengthRuleAndAnErrorKeepsAtMostAFewDozenCharactersOfTheValue() {
        List<String> good = good();
        List<String> employer = good();
        employer.set(17, "单".repeat(5_000));
        List<String> occupation = good();
        occupation.set(18, "职".repeat(51));
        List<String> name = ImportFiles.row(ImportFiles.certificate(4, 1), "名".repeat(20_000));
        JsonNode errors = refused("long.csv", ImportFiles.csv(List.of(good, employer, occupation, name)), good);
        assertThat(errors).extracting(e -> e.get("row").asInt() + e.get("column").asString())
                .containsExactly("3就业单位", "4职业", "5姓名");
        assertThat(errors.get(0).get("message").asString()).contains("不超过100个字").contains("5000");
        assertThat(errors.get(1).get("message").asString()).contains("不超过50个字");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.get("value").asString().length()).isLessThanOrEqualTo(41);
            assertThat(e.get("message").asString().length()).isLessThan(200);
        });
    }

    @Test
    void aCellLongerThanExcelAllowsStopsTheReadingOnItsRowWithoutRepeatingIt() {
        List<String> good = good();
        List<String> huge = good();
        huge.set(17, "x".repeat(40_000));
        JsonNode error = only(refused("huge.csv", ImportFiles.csv(List.of(good, huge)), good));
        assertRowAndMessage(error, 3, "第18列超过32767个字符");
    }

    @Test
    void aWorkbookCellLongerThanExcelAllowsIsRefusedWhileReadingNamingTheCell() throws IOException {
        List<String> row = good();
        row.set(17, "x".repeat(40_000));
        byte[] file = handMade(row, -1, null);
        JsonNode error = only(refused("long.xlsx", file, null));
        assertRowAndMessage(error, 2, "R2", "32767");
    }

    @Test
    void excelErrorValuesAreRefusedAsNamesAndEmployers() {
        List<String> good = good();
        List<String> name = ImportFiles.row(ImportFiles.certificate(4, 1), "#N/A");
        List<String> employer = good();
        employer.set(17, "#REF!");
        JsonNode errors = refused("errors.csv", ImportFiles.csv(List.of(good, name, employer)), good);
        assertThat(errors).extracting(e -> e.get("row").asInt() + e.get("column").asString()).containsExactly("3姓名", "4就业单位");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message").asString()).contains("Excel的错误值"));
    }

    // ---- item 10: files that ended in a 500

    @Test
    void aUtf16CsvWithOrWithoutItsByteOrderMarkIsRead() {
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String text = new String(ImportFiles.csv(List.of(good())), StandardCharsets.UTF_8).replace("\uFEFF", "");
            Api.Response withMark = staff().postFile("/api/v1/persons/imports?dryRun=true", "utf16.csv",
                    ("\uFEFF" + text).getBytes(charset));
            assertThat(withMark.status()).as(withMark.body()).isEqualTo(200);
            assertThat(withMark.json().get("rows").asLong()).isEqualTo(1);
            Api.Response withoutMark = staff().postFile("/api/v1/persons/imports?dryRun=true", "utf16.csv",
                    text.getBytes(charset));
            assertThat(withoutMark.status()).as(withoutMark.body()).isEqualTo(200);
        }
    }

    @Test
    void aGbkCsvAsExcelSavesItOnChineseWindowsIsReadNotReportedAsGarbledRows() {
        String text = new String(ImportFiles.csv(List.of(good(), good())), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Api.Response response = staff().postFile("/api/v1/persons/imports?dryRun=true", "gbk.csv",
                text.getBytes(Charset.forName("GBK")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rows").asLong()).isEqualTo(2);
    }

    @Test
    void anXlsxNamedCsvIsReadAsTheWorkbookItIs() {
        Api.Response response = staff().postFile("/api/v1/persons/imports?dryRun=true", "persons.csv",
                ImportFiles.xlsx(List.of(good())));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rows").asLong()).isEqualTo(1);
    }

    @Test
    void aDateCellWithAHugeOrNegativeSerialIsAnErrorOnItsCell() throws IOException {
        List<String> good = good();
        byte[] file = workbook(sheet -> {
            row(sheet, 1, good);
            List<String> huge = good();
            huge.set(9, "");
            row(sheet, 2, huge);
            sheet.value(2, 9, 1e10);
            sheet.style(2, 9).format("yyyy-mm-dd").set();
            List<String> negative = good();
            negative.set(9, "");
            row(sheet, 3, negative);
            sheet.value(3, 9, -5);
            sheet.style(3, 9).format("yyyy-mm-dd").set();
        });
        JsonNode errors = refused("dates.xlsx", file, good);
        assertThat(errors).extracting(e -> e.get("row").asInt() + e.get("column").asString()).containsExactly("3发证日期", "4发证日期");
    }

    @Test
    void aSharedStringsBombIsRefusedBeforeItExpands() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            workbookParts(zip, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">").getBytes(StandardCharsets.UTF_8));
            byte[] block = "<si><t>残疾人证号</t></si>".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            // 1 MB written 160 times: 160 MB expanded, a few hundred KB in the file.
            for (int i = 0; i < 160; i++) {
                zip.write(block);
            }
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(2_000_000);
        JsonNode error = only(refused("bomb.xlsx", bytes.toByteArray(), null));
        assertRowAndMessage(error, 1, "xl/sharedStrings.xml", "解压后超过");
    }

    // ---- item 10: misleading messages

    @Test
    void aTrailingNoBreakSpaceAfterTheNumberIsTrimmedNotBlamedOnTheReissueSuffix() {
        List<String> row = good();
        row.set(0, row.get(0) + "\u00A0");
        row.set(6, "\u3000" + row.get(6) + "\u00A0");
        Api.Response response = staff().postFile("/api/v1/persons/imports?dryRun=true", "nbsp.csv", ImportFiles.csv(List.of(row)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aCertificateNumberStoredAsANumberIsReportedAsANumberCellNotAsCategoryZero() throws IOException {
        List<String> good = good();
        List<String> numeric = allDigitCertificate();
        String certificate = numeric.get(0);
        numeric.set(0, "");
        byte[] file = workbook(sheet -> {
            row(sheet, 1, good);
            row(sheet, 2, numeric);
            sheet.value(2, 0, Double.parseDouble(certificate));
        });
        JsonNode error = only(refused("numeric.xlsx", file, good));
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("残疾人证号");
        assertThat(error.get("message").asString()).contains("数字格式").contains("文本").doesNotContain("类别");
    }

    @Test
    void aNumberCellHoldingTextIsReportedOnItsRowInChineseWithoutAFalseOnlyHeader() throws IOException {
        byte[] file = handMade(good(), 1, "<c r=\"B2\" t=\"n\"><v>abc</v></c>");
        JsonNode error = only(refused("abc.xlsx", file, null));
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("message").asString()).contains("B2").contains("abc").doesNotContain("只有表头")
                .doesNotContain("Cannot parse");
    }

    // ---- building workbooks

    interface SheetWriter {
        void write(Worksheet sheet);
    }

    /** A workbook of the template's header and the rows {@code rows} writes, made with fastexcel as Excel would. */
    static byte[] workbook(SheetWriter rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("人员");
        row(sheet, 0, PersonTemplate.HEADERS);
        rows.write(sheet);
        workbook.finish();
        return out.toByteArray();
    }

    static void row(Worksheet sheet, int index, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                sheet.value(index, i, cells.get(i));
            }
        }
    }

    /** A workbook written by hand: the template's header and one row of inline strings, cell {@code column} given as {@code cell}. */
    static byte[] handMade(List<String> row, int column, String cell) throws IOException {
        StringBuilder rows = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < PersonTemplate.HEADERS.size(); i++) {
            rows.append(inline(i, 1, PersonTemplate.HEADERS.get(i)));
        }
        rows.append("</row><row r=\"2\">");
        for (int i = 0; i < row.size(); i++) {
            rows.append(i == column ? cell : inline(i, 2, row.get(i)));
        }
        rows.append("</row>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            workbookParts(zip, rows.toString());
        }
        return bytes.toByteArray();
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static String inline(int column, int row, String text) {
        return "<c r=\"" + (char) ('A' + column) + row + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** The parts every workbook has, by hand, with one sheet holding {@code sheetRows}. */
    static void workbookParts(ZipOutputStream zip, String sheetRows) throws IOException {
        part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN));
        part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                </Relationships>""");
        part(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="%s"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>"""
                .formatted(MAIN));
        part(zip, "xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>"""
                .formatted(MAIN, sheetRows));
    }

    static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
