package org.zhuye.employer.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** The tax bureau's feedback file: all or nothing, every problem by row and column, a second import harmless. */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentImportTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    PaymentImport imports;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    PaymentFixtures fixtures;
    UserAccount staff;
    long first;
    long second;
    String firstCode;
    String secondCode;

    @BeforeAll
    void units() {
        fixtures = new PaymentFixtures(accounts);
        staff = fixtures.staff();
        first = fixtures.owingUnit("四子王旗导入测试甲公司", PaymentFixtures.WULANHUA);
        second = fixtures.owingUnit("四子王旗导入测试乙公司", PaymentFixtures.JISHENGTAI);
        firstCode = fixtures.creditCode(first);
        secondCode = fixtures.creditCode(second);
    }

    @Test
    void aGoodFileIsRecordedAndImportingItAgainSkipsEveryVoucher() throws IOException {
        byte[] file = PaymentFixtures.workbook(List.of(
                List.of(firstCode, String.valueOf(YEAR), "43200.00", YEAR + "-09-20", "IMP-A-0001"),
                List.of(secondCode, String.valueOf(YEAR), "20000", YEAR + "-10-08", "IMP-A-0002"),
                List.of(secondCode, String.valueOf(YEAR), "23200", YEAR + "-11-08", "IMP-A-0003")));

        PaymentImport.Outcome dry = run(file, true);
        assertThat(dry.errors()).isEmpty();
        assertThat(dry.recorded()).isEqualTo(3);
        assertThat(standing("IMP-A-%")).isZero();

        PaymentImport.Outcome saved = run(file, false);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.recorded()).isEqualTo(3);
        assertThat(standing("IMP-A-%")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM levy_payment WHERE voucher_no LIKE 'IMP-A-%' AND source = 'IMPORTED'")
                .query(Long.class).single()).isEqualTo(3);

        PaymentImport.Outcome again = run(file, false);
        assertThat(again.recorded()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(standing("IMP-A-%")).isEqualTo(3);
    }

    @Test
    void oneBadRowSavesNothingAndEveryProblemNamesItsRowColumnAndRule() throws IOException {
        String outside = TestCreditCodes.next();
        byte[] file = PaymentFixtures.workbook(List.of(
                List.of(firstCode, String.valueOf(YEAR), "100.00", YEAR + "-09-20", "IMP-B-0001"),
                List.of(outside, String.valueOf(YEAR), "100.00", YEAR + "-09-20", "IMP-B-0002"),
                List.of(secondCode, String.valueOf(YEAR), "100.005", (YEAR - 1) + "-12-01", "IMP-B-0003"),
                List.of(firstCode, String.valueOf(YEAR), "50", YEAR + "-09-21", "imp-b-0001"),
                List.of("9115", String.valueOf(YEAR), "50", YEAR + "-09-21", "IMP-B-0005")));

        PaymentImport.Outcome outcome = run(file, false);
        assertThat(outcome.saved()).isFalse();
        assertThat(outcome.errors()).extracting(PaymentImport.RowError::message).contains(
                "第 3 行 统一社会信用代码：" + outside + " 不是本辖区的用人单位",
                "第 4 行 实缴金额：最多两位小数（元、角、分）：100.005",
                "第 4 行 入库日期：不能早于所属年度 " + YEAR + " 年（当年的残保金在当年征收）",
                "第 5 行 完税凭证号：IMP-B-0001 与第 2 行重复");
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e.message()).startsWith("第 6 行 统一社会信用代码：9115 不是有效的统一社会信用代码"));
        assertThat(standing("IMP-B-%")).isZero();
    }

    @Test
    void aFileWithTheWrongHeaderOrNotAWorkbookIsRefusedWhole() throws IOException {
        PaymentImport.Outcome notXlsx = imports.run(new ByteArrayInputStream("统一社会信用代码,所属年度\n".getBytes()), "a.csv",
                false, staff, staff.jurisdiction());
        assertThat(notXlsx.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("文件不是XLSX工作簿"));
    }

    @Test
    void thePageShowsTheRowErrorsAndTheCountsOfAnImport() throws IOException {
        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        page.get("/levy-payments");
        PageSession.Page refused = page.postFile("/levy-payments/import", "feedback.xlsx", PaymentFixtures.workbook(List.of(
                List.of(firstCode, "20x4", "100", YEAR + "-09-20", "IMP-C-0001"))), Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("第 2 行 所属年度：须为4位年份").contains("未导入任何记录");
        PageSession.Page saved = page.postFile("/levy-payments/import", "feedback.xlsx", PaymentFixtures.workbook(List.of(
                List.of(firstCode, String.valueOf(YEAR), "100", YEAR + "-09-20", "IMP-C-0001"))), Map.of());
        assertThat(saved.body()).contains("已导入。新登记 1 笔，已登记跳过 0 笔。");
    }

    private PaymentImport.Outcome run(byte[] file, boolean dryRun) throws IOException {
        return imports.run(new ByteArrayInputStream(file), "feedback.xlsx", dryRun, staff, staff.jurisdiction());
    }

    private long standing(String pattern) {
        return jdbc.sql("SELECT count(*) FROM levy_payment WHERE voucher_no LIKE ? AND voided_at IS NULL").param(pattern)
                .query(Long.class).single();
    }
}
