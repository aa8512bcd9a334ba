package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.jobs.posting.JobPostings;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 12's postings in the browser: an employer account drafts a posting (first with mistakes, named at
 * their fields), submits it; a staff member of the township checks and publishes it from 待审核岗位; both
 * read their lists and the posting's page, at 1280 px and at 390 px without sideways scrolling, axe-core
 * clean throughout.
 */
@ZhuyeTest
class PostingBrowserTest extends BrowserTest {

    private static final String TOWNSHIP = "150402002000";
    private static final String VILLAGE = "150402002001";

    @Autowired
    AccountFixtures accounts;

    @Test
    void anEmployerPostsAJobAndStaffCheckAndPublishIt() {
        long unit = accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), "岗位页面测试商贸公司",
                "PRIVATE_ENTERPRISE", null, null, null, "F", VILLAGE, null, null), Jurisdiction.of(TOWNSHIP));
        UserAccount employer = accounts.create("jobs-page-unit", TOWNSHIP, Role.EMPLOYER);
        accounts.bean(EmployerAccounts.class).link(unit, employer.username(), Jurisdiction.of(TOWNSHIP));
        UserAccount staff = accounts.create("jobs-page-staff", TOWNSHIP, Role.STAFF);

        signIn(page, employer.username(), AccountFixtures.PASSWORD);
        page.navigate("/jobs");
        assertThat(page.locator("h1")).hasText("本单位的招聘岗位");
        check("employer-list-empty");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发布岗位")).click();
        assertThat(page.locator("h1")).hasText("发布招聘岗位");
        page.getByLabel("岗位名称").fill("电商客服");
        page.getByLabel("招聘截止日期").fill(JobPostings.today().minusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("职业须选自职业分类大典");
        assertThat(summary).containsText("招聘截止日期不能早于今天");
        assertThat(page.getByLabel("岗位名称")).hasValue("电商客服");
        check("employer-form-errors");

        page.locator("#occupationCode").selectOption("4-01");
        page.getByLabel("招聘人数").fill("2");
        page.locator("#workMode").selectOption("HOME_BASED");
        page.locator("#employmentForm").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        pickRegion(page, "regionCode", VILLAGE);
        page.getByLabel("月工资下限（元）").fill("2600");
        page.getByLabel("月工资上限（元）").fill("3600");
        page.getByLabel("招聘截止日期").fill(JobPostings.today().plusMonths(2).toString());
        page.getByLabel("读屏可用的软件").check();
        page.getByLabel("弹性工作时间").check();
        page.locator("[id='demands.handWork']").selectOption("2");
        page.getByLabel("视力残疾").check();
        check("employer-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();

        assertThat(page.locator("h1")).containsText("电商客服");
        assertThat(page.locator("h1")).containsText("草稿");
        assertThat(page.locator("main")).containsText("读屏可用的软件、弹性工作时间");
        assertThat(page.locator("#demands-heading + dl")).containsText("一般操作");
        assertThat(page.locator("main")).containsText("新建招聘岗位");
        check("employer-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(page.locator("h1")).containsText("待审核");

        Page employerPhone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(employerPhone, employer.username(), AccountFixtures.PASSWORD);
        employerPhone.navigate("/jobs");
        assertThat(employerPhone.locator("main")).containsText("等待残联审核");
        fits(employerPhone, "employer-list-phone");

        Page desk = newPage(new Browser.NewContextOptions());
        signIn(desk, staff.username(), AccountFixtures.PASSWORD);
        assertThat(desk.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("待审核岗位"))).first())
                .isVisible();
        desk.navigate("/jobs/check");
        Locator card = desk.locator(".check-list > li").filter(new Locator.FilterOptions().setHasText("电商客服"));
        assertThat(card).containsText("岗位页面测试商贸公司");
        check(desk, "staff-check");
        card.getByLabel("已核实用人单位").check();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核发布")).click();
        assertThat(desk.locator("#error-summary")).containsText("核实工作地点");
        check(desk, "staff-check-error");
        card = desk.locator(".check-list > li").filter(new Locator.FilterOptions().setHasText("电商客服"));
        card.getByLabel("已核实用人单位").check();
        card.getByLabel("已核实工作地点及无障碍条件").check();
        card.getByLabel("审核意见（可不填）").fill("电话核实单位，居家岗位无需现场");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("审核发布")).click();
        assertThat(desk.locator(".notice")).hasText("已审核发布。");

        desk.navigate("/jobs?open=true&workMode=HOME_BASED");
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("电商客服")).click();
        assertThat(desk.locator("h1")).containsText("已发布");
        assertThat(desk.locator("main")).containsText("电话核实单位，居家岗位无需现场");
        assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("符合条件的求职者"))).isVisible();
        check(desk, "staff-posting");

        Page staffPhone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(staffPhone, staff.username(), AccountFixtures.PASSWORD);
        staffPhone.navigate("/jobs");
        assertThat(staffPhone.locator("main")).containsText("电商客服");
        fits(staffPhone, "staff-list-phone");
        staffPhone.navigate(desk.url());
        fits(staffPhone, "staff-posting-phone");
        staffPhone.navigate("/jobs/check");
        fits(staffPhone, "staff-check-phone");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
