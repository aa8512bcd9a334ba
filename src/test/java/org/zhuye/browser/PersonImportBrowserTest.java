package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.CertificateLookup;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class PersonImportBrowserTest extends BrowserTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Autowired
    AccountFixtures accounts;

    @Test
    void aBadFileShowsEveryErrorAndAGoodOneIsImported() throws IOException {
        UserAccount staff = accounts.create("importer", "150102", Role.STAFF);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/imports");
        assertThat(page.locator("h1")).hasText("人员导入");
        assertThat(page.getByLabel("只检查，不导入（试运行）")).isChecked();
        check("imports");

        Download template = page.waitForDownload(() -> page.getByText("下载模板（XLSX）").click());
        org.assertj.core.api.Assertions.assertThat(template.suggestedFilename()).isEqualTo("persons-template.xlsx");
        page.getByLabel("人员文件（CSV 或 XLSX）").setInputFiles(template.path());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传")).click();
        assertThat(page.locator(".notice")).containsText("试运行：1 行全部通过检查");
        check("template-checked");
        String csvTemplate = new String(page.request().get("/persons/imports/template.csv").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csvTemplate)
                .startsWith("\uFEFF" + String.join(",", PersonTemplate.HEADERS) + "\r\n")
                .contains(String.join(",", PersonTemplate.exampleRow()));
        page.navigate("/persons/imports");

        String name = "浏览器" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (System.nanoTime() % 10));
        List<String> bad = row(unusedCertificate(), name);
        bad.set(2, "火星族");
        List<String> alsoBad = row(unusedCertificate(), name);
        alsoBad.set(4, "150203001015");
        upload("bad.csv", csv(List.of(bad, alsoBad)));

        assertThat(page).hasURL(Pattern.compile("/persons/imports/\\d+$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("发现 2 处错误");
        assertThat(page.locator("#errors-caption")).isVisible();
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertThat(page.locator("tbody tr").first()).containsText("民族");
        assertThat(page.locator("tbody tr").first()).containsText("火星族");
        assertThat(page.locator("tbody tr").nth(1)).containsText("居住地超出您的管辖范围");
        check("errors");
        Download errors = page.waitForDownload(() -> page.getByText("下载全部错误（XLSX）").click());
        try (org.zhuye.platform.xlsx.XlsxReader reader = org.zhuye.platform.xlsx.XlsxReader.open(errors.path())) {
            org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("行", "列", "值", "说明");
            org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("2", "民族", "火星族", "民族须为GB 3304中的民族名称或两位代码");
            org.assertj.core.api.Assertions.assertThat(reader.next()).contains("3", "居住地区划代码");
            org.assertj.core.api.Assertions.assertThat(reader.next()).isNull();
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回人员导入")).click();
        page.getByLabel("只检查，不导入（试运行）").uncheck();
        String good = unusedCertificate();
        upload("good.csv", csv(List.of(row(good, name))));

        assertThat(page.locator(".notice")).containsText("已导入 1 行：新增 1");
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        check("imported");

        com.microsoft.playwright.APIResponse exported = page.request().get("/persons/export.csv?name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(exported.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(exported.headers().get("content-type")).startsWith("text/csv");
        org.assertj.core.api.Assertions.assertThat(new String(exported.body(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF残疾人证号,姓名").contains(good + "," + name + ",蒙古族");

        page.navigate("/persons/imports");
        assertThat(page.locator("#jobs-caption")).isVisible();
        assertThat(page.locator("tbody tr")).hasCount(3);
        assertThat(page.locator("tbody tr").first()).containsText("已完成");
        assertThat(page.locator("tbody tr").nth(1)).containsText("未通过");
        assertThat(page.locator("tbody tr").nth(2)).containsText("试运行");
        check("job-list");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRunningJobShowsLiveProgressAndTheOutcomeWhenItEnds() {
        UserAccount staff = accounts.create("watcher", "150102", Role.GRASSROOTS);
        long id = jdbc.sql("""
                INSERT INTO person_import_job (created_by, jurisdiction, file_name, format, dry_run, status, message,
                    rows_read, total_bytes, bytes_read, started_at)
                VALUES (?, '150102000000', 'big.csv', 'CSV', false, 'RUNNING', '正在读取和检查', 1200, 1000, 250, now())
                RETURNING id
                """).param(staff.username()).query(Long.class).single();
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/imports/" + id);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("正在读取和检查");
        assertThat(page.getByLabel("已读取文件")).hasAttribute("value", "25");
        check("running");

        jdbc.sql("UPDATE person_import_job SET rows_read = 2400, bytes_read = 500, message = '正在保存' WHERE id = ?").param(id).update();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("正在保存");
        assertThat(page.locator("#progress-rows")).containsText("2400");
        assertThat(page.getByLabel("已读取文件")).hasAttribute("value", "50");

        jdbc.sql("""
                UPDATE person_import_job SET status = 'SUCCEEDED', message = '已导入 2400 行：新增 2400，更新 0，未变 0',
                    inserted = 2400, rows_read = 2400, bytes_read = 1000, finished_at = now() WHERE id = ?
                """).param(id).update();
        assertThat(page.locator(".notice")).containsText("已导入 2400 行");
        assertThat(page.locator("#progress")).not().hasAttribute("hx-trigger", "every 1s");
        check("finished");
    }

    @Autowired
    org.zhuye.platform.database.DataDirectory dataDirectory;

    @Test
    void onAPhoneAnAdministratorChoosesAPlacedFileByKeyboardAndIsToldWhenNoneIsChosen() throws IOException {
        String name = "placed-phone-" + System.nanoTime() + ".csv";
        java.nio.file.Files.write(dataDirectory.resolve("imports").resolve(name),
                csv(List.of(row(unusedCertificate(), "放置" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (System.nanoTime() % 10))))));
        UserAccount admin = accounts.create("placed-phone", "150102", Role.ADMIN);
        Page phone = newPage(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, admin.username(), AccountFixtures.PASSWORD);
        phone.navigate("/persons/imports/placed");
        assertThat(phone.locator("h1")).hasText("导入服务器上的文件");
        check(phone, "placed-phone");
        assertNoHorizontalScroll(phone, "placed-phone");

        // Other tests place files too: clear whatever the page chose so that the form goes without a choice.
        phone.locator("input[name=file]").evaluateAll("radios => radios.forEach(r => r.checked = false)");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始导入")).click();
        assertThat(phone.locator("#file-error")).hasText("文件：请选择导入目录中的一个文件");
        assertThat(phone.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("导入目录中的文件")))
                .hasAttribute("aria-invalid", "true");
        check(phone, "placed-phone-unchosen");

        phone.getByLabel(name).focus();
        phone.keyboard().press("Space");
        assertThat(phone.getByLabel(name)).isChecked();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始导入")).press("Enter");
        assertThat(phone).hasURL(Pattern.compile("/persons/imports/\\d+$"));
        assertThat(phone.locator("main")).containsText(name);
        assertNoHorizontalScroll(phone, "placed-phone-job");
    }

    @Test
    void aViewerCannotOpenTheImportPage() {
        UserAccount viewer = accounts.create("viewer", "150102", Role.VIEWER);
        signIn(page, viewer.username(), AccountFixtures.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(page.navigate("/persons/imports").status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(page.request().get("/persons/export.xlsx").status()).isEqualTo(403);
    }

    private void upload(String fileName, byte[] content) {
        page.getByLabel("人员文件（CSV 或 XLSX）").setInputFiles(new FilePayload(fileName, "text/csv", content));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传")).click();
    }

    private static List<String> row(String certificate, String name) {
        List<String> row = new ArrayList<>(PersonTemplate.exampleRow());
        row.set(0, certificate);
        row.set(1, name);
        return row;
    }

    /** A valid number of a man born 1955-05-05 in 新城区 with sequence {@code n}. */
    private int nextSequence = (int) (System.nanoTime() % 900);

    /**
     * A certificate number no one holds yet: other tests' synthetic persons share the database and may hold any
     * sequence of a day, which once turned a row's two errors into three ("already registered").
     */
    private String unusedCertificate() {
        CertificateLookup lookup = accounts.bean(CertificateLookup.class);
        while (true) {
            String candidate = certificate(9000 + nextSequence++);
            if (lookup.find(candidate, Jurisdiction.of("15")).personId().isEmpty()) {
                return candidate;
            }
        }
    }

    private static String certificate(int n) {
        String body = "15010219550505" + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11) + "42";
    }

    private static byte[] csv(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(PersonTemplate.HEADERS);
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        return out.toByteArray();
    }
}
