package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class EmployerBrowserTest extends BrowserTest {

    private static final Jurisdiction HONGSHAN = Jurisdiction.of("150402000000");

    @Autowired
    AccountFixtures accounts;

    private Locator nav() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"));
    }

    @Test
    void anAdministratorRegistersAUnitFixingTheMistakesTheFormNamesAndGivesItAnAccount() {
        var admin = accounts.create("e-admin", "150402000000", Role.ADMIN);
        signIn(page, admin.username(), AccountFixtures.PASSWORD);
        nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用人单位").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("用人单位");
        check("list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记用人单位")).click();
        check("new");
        String code = TestCreditCodes.next("11", "150400");
        page.locator("#creditCode").fill(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        page.locator("#name").fill("赤峰市浏览器测试局");
        page.locator("#type").selectOption("AGENCY");
        page.locator("#authorisedPosts").fill("五十");
        // The picker offers only the admin's own 红山区 and below; 元宝山区 next door is not there to choose.
        assertThat(page.locator("select[name=regionCode] option[value^='150403']")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page.locator("#error-summary")).containsText("第18位校验码");
        assertThat(page.locator("#level-error")).containsText("机关须填写行政级别");
        assertThat(page.locator("#industry-error")).isVisible();
        assertThat(page.locator("#authorisedPosts-error")).containsText("编制数");
        check("errors");

        page.locator("#creditCode").fill(code.toLowerCase());
        page.locator("#level").selectOption("盟市级");
        page.locator("#authorisedPosts").fill("55");
        page.locator("#industry").selectOption("S");
        pickRegion(page, "regionCode", "150402001001");
        page.locator("#contactName").fill("乌日娜");
        page.locator("#contactPhone").fill("13912345678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page).hasURL(Pattern.compile("/employers/\\d+$"));
        assertThat(page.locator("h1")).containsText("赤峰市浏览器测试局");
        assertThat(page.locator("h1 .tag")).hasText("机关（盟市级）");
        assertThat(page.locator("#phone-value")).hasText("139****5678");
        assertThat(page.locator("dl.facts")).containsText(code);
        check("unit");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示完整联系电话（将记入审计日志）")).click();
        assertThat(page.locator(".revealed")).hasText("13912345678");

        page.locator("#newUsername").fill("unit-" + System.nanoTime() % 1_000_000);
        page.locator("#newDisplayName").fill("单位经办人");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建并绑定")).click();
        assertThat(page.locator(".secret")).containsText("初始密码");
        assertThat(page.locator("#accounts table")).containsText("单位经办人");
        assertThat(page.locator("#audit-heading ~ .table-wrap")).containsText("绑定单位账号");
        assertThat(page.locator("#audit-heading ~ .table-wrap")).containsText("登记用人单位");
        check("account-created");

        // The list answers the keyboard: Tab reaches the skip link first, Enter in a field searches.
        page.navigate("/employers");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("跳到主要内容");
        page.locator("#name").focus();
        page.keyboard().type("浏览器测试局");
        page.keyboard().press("Enter");
        assertThat(page.locator("#employers-caption")).isVisible();
        assertThat(page.locator("table")).containsText(code);
        check("search-results");
    }

    @Test
    void anEmployerAccountSeesItsOwnUnitAndNoOther() {
        EmployerRegistry registry = accounts.bean(EmployerRegistry.class);
        long own = registry.register(new EmployerInput(TestCreditCodes.next(), "本单位浏览器测试公司", "PRIVATE_ENTERPRISE",
                null, null, null, "C", "150402001001", "联系人", "13800001234"), HONGSHAN);
        long other = registry.register(new EmployerInput(TestCreditCodes.next(), "他单位浏览器测试公司", "PRIVATE_ENTERPRISE",
                null, null, null, "C", "150402001001", null, null), HONGSHAN);
        var employer = accounts.create("e-own", "150402001001", Role.EMPLOYER);
        accounts.bean(EmployerAccounts.class).link(own, employer.username(), HONGSHAN);

        signIn(page, employer.username(), AccountFixtures.PASSWORD);
        nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("本单位").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/employers/" + own + "$"));
        assertThat(page.locator("h1")).containsText("本单位浏览器测试公司");
        assertThat(page.locator("#accounts")).hasCount(0);
        assertThat(page.locator("#audit-heading")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改信息"))).hasCount(0);
        check("own-unit");

        var response = page.navigate("/employers/" + other);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("他单位浏览器测试公司");
    }
}
