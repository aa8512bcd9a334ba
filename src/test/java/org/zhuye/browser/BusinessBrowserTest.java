package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 13's 创业扶持 in the browser: a staff member registers a business for a person found by certificate
 * number (first with mistakes, named at their fields), reads its page with the subsidy's conditions, records
 * a loan, and reads the list with the area's totals, at 1280 px and at 390 px without sideways scrolling,
 * axe-core clean throughout.
 */
@ZhuyeTest
class BusinessBrowserTest extends BrowserTest {

    private static final String TOWNSHIP = "150402001000";
    private static final String VILLAGE = "150402001001";

    @Autowired
    AccountFixtures accounts;

    @Test
    void staffRegisterABusinessRecordALoanAndReadTheList() {
        String certificate = PersonTestNumbers.next(2, 2);
        accounts.bean(PersonRegistry.class).register(new PersonInput(certificate, "页面创业者", null, null, VILLAGE, "农村",
                null, null, null, null, null, null, null, null), Jurisdiction.of("15"));
        UserAccount staff = accounts.create("startup-page-staff", TOWNSHIP, Role.STAFF);

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/businesses");
        assertThat(page.locator("h1")).hasText("创业扶持");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记创业实体")).click();
        assertThat(page.locator("h1")).hasText("登记创业实体");
        page.getByLabel("创业者的残疾人证号").fill(certificate);
        page.getByLabel("名称", new Page.GetByLabelOptions().setExact(true)).fill("页面测试奶茶店");
        page.getByLabel("带动就业人数（含本人）").fill("2");
        page.getByLabel("其中其他残疾人").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#error-summary")).containsText("不能多于带动就业人数（2）");
        assertThat(page.locator("#error-summary")).containsText("统一社会信用代码无效");
        assertThat(page.getByLabel("名称", new Page.GetByLabelOptions().setExact(true))).hasValue("页面测试奶茶店");
        check("form-errors");

        page.getByLabel("其中其他残疾人").fill("1");
        page.getByLabel("统一社会信用代码").fill(TestCreditCodes.next("92", "150402"));
        page.locator("#industry").selectOption("H");
        page.getByLabel("成立日期").fill(java.time.LocalDate.now().minusYears(1).toString());
        pickRegion(page, "regionCode", VILLAGE);
        page.getByLabel("详细地址").fill("长青街8号");
        check("form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.locator("h1")).containsText("页面测试奶茶店");
        assertThat(page.locator(".notice")).containsText("实名库");
        assertThat(page.locator("main")).containsText("个体就业（含自主创业）");
        assertThat(page.locator("#subsidy-heading + p")).containsText("今天核发可得 5,000.00 元");
        check("business");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核发创业补贴")).click();
        assertThat(page.locator(".notice")).hasText("已核发创业补贴。");
        page.getByLabel("贷款银行").fill("农村信用社");
        page.getByLabel("贷款金额（元）").fill("120000");
        page.getByLabel("年利率（%）").fill("4.35");
        page.getByLabel("期限（月）").fill("12");
        page.getByLabel("发放日期").fill(java.time.LocalDate.now().minusMonths(6).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并核算贴息")).click();
        assertThat(page.locator(".notice")).hasText("已登记贷款并核算贴息。");
        assertThat(page.locator("#loans-caption + thead + tbody")).containsText("2,827.50");
        check("business-loan");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/businesses");
        assertThat(phone.locator("main")).containsText("页面测试奶茶店");
        check(phone, "list-phone");
        assertNoHorizontalScroll(phone, "list-phone");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("页面测试奶茶店")).click();
        assertThat(phone.locator("main")).containsText("已于");
        check(phone, "business-phone");
        assertNoHorizontalScroll(phone, "business-phone");
        phone.navigate("/businesses/new");
        check(phone, "form-phone");
        assertNoHorizontalScroll(phone, "form-phone");
    }
}
