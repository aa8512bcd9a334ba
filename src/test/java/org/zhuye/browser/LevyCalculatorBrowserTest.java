package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/** 残保金测算 in a browser: an exempt small enterprise, a tiered levy explained step by step, and input errors by field. */
@ZhuyeTest
class LevyCalculatorBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    private void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    private void open(Page page) {
        UserAccount viewer = accounts.create("levy-viewer", "150400000000", Role.VIEWER);
        signIn(page, viewer.username(), AccountFixtures.PASSWORD);
        // On a phone the menu folds behind one button, which js/nav.js puts in place of a link once it
        // runs: decide by the viewport and let the click wait for the button, not by what is visible yet.
        if (page.viewportSize().width <= 640) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
        }
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("残保金测算")).click();
        assertThat(page.locator("h1")).hasText("残疾人就业保障金测算");
    }

    @Test
    void aSmallEnterpriseIsExemptAndATieredLevyIsExplainedStepByStep() {
        open(page);
        // The user's own area and the latest year with every parameter are filled in.
        assertThat(page.locator("input[type=hidden][name=regionCode]")).hasValue("150400000000");
        assertThat(page.locator("#year")).hasValue("2024");
        assertThat(page.locator("fieldset.employee")).hasCount(3);
        check("blank");

        pickRegion(page, "regionCode", "150402");
        page.locator("#employerType").selectOption("PRIVATE_ENTERPRISE");
        page.locator("#staffCount").fill("25");
        page.locator("#wageTotal").fill("1200000");
        page.locator("#wageTotal").press("Enter");
        assertThat(page.locator("#levy-due")).hasText("0.00");
        assertThat(page.locator("#levy-exempt")).isVisible();
        assertThat(page.locator("#result")).containsText("内蒙古自治区赤峰市红山区");
        assertThat(page.locator("#levy-steps")).containsText("民营企业在职职工 25 人 ≤ 30，暂免征收");
        assertThat(page.locator("#levy-steps")).containsText("财政部公告2023年第8号");
        check("exempt");

        // 200 staff, one 二级 employee counted twice: 1% of staff, so half the levy on the one-person shortfall.
        page.locator("#staffCount").fill("200");
        page.locator("#wageTotal").fill("16000000");
        button(page, "再添加3行");
        assertThat(page.locator("fieldset.employee")).hasCount(6);
        button(page, "删除第6行");
        assertThat(page.locator("fieldset.employee")).hasCount(5);
        assertThat(page.locator("#staffCount")).hasValue("200");
        page.locator("#emp-0-category").selectOption("4");
        page.locator("#emp-0-grade").selectOption("2");
        page.locator("#emp-0-months").fill("12");
        button(page, "测算");
        assertThat(page.locator("#levy-due")).hasText("40000.00");
        assertThat(page.locator("#levy-exempt")).hasCount(0);
        assertThat(page.locator("#levy-figures")).containsText("50%");
        Locator steps = page.locator("#levy-steps tbody tr");
        assertThat(steps).not().hasCount(0);
        assertThat(page.locator("#levy-steps")).containsText("1至2级残疾人");
        assertThat(page.locator("#levy-steps")).containsText("达到 1%（含）但未达到 1.5%，按 50% 征收");
        assertThat(page.locator("#levy-steps")).containsText("1 × 80,000.00 × 50% = 40,000.00 元");
        check("tiered");
    }

    @Test
    void badInputIsNamedFieldByFieldOnAPhone() {
        page = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        open(page);
        page.locator("#staffCount").fill("二百");
        page.locator("#wageTotal").fill("");
        page.locator("#emp-1-category").selectOption("5");
        page.locator("#emp-1-months").fill("13");
        button(page, "测算");

        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("在职职工人数须为整数");
        assertThat(summary).containsText("请填写上年工资总额（元）");
        assertThat(summary).containsText("第2行残疾职工：请选择残疾等级（一至四级）");
        assertThat(summary).containsText("第2行残疾职工：上年在岗月数须为1到12的整数");
        assertThat(page.locator("#staffCount")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#staffCount-error")).hasText("在职职工人数须为整数，如 200");
        assertThat(page.locator("#emp-1-grade")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#emp-1-category")).hasValue("5");
        assertThat(page.locator("#result")).hasCount(0);
        check("errors-phone");
        assertNoHorizontalScroll(page, "errors-phone");

        // A year the parameters do not cover is named on the year field.
        page.locator("#year").fill("2010");
        page.locator("#staffCount").fill("200");
        page.locator("#wageTotal").fill("16000000");
        page.locator("#emp-1-category").selectOption("");
        button(page, "测算");
        assertThat(page.locator("#year-error")).containsText("2010");
        check("no-parameters");
    }
}
