package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class PersonBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void staffRegisterAPersonFixTheirMistakesRevealTheNumberAndRecordAMoveIntoWork() {
        var staff = accounts.create("p-staff", "150102000000", Role.STAFF);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("人员查询").setExact(true)).click();
        check("search-empty");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记人员")).click();
        check("new");

        String certificate = PersonTestNumbers.next(4, 2);
        // A wrong check character: one that differs from the right one (a number whose check digit is 0 stayed valid).
        char wrong = certificate.charAt(17) == '0' ? '1' : '0';
        page.locator("#certificateNumber").fill(certificate.substring(0, 17) + wrong + certificate.substring(18));
        page.locator("#name").fill("浏览器测试");
        // The picker starts at the staff's own 新城区: only its townships are offered; stop at one, short of a village.
        assertThat(page.locator("#regionCode option[value='150203001000']")).hasCount(0);
        pickRegion(page, "regionCode", "150102001000");
        page.locator("#employed-yes").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page.locator("#error-summary")).containsText("校验位");
        assertThat(page.locator("#regionCode")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#regionCode-error")).containsText("嘎查村");
        assertThat(page.locator("#hukou-error")).isVisible();
        assertThat(page.locator("#form-error")).containsText("就业形式");
        check("errors");

        page.locator("#certificateNumber").fill(certificate);
        pickRegion(page, "regionCode", "150102001001");
        page.locator("#hukou").selectOption("城镇");
        page.locator("#ethnicity").fill("蒙古族");
        page.locator("#phone").fill("13800002468");
        page.locator("#employed-no").check();
        page.locator("#effectiveOn").fill("2024-01-01");
        page.locator("#reason").selectOption("无就业技能");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page).hasURL(Pattern.compile("/persons/\\d+$"));
        assertThat(page.locator("h1")).containsText("浏览器测试");
        assertThat(page.locator("#certificate-value")).hasText(certificate.substring(0, 6) + "********"
                + certificate.substring(14, 18) + "·42");
        check("registered");

        page.locator("summary", new Page.LocatorOptions().setHasText("查看完整号码")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示完整残疾人证号")).click();
        assertThat(page.locator("#purpose-error")).containsText("请选择查看完整号码的用途");
        assertThat(page.locator(".revealed")).hasCount(0);
        check("reveal-without-purpose");
        page.locator("#purpose").selectOption("核实身份");
        page.locator("#reveal-certificate").press("Enter");
        assertThat(page.locator(".revealed")).hasText(certificate);
        assertThat(page.locator("#reveal-panel [role=status]")).containsText("用途：核实身份");
        check("revealed");
        page.setViewportSize(390, 844);
        assertThat(page.locator("#reveal-phone")).isVisible();
        check("revealed-phone-width");
        page.setViewportSize(1280, 720);

        page.locator("summary", new Page.LocatorOptions().setHasText("登记新的就业状况")).click();
        // The form loads as the section opens; on a phone it fits the screen.
        page.setViewportSize(390, 844);
        assertThat(page.locator("#employed-yes")).isVisible();
        check("status-form-phone");
        page.setViewportSize(1280, 720);
        String personPath = java.net.URI.create(page.url()).getPath();
        page.locator("#employed-yes").check();
        page.locator("#form").selectOption("灵活就业");
        page.locator("#occupation").fill("快递员");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(page.locator("#employment table")).containsText("快递员");
        assertThat(page.locator("h1")).containsText("已就业");
        check("moved-into-work");

        // Without script the section's link opens the form as a page of its own.
        page.setViewportSize(390, 844);
        page.navigate(personPath + "/employment/new");
        assertThat(page.locator("h1")).containsText("登记新的就业状况");
        assertThat(page.locator("#employed-yes")).isVisible();
        check("status-form-own-page");
        page.setViewportSize(1280, 720);

        page.navigate("/persons?name=" + "浏览器");
        assertThat(page.locator("#persons-caption")).isVisible();
        assertThat(page.locator("table")).containsText("浏览器测试");
        check("search-results");
    }

    @Test
    void aGrassrootsCorrectionTakesEffectOnlyWhenStaffApproveIt() {
        var staff = accounts.create("p-review", "150102000000", Role.STAFF);
        var grassroots = accounts.create("p-grass", "150102001000", Role.GRASSROOTS);
        long id = PersonTestNumbers.register(accounts, "待更正", "150102001001");

        signIn(page, grassroots.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/" + id + "/edit");
        assertThat(page.locator(".notice")).containsText("申请");
        check("grassroots-edit");
        page.locator("#name").fill("已更正");
        page.locator("#ethnicity").fill("05");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交修改申请")).click();
        assertThat(page.locator(".notice")).containsText("修改申请已提交");
        assertThat(page.locator("h1")).containsText("待更正");
        check("requested");
        signOut(page);

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/requests");
        check("review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批准 待更正 的修改申请")).click();
        assertThat(page.locator(".notice")).containsText("已批准");
        page.navigate("/persons/" + id);
        assertThat(page.locator("h1")).containsText("已更正");
        assertThat(page.locator("#audit-heading")).isVisible();
        check("approved");
        page.navigate("/persons/" + id + "/edit");
        assertThat(page.locator("#ethnicity")).hasValue("维吾尔族");  // kept as its code, shown as its name
    }

    @Test
    void staffKeepAHouseholdAndSeeItBecomeZeroEmployment() {
        var staff = accounts.create("p-house", "150102000000", Role.STAFF);
        long id = PersonTestNumbers.register(accounts, "户主测试", "150102001001");
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/" + id);
        page.locator("#household-start").fill("2020-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("以此人为户主建立家庭")).click();
        assertThat(page).hasURL(Pattern.compile("/persons/households/\\d+$"));
        check("household");

        page.locator("summary").click();
        page.locator("#m-name").fill("配偶测试");
        page.locator("#m-sex").selectOption("F");
        page.locator("#m-birth").fill("1990-01-01");
        page.locator("#m-employed").selectOption("否");
        page.locator("#m-relation").selectOption("配偶");
        page.locator("#m-start").fill("2020-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入")).click();
        assertThat(page.locator("#members-heading ~ .table-wrap")).containsText("配偶测试");
        assertThat(page.locator(".tag.zone")).hasText("零就业家庭");
        check("zero-employment");
    }
}
