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
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 12's self-service for a person on a 390 px phone, by keyboard-reachable controls only: the home
 * page sends the unbound account to 绑定本人档案, a wrong phone is reported in the error summary, the right
 * one binds, the record shows masked, and the person registers a job demand — axe-core clean and no
 * sideways scrolling on every page. Staff bind from the person page's 本人账号 section.
 */
@ZhuyeTest
class SelfServiceBrowserTest extends BrowserTest {

    private static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;

    @Test
    void aPersonOnAPhoneBindsSeesTheirRecordAndRegistersAJobDemand() {
        String certificate = PersonTestNumbers.next(1, 3);
        registry.register(PersonTestNumbers.input(certificate, "手机甲"), XINCHENG);
        UserAccount account = accounts.create("self-phone", "150102001001", Role.PERSON);

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, account.username(), AccountFixtures.PASSWORD);
        Locator task = phone.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("绑定本人档案")));
        assertThat(task).isVisible();
        fits(phone, "home-unbound");
        task.click();

        assertThat(phone.locator("h1")).hasText("绑定本人档案");
        fits(phone, "bind");
        phone.getByLabel("残疾人证号").fill(certificate);
        phone.getByLabel("姓名").fill("手机甲");
        phone.getByLabel("联系电话").fill("13900000000");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验并绑定")).click();
        assertThat(phone.locator("#bind-errors")).containsText("不一致");
        assertThat(phone.locator("#bind-errors a")).hasAttribute("href", "#certificateNumber");
        fits(phone, "bind-mismatch");

        phone.getByLabel("残疾人证号").fill(certificate);
        phone.getByLabel("联系电话").fill("138 0000 1234");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验并绑定")).click();
        assertThat(phone.locator("h1")).hasText("我的档案");
        assertThat(phone.locator("main")).containsText("138****1234");
        assertThat(phone.locator("main")).not().containsText(certificate);
        fits(phone, "record");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记我的就业需求")).click();
        assertThat(phone.locator("h1")).hasText("登记我的就业需求");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存我的就业需求")).click();
        fits(phone, "demand-errors");
        phone.locator("#occupation-0").selectOption("4-10");
        phone.locator("#place-150102000000").check();
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("灵活安排").setExact(true)).check();
        phone.getByLabel("读屏软件、放大或盲文设备").check();
        fits(phone, "demand");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存我的就业需求")).click();

        assertThat(phone.locator("#demand")).containsText("灵活安排");
        assertThat(phone.locator("#demand")).containsText("本人（自助登记）");
        fits(phone, "record-with-demand");
        phone.navigate("/");
        assertThat(phone.locator("main")).containsText("填写我的能力与求职意愿");
        fits(phone, "home-bound");
    }

    @Test
    void staffBindAnAccountFromThePersonPage() {
        long person = registry.register(PersonTestNumbers.input(PersonTestNumbers.next(4, 4), "窗口甲"), XINCHENG);
        UserAccount account = accounts.create("self-desk", "150102001001", Role.PERSON);
        UserAccount staff = accounts.create("self-staff", "150102000000", Role.STAFF);

        Page page = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/" + person);
        Locator section = page.locator("#person-account");
        assertThat(section).containsText("尚未绑定本人账号");
        section.locator("#account-forms summary").click();
        assertThat(section.locator("#bind-username")).isVisible();
        check(page, "person-account-forms");
        section.getByLabel("账号的用户名", new Locator.GetByLabelOptions().setExact(true)).fill(account.username());
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("绑定").setExact(true)).click();
        assertThat(page.locator("#person-account")).containsText(account.username());
        check(page, "person-account-bound");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
