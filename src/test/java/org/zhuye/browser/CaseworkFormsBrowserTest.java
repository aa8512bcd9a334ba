package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * A 集宁区 worker fills the three forms for people in 前进路街道 (150902003, where no other test puts
 * anyone): the vocational assessment, the job demand, and a follow-up after a placement; then the
 * assessment form and the follow-up list at phone width.
 */
@ZhuyeTest
class CaseworkFormsBrowserTest extends BrowserTest {

    @Autowired
    OverviewFixtures people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CaseworkServices services;

    @Test
    void aWorkerAssessesRegistersTheDemandAndFollowsUpAPlacement() {
        LocalDate today = LocalDate.now();
        long person = people.register("150902003001", LocalDate.parse("1988-08-08"), Sex.FEMALE, 4, 3);
        people.notEmployed(person, today.minusMonths(6).toString(), true);
        long placed = people.register("150902003003", LocalDate.parse("1985-01-15"), Sex.MALE, 1, 4);
        people.notEmployed(placed, today.minusMonths(6).toString(), true);
        services.record(placed, new ServiceInput("SERVICE", today.minusDays(40).toString(), "其其格", "推荐到集宁区某超市理货岗位",
                "EMPLOYED", "REFERRAL", "灵活就业", "集宁某超市", "理货员", "2400"), Jurisdiction.of("15"));
        UserAccount worker = accounts.create("cw-forms-jining", "150902000000", Role.STAFF);

        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        signIn(page, worker.username(), AccountFixtures.PASSWORD);
        page.navigate("/casework/persons/" + person);

        // The assessment: the service record first, then its form.
        link("登记职业能力评估").click();
        page.locator("#service-content").fill("入户面谈，观察行走和交流");
        radio("具备就业能力").check();
        button("保存").click();
        assertThat(page.locator("h1")).containsText("职业能力评估表");
        check("assessment-form");
        page.locator("input[type=radio]").evaluateAll("all => all.forEach(e => e.removeAttribute('required'))");
        page.locator("#physical-3").check();
        button("保存评估表").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("请为“感官与沟通”选择0到4分");
        check("assessment-errors");
        for (String item : List.of("sensory-3", "cognition-3", "dailyLiving-3", "workSkills-4", "interests-3")) {
            page.locator("#" + item).check();
        }
        page.locator("#physicalNote").fill("久站后腿部疼痛");
        page.getByLabel("按比例就业").check();
        button("保存评估表").click();
        assertThat(page.locator(".notice")).containsText("一级");
        assertThat(page.locator("#assessments")).containsText("一级：能够竞争性就业");
        assertThat(page.locator("#assessments")).containsText("按比例就业");

        // The job demand.
        link("登记就业需求登记").click();
        page.locator("#service-content").fill("了解就业意向");
        radio("有就业意愿").check();
        button("保存").click();
        assertThat(page.locator("h1")).containsText("就业需求登记表");
        page.locator("#occupation-0").selectOption("4-01");
        page.locator("#occupation-1").selectOption("4-10");
        page.getByLabel("集宁区").check();
        radio("非全日制").check();
        page.locator("#expectedWage").fill("2200");
        page.getByLabel("弹性工作时间或工间休息").check();
        page.getByLabel("希望参加职业技能培训").check();
        check("demand-form");
        button("保存需求登记表").click();
        assertThat(page.locator("#demands")).containsText("当前需求");
        assertThat(page.locator("#demands")).containsText("4-01 批发与零售服务人员、4-10 居民服务人员");
        check("person-with-forms");

        // The follow-up of the placement, from the jurisdiction's due list.
        nav("跟踪回访").click();
        assertThat(page.locator("h1")).containsText("集宁区");
        Locator due = page.locator(".due-list > li:has(a[href*='/persons/" + placed + "/'])");
        assertThat(due).hasCount(1);
        assertThat(due).containsText("已逾期");
        check("followups");
        due.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).containsText("就业后跟踪回访");
        radio("仍在岗").check();
        page.locator("#weeklyHours").fill("36");
        page.locator("#monthlyIncome").fill("2400");
        check("followup-form");
        button("保存回访").click();
        assertThat(page).hasURL(Pattern.compile("/casework/persons/" + placed));
        assertThat(page.locator("#placements")).containsText("仍在岗，每周36小时，月收入2400");
        nav("跟踪回访").click();
        assertThat(page.locator("a[href*='/persons/" + placed + "/']")).hasCount(0);
        assertThat(page.locator("#retention")).isVisible();
        assertThat(cspViolations).isEmpty();

        long second = services.record(person, new ServiceInput("ASSESSMENT", today.toString(), "其其格", "复评", "ABLE",
                null, null, null, null, null), Jurisdiction.of("15"));
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        signIn(phone, worker.username(), AccountFixtures.PASSWORD);
        phone.navigate("/casework/persons/" + person + "/services/" + second + "/assessment");
        assertNoHorizontalScroll(phone, "phone-assessment");
        check(phone, "phone-assessment");
        phone.navigate("/casework/followups?region=150902003");
        assertNoHorizontalScroll(phone, "phone-followups");
        check(phone, "phone-followups");
    }

    private Locator nav(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator radio(String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
