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
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.testing.ZhuyeTest;

/** Issue 4's "done when": an employer files, staff return and then confirm, the levy is explained, the 公示 shows the unit. */
@ZhuyeTest
class DeclarationBrowserTest extends BrowserTest {

    private static final String VILLAGE = "150802001004";

    @Autowired
    AccountFixtures accounts;

    private Locator nav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"));
    }

    private void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void anEmployerFilesStaffReturnAndConfirmAndTheDisclosureShowsTheUnit() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        long unit = fixtures.unit("巴彦淖尔浏览器测试局", "AGENCY", "LEAGUE_CITY", 210, false, VILLAGE);
        UserAccount employer = fixtures.employerAccount(unit, VILLAGE);
        UserAccount staff = fixtures.staff("150802000000");
        String worker = fixtures.person("图雅", 4, 2);
        String unregistered = DeclarationFixtures.certificate(4, 3);

        // The unit files: two employees, one of whom the registry does not know.
        signIn(page, employer.username(), AccountFixtures.PASSWORD);
        nav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("年审申报")).click();
        assertThat(page.locator("h1")).hasText("本单位按比例就业年审申报");
        check("unit-list");
        page.locator("#new-year").fill(String.valueOf(DeclarationFixtures.YEAR));
        button(page, "新建年度申报");
        page.locator("#staffCount").fill("200");
        page.locator("#wageTotal").fill("16000000");
        page.locator("#emp-0-name").fill("图雅");
        page.locator("#emp-0-certificateNumber").fill(worker);
        page.locator("#emp-0-monthlyWage").fill("3200");
        button(page, "添加一名残疾职工");
        page.locator("#emp-1-name").fill("未登记者");
        page.locator("#emp-1-certificateNumber").fill(unregistered);
        page.locator("#emp-1-months").fill("十二");
        page.locator("#emp-1-monthlyWage").fill("3200");
        page.locator("#emp-1-monthlyWage").press("Enter");
        assertThat(page.locator("#error-summary")).containsText("第2名残疾职工：上年在本单位工作月数须为1到12的整数");
        assertThat(page.locator("#emp-1-months")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#emp-1-months-error")).hasText("第2名残疾职工：上年在本单位工作月数须为1到12的整数");
        check("form-errors");
        page.locator("#emp-1-months").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并核验")).first().click();

        assertThat(page).hasURL(Pattern.compile("/declarations/\\d+$"));
        assertThat(page.locator("#status")).hasText("草稿");
        Locator rows = page.locator("#employees tbody tr");
        assertThat(rows.nth(0)).containsText("计入");
        assertThat(rows.nth(0)).containsText("肢体二级");
        assertThat(rows.nth(1)).containsText("未在残疾人实名库登记");
        assertThat(page.locator("#levy-due")).hasText("40000.00");
        assertThat(page.locator("#levy-steps")).containsText("1至2级残疾人");
        check("draft");
        button(page, "提交审核");
        assertThat(page.locator("#status")).hasText("已提交，待审核");
        String declarationUrl = page.url();

        // County staff find it in the queue and send it back with a reason.
        Page reviewer = newPage(new Browser.NewContextOptions());
        signIn(reviewer, staff.username(), AccountFixtures.PASSWORD);
        nav(reviewer).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("年审申报")).click();
        reviewer.locator("#status").selectOption("SUBMITTED");
        reviewer.locator("#name").fill("巴彦淖尔浏览器测试局");
        reviewer.locator("#name").press("Enter");
        reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("巴彦淖尔浏览器测试局")).click();
        check(reviewer, "review");
        reviewer.locator("#reason").fill("第2名职工未在实名库登记，请核实或删除");
        button(reviewer, "退回单位修改");
        assertThat(reviewer.locator("#status")).hasText("已退回，待修改");

        // The unit reads the reason, removes the row and submits again.
        page.navigate(declarationUrl);
        assertThat(page.locator("#return-reason")).containsText("请核实或删除");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改申报")).click();
        button(page, "删除第2名残疾职工");
        assertThat(page.locator("#emp-1-name")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并核验")).first().click();
        assertThat(page.locator("#employees tbody tr")).hasCount(1);
        button(page, "提交审核");

        // Staff confirm: the declaration is locked and the levy stays explained.
        reviewer.navigate(declarationUrl);
        button(reviewer, "确认申报（确认后锁定）");
        assertThat(reviewer.locator("#status")).hasText("已确认");
        assertThat(reviewer.locator("#levy-due")).hasText("40000.00");
        assertThat(reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改申报"))).hasCount(0);
        assertThat(reviewer.locator("#audit-heading ~ .table-wrap")).containsText("确认年审申报");
        check(reviewer, "confirmed");
        reviewer.navigate("/declarations/lists/below-quota?year=" + DeclarationFixtures.YEAR + "&region=" + VILLAGE);
        assertThat(reviewer.locator("#report")).containsText("巴彦淖尔浏览器测试局");
        check(reviewer, "below-quota");

        // Anyone, signed in or not, on a phone: the 公示 lists the unit.
        Page visitor = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        visitor.navigate("/disclosure?year=" + DeclarationFixtures.YEAR + "&region=" + VILLAGE);
        assertThat(visitor.locator("#disclosure tbody tr")).hasCount(1);
        assertThat(visitor.locator("#disclosure")).containsText("巴彦淖尔浏览器测试局");
        assertThat(visitor.locator("#disclosure")).not().containsText("图雅");
        check(visitor, "disclosure-phone");
        assertNoHorizontalScroll(visitor, "disclosure-phone");
    }
}
