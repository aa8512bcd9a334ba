package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 14's annual report pages: a county's staff start their report from the list, are told every missing part
 * at once, fill it in and submit it by keyboard; the league's staff see it in their list with the rates and return
 * it with a comment; the county reads the return on a phone (390 px, no sideways scrolling). axe-core clean throughout.
 */
@ZhuyeTest
class AnnualReportBrowserTest extends BrowserTest {

    private static final String ULANQAB = "150900000000";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyWritesAndSubmitsItsReportTheLeagueReturnsItAndTheCountyReadsWhyOnAPhone() {
        String county = jdbc.sql("SELECT code FROM region WHERE parent_code = ? AND kind = 'ADMIN' ORDER BY code LIMIT 1")
                .param(ULANQAB).query(String.class).single();
        UserAccount countyStaff = accounts.create("report-page-county", county, Role.STAFF);
        UserAccount leagueStaff = accounts.create("report-page-league", ULANQAB, Role.STAFF);

        signIn(page, countyStaff.username(), AccountFixtures.PASSWORD);
        page.navigate("/annual-reports?year=2023");
        assertThat(page.locator("#own-heading")).containsText("本级报告");
        check("county-list");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填写本级2023年度报告")).click();
        assertThat(page.locator("h1")).containsText("2023年度残疾人就业工作落实情况");
        assertThat(page.locator("main")).containsText("新增残疾人就业");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).click();
        assertThat(page.locator("#error-summary")).containsText("上报前须填写“主要措施”");
        assertThat(page.locator("#error-summary")).containsText("上报前须填写“下步打算”");
        check("county-missing");

        page.getByLabel("主要措施").fill("举办专场招聘会三场");
        page.getByLabel("存在问题").fill("岗位不足");
        page.getByLabel("下步打算").fill("开发公益性岗位");
        page.getByLabel("下步打算").press("Tab");
        page.keyboard().press("Enter");  // the save button follows the last field
        assertThat(page.locator(".notice")).hasText("已保存。");
        assertThat(page.getByLabel("主要措施")).hasValue("举办专场招聘会三场");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("已上报。");
        assertThat(page.locator("main")).containsText("已上报");
        check("county-submitted");
        String reportPath = page.url().replaceAll("^https?://[^/]+", "");

        Page desk = newPage(new Browser.NewContextOptions());
        signIn(desk, leagueStaff.username(), AccountFixtures.PASSWORD);
        desk.navigate("/annual-reports?year=2023");
        assertThat(desk.locator("#rates-heading")).isVisible();
        assertThat(desk.locator("main")).containsText("报送率");
        check(desk, "league-list");
        desk.navigate(reportPath);
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回").setExact(true)).click();
        assertThat(desk.getByLabel("退回意见（必填）")).hasJSProperty("validity.valueMissing", true);
        desk.getByLabel("退回意见（必填）").fill("请补充培训人次");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回").setExact(true)).click();
        assertThat(desk.locator(".notice")).hasText("已退回。");
        check(desk, "league-returned");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        signIn(phone, countyStaff.username(), AccountFixtures.PASSWORD);
        phone.navigate(reportPath);
        assertThat(phone.locator("main")).containsText("已退回");
        assertThat(phone.locator("main")).containsText("请补充培训人次");
        assertNoHorizontalScroll(phone, "phone-returned");
        check(phone, "phone-returned");
    }
}
