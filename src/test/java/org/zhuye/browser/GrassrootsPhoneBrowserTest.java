package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
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
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 11's day of a township 专职委员 on a 390 px phone: the home page's queue leads to the open
 * list, the village is chosen with the picker, and all four services are recorded for a person of
 * 阿拉善右旗 巴丹吉林镇 (where no other test puts anyone) — the job demand's places chosen from the
 * person's county and league — with no page scrolling sideways and axe-core clean on every page.
 */
@ZhuyeTest
class GrassrootsPhoneBrowserTest extends BrowserTest {

    private static final String TOWNSHIP = "152922103000";
    private static final String VILLAGE = "152922103001";

    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;

    @Test
    void aTownshipMemberOnAPhoneRecordsAllFourServicesChoosingPlacesFromPickers() {
        long person = people.register(VILLAGE, LocalDate.parse("1990-02-02"), Sex.FEMALE, 4, 3);
        people.notEmployed(person, LocalDate.now().minusMonths(3).toString(), true);
        UserAccount member = accounts.create("gr-phone", TOWNSHIP, Role.GRASSROOTS);

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, member.username(), AccountFixtures.PASSWORD);
        Locator task = phone.locator("main").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("尚未完成“四个一”")));
        assertThat(task).isVisible();
        fits(phone, "home");
        task.first().click();

        assertThat(phone.locator("h1")).containsText("巴丹吉林镇");
        pickRegion(phone, "region", VILLAGE);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选").setExact(true)).click();
        assertThat(phone.locator("h1")).containsText("阳光社区");
        fits(phone, "open-list");
        phone.locator(".worklist > li").filter(new Locator.FilterOptions().setHasText("测试概况"))
                .getByRole(AriaRole.LINK).first().click();
        assertThat(phone.locator("h1")).containsText("“四个一”服务");
        fits(phone, "person");

        record(phone, person, "登记基础信息核对", "入户核对证件和联系方式", "信息无误");
        record(phone, person, "登记职业能力评估", "面谈评估：能做简单手工", "具备就业能力");
        record(phone, person, "登记就业需求登记", "了解就业意向", "有就业意愿");
        assertThat(phone.locator("h1")).containsText("就业需求登记表");
        phone.locator("#occupation-0").selectOption("4-10");
        phone.getByLabel("阿拉善右旗").check();
        phone.getByLabel("巴丹吉林镇").check();
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("全日制").setExact(true)).check();
        fits(phone, "demand-form");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存需求登记表")).click();
        assertThat(phone.locator("#demands")).containsText("阿拉善右旗");

        phone.navigate("/casework/persons/" + person);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记就业服务").setExact(true)).click();
        phone.locator("#serviceType").selectOption("GUIDANCE");
        phone.locator("#service-content").fill("职业指导：介绍镇上的公益性岗位和手工坊");
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("已推荐，待反馈").setExact(true)).check();
        fits(phone, "service-form");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(phone.locator("ul.four")).not().containsText("未完成");
        assertThat(phone.locator("#records ol.records > li")).hasCount(4);
        fits(phone, "four-done");
    }

    private void record(Page phone, long person, String link, String content, String outcome) {
        phone.navigate("/casework/persons/" + person);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).click();
        phone.locator("#service-content").fill(content);
        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(outcome).setExact(true)).check();
        fits(phone, link);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
