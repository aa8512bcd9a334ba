package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.institution.registry.InstitutionInput;
import org.zhuye.institution.registry.InstitutionRegistry;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class InstitutionBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void staffRegisterAnInstitutionAndAdmitAPersonToShelteredWorkAtDeskAndPhoneWidths() {
        var staff = accounts.create("ib-staff", "150402000000", Role.STAFF);
        long person = accounts.bean(PersonRegistry.class).register(new PersonInput(PersonTestNumbers.next(5, 2), "浏览器辅助就业",
                null, null, "150402001001", "农村", null, null, null, null, null, null, null, null), Jurisdiction.of("15"));
        accounts.bean(InstitutionRegistry.class).register(new InstitutionInput("CARE_HOME", "浏览器测试托养中心",
                TestCreditCodes.next("52", "150402"), "150402001001", "红山区某路2号", "12", List.of("TOILET"), null, null,
                "2019-01-01"), Jurisdiction.of("150402000000"));
        signIn(page, staff.username(), AccountFixtures.PASSWORD);

        page.navigate("/institutions");
        assertThat(page.locator("h1")).hasText("服务机构");
        assertThat(page.locator("#totals-heading")).isVisible();
        check("list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记服务机构")).click();
        page.locator("#name").fill(" ");
        page.locator("#capacity").fill("200000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page.locator("#error-summary")).containsText("机构类型须为");
        assertThat(page.locator("#capacity-error")).containsText("0至100000");
        check("errors");

        page.locator("#kind").selectOption("SHELTERED_WORKSHOP");
        page.locator("#name").fill("浏览器测试阳光工场");
        page.locator("#capacity").fill("20");
        page.locator("#openedOn").fill("2020-04-01");
        page.getByLabel("盲道").check();
        pickRegion(page, "regionCode", "150402001001");
        page.locator("#address").fill("红山区某路3号");
        page.locator("#contactPhone").fill("13912340000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(page).hasURL(Pattern.compile("/institutions/\\d+$"));
        assertThat(page.locator("h1")).containsText("浏览器测试阳光工场");
        assertThat(page.locator("dl.facts")).containsText("盲道");
        assertThat(page.locator("#phone-value")).hasText("139****0000");
        check("detail");
        String detail = page.url();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("接收服务对象")).click();
        check("admit");
        page.locator("#personId").fill(String.valueOf(person));
        page.locator("#service").selectOption("SHELTERED_WORK");
        page.locator("#fromOn").fill(LocalDate.now().minusMonths(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接收")).click();
        assertThat(page.locator("#persons")).containsText("浏览器辅助就业");
        assertThat(page.locator("#persons")).containsText("辅助性就业");

        page.navigate("/persons/" + person + "/institutions");
        assertThat(page.locator("main")).containsText("辅助性就业");
        check("person");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/institutions");
        assertNoHorizontalScroll(phone, "list-390");
        check(phone, "list-390");
        phone.navigate(detail);
        assertNoHorizontalScroll(phone, "detail-390");
        check(phone, "detail-390");
        phone.navigate(detail + "/persons/new");
        assertNoHorizontalScroll(phone, "admit-390");
        check(phone, "admit-390");
    }

    @Test
    void staffEndASpanIntoOpenWorkAndAnInstitutionAccountLandsOnItsOwnPage() {
        var staff = accounts.create("ib-end", "150402000000", Role.STAFF);
        long person = accounts.bean(PersonRegistry.class).register(new PersonInput(PersonTestNumbers.next(6, 2), "浏览器转岗",
                null, null, "150402001001", "农村", null, null, null, null, null, null, null, null), Jurisdiction.of("15"));
        Jurisdiction hongshan = Jurisdiction.of("150402000000");
        long id = accounts.bean(InstitutionRegistry.class).register(new InstitutionInput("WARM_HOME", "浏览器结束测试温馨家园",
                null, "150402001001", "红山区某路4号", "12", List.of(), null, null, "2019-01-01"), hongshan);
        var institution = accounts.bean(org.zhuye.institution.InstitutionRepository.class).find(id, hongshan).orElseThrow();
        long span = accounts.bean(org.zhuye.institution.served.ServedPersons.class).admit(institution,
                new org.zhuye.institution.served.ServedInput(String.valueOf(person), "SHELTERED_WORK", null,
                        LocalDate.now().minusMonths(6).toString(), null), hongshan).spanId();
        signIn(page, staff.username(), AccountFixtures.PASSWORD);

        page.navigate("/institutions/" + id + "/persons/" + span + "/end");
        assertThat(page.locator("legend")).containsText("此后的就业状况");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束服务")).click();
        assertThat(page.locator("#error-summary")).containsText("结束原因");
        check("end-errors");
        page.locator("#untilOn").fill(LocalDate.now().minusDays(1).toString());
        page.locator("#reason").selectOption("OPEN_WORK");
        page.locator("#form").selectOption("按比例就业");
        page.locator("#employerName").fill("赤峰某超市");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束服务")).click();
        assertThat(page.locator(".notice")).containsText("已结束");
        assertThat(page.locator("#before-heading")).isVisible();

        page.navigate("/institutions/" + id + "/persons/" + span + "/correct");
        check("correct");

        var account = accounts.create("ib-inst", "150402000000", Role.INSTITUTION);
        accounts.bean(org.zhuye.institution.registry.InstitutionAccounts.class).link(id, account.username(), hongshan);
        Page own = newPage(new Browser.NewContextOptions());
        signIn(own, account.username(), AccountFixtures.PASSWORD);
        own.navigate("/institution");
        assertThat(own).hasURL(Pattern.compile("/institutions/" + id + "$"));
        assertThat(own.locator("h1")).containsText("浏览器结束测试温馨家园");
        check(own, "own");
    }
}
