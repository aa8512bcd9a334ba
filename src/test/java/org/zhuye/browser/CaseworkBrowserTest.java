package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.platform.xlsx.XlsxReader;
import org.zhuye.testing.ZhuyeTest;

/**
 * A 东胜区 worker takes the open list, records the four services for one person in 公园街道 育才社区
 * (where no other test puts anyone), and sees the county's coverage rise; the 鄂尔多斯市 viewer sees
 * the same figure rolled up. Then the list and a form at phone width.
 */
@ZhuyeTest
class CaseworkBrowserTest extends BrowserTest {

    @Autowired
    OverviewFixtures people;
    @Autowired
    PersonRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountFixtures accounts;

    @Test
    void aCountyWorkerRecordsTheFourServicesAndTheCoverageRises() throws java.io.IOException {
        long person = people.register("150602002001", LocalDate.parse("1987-05-05"), Sex.MALE, 4, 3);
        people.notEmployed(person, "2025-03-01", true);
        jdbc.sql("UPDATE person SET registered_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf("2025-03-01"), person).update();
        events.publishEvent(PersonsChanged.of(person));
        people.register("150602002002", LocalDate.parse("1995-10-10"), Sex.FEMALE, 2, 4);  // still open at the end
        UserAccount worker = accounts.create("cw-dongsheng", "150602000000", Role.STAFF);
        UserAccount league = accounts.create("cw-ordos", "150600000000", Role.VIEWER);

        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        signIn(page, worker.username(), AccountFixtures.PASSWORD);
        nav("服务覆盖").click();
        assertThat(page.locator("h1")).containsText("东胜区");
        long completeBefore = number(page.locator("[data-figure=complete]"));

        nav("四个一服务").click();
        assertThat(page.locator("h1")).containsText("东胜区");
        check("list");
        pickRegion(page, "region", "150602002001");
        page.locator("#lacking").selectOption("ASSESSMENT");
        button("筛选").click();
        assertThat(page).hasURL(Pattern.compile("region=150602002001"));
        Download list = page.waitForDownload(() -> link("下载全部（XLSX）").click());
        assertThat(list.suggestedFilename()).isEqualTo("四个一待服务清单-育才社区-" + LocalDate.now().getYear() + ".xlsx");
        try (XlsxReader rows = XlsxReader.open(list.path())) {
            assertThat(rows.next()).startsWith("序号", "姓名").endsWith("尚缺服务");
            List<String> first = rows.next();
            assertThat(first.get(1)).isEqualTo("测试概况");
            assertThat(first.get(7)).isEqualTo("育才社区");
            assertThat(first.get(first.size() - 1)).contains("职业能力评估");
        }
        Locator entry = page.locator(".worklist > li").filter(new Locator.FilterOptions().setHasText("测试概况"));
        assertThat(entry).hasCount(1);
        assertThat(entry.locator("ul.services")).containsText("职业能力评估：未完成");
        entry.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1")).containsText("“四个一”服务");
        assertThat(page.locator(".standing")).containsText("应获得以下四项服务");
        check("person");

        // Data verification finds the record wrong: the correction goes to the registry's edit page.
        link("登记基础信息核对").click();
        page.locator("#service-content").fill("入户核对证件，联系电话已更换");
        radio("信息有误，需更正").check();
        check("verification-form");
        button("保存").click();
        assertThat(page).hasURL(Pattern.compile("/persons/" + person + "/edit$"));
        assertThat(page.locator(".notice")).containsText("核对结果已登记");
        page.navigate("/casework/persons/" + person);

        // A form sent without content and outcome says what is missing, and saves nothing.
        link("登记职业能力评估").click();
        page.locator("#service-content").evaluate("e => e.removeAttribute('required')");
        page.locator("input[name=outcome]").evaluateAll("all => all.forEach(e => e.removeAttribute('required'))");
        button("保存").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("请填写服务内容");
        assertThat(page.locator("#service-content")).hasAttribute("aria-invalid", "true");
        check("assessment-errors");
        page.locator("#service-content").fill("面谈评估：能胜任简单体力劳动");
        radio("具备就业能力").check();
        button("保存").click();
        assertThat(page.locator(".notice")).containsText("已登记职业能力评估");
        // The assessment form comes next (CaseworkFormsBrowserTest fills it); the record alone counts.
        page.navigate("/casework/persons/" + person);

        link("登记就业需求登记").click();
        page.locator("#service-content").fill("希望在家附近做保洁或绿化");
        radio("有就业意愿").check();
        button("保存").click();
        page.navigate("/casework/persons/" + person);

        link("登记就业服务").click();
        page.locator("#serviceType").selectOption("REFERRAL");
        page.locator("#service-content").fill("推荐到东胜区某物业公司保洁岗位，已面试");
        radio("已推荐，待反馈").check();
        check("service-form");
        button("保存").click();
        assertThat(page.locator("ul.four")).not().containsText("未完成");
        assertThat(page.locator("ol.records > li")).hasCount(4);
        check("four-done");

        nav("服务覆盖").click();
        assertThat(page.locator("[data-figure=complete]")).hasText(String.valueOf(completeBefore + 1));
        assertThat(page.locator(".chart[role=img][data-rendered=true] canvas")).hasCount(2);
        link("公园街道").click();
        assertThat(page.locator("#children tbody tr").filter(new Locator.FilterOptions().setHasText("育才社区"))
                .locator("td").nth(5)).hasText("1");
        check("coverage-township");
        Download download = page.waitForDownload(() -> link("下载 XLSX").click());
        assertThat(download.suggestedFilename()).isEqualTo("四个一服务覆盖-公园街道-" + LocalDate.now().getYear() + ".xlsx");
        assertThat(cspViolations).isEmpty();
        signOut(page);

        signIn(page, league.username(), AccountFixtures.PASSWORD);
        page.navigate("/casework/coverage");
        assertThat(page.locator("h1")).containsText("鄂尔多斯市");
        assertThat(page.locator("#children tbody tr").filter(new Locator.FilterOptions().setHasText("东胜区"))
                .locator("td").nth(5)).hasText(String.valueOf(completeBefore + 1));
        check("league");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        signIn(phone, worker.username(), AccountFixtures.PASSWORD);
        phone.navigate("/casework?region=150602002");
        assertThat(phone.locator(".worklist")).isVisible();
        assertNoHorizontalScroll(phone, "phone-list");
        check(phone, "phone-list");
        phone.navigate("/casework/persons/" + person + "/services/new?kind=SERVICE");
        assertNoHorizontalScroll(phone, "phone-form");
        check(phone, "phone-form");
    }

    private static long number(Locator figure) {
        return Long.parseLong(figure.textContent().replace(",", "").strip());
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
