package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

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
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * A 海勃湾区 worker, in 新华街道 清泉社区 (where no other test puts anyone), places someone from a
 * household on 低保 in a 公益性岗位 (after a refused over-long term), sees the 低保渐退 it started, the
 * zero-employment household of a neighbour, and gives that neighbour a plan whose review is overdue
 * on their own list. Every page passes axe; two of them at phone width.
 */
@ZhuyeTest
class CaseworkSupportBrowserTest extends BrowserTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;

    @Test
    void aWorkerPlacesSomeoneSeesTheTaperTheZeroEmploymentHouseholdAndAnOverdueReview() {
        long placed = people.register("150302003012", LocalDate.parse("1986-06-06"), Sex.MALE, 4, 3);
        people.notEmployed(placed, "2020-01-01", true);
        long household = households.createFor(placed, "清泉社区9号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(household, LocalDate.parse("2022-01-01"), PROVINCE);
        long neighbour = people.register("150302003012", LocalDate.parse("1978-07-07"), Sex.FEMALE, 1, 2);
        people.notEmployed(neighbour, "2020-01-01", true);
        households.createFor(neighbour, "清泉社区10号", LocalDate.parse("2020-01-01"), PROVINCE);
        UserAccount worker = accounts.create("cs-haibowan", "150302000000", Role.STAFF);
        LocalDate today = LocalDate.now();

        signIn(page, worker.username(), AccountFixtures.PASSWORD);
        page.navigate("/casework");
        link("零就业家庭").click();
        pickRegion(page, "region", "150302003012");
        button("查看").click();
        assertThat(page.locator("[data-figure=households]")).hasText("2");
        assertThat(page.locator("#trend tbody tr")).hasCount(12);
        check("zero-employment");

        page.navigate("/casework/persons/" + placed);
        link("公益性岗位").click();
        page.locator("#post").fill("社区保洁员");
        page.locator("#employerName").fill("新华街道办事处");
        page.locator("#startOn").fill(today.minusDays(7).toString());
        page.locator("#endOn").fill(today.minusDays(7).plusYears(4).toString());
        button("保存安置").click();
        assertThat(page.locator("#endOn-error")).containsText("36 个月");
        assertThat(page.locator("#endOn")).hasAttribute("aria-invalid", "true");
        check("placement-refused");
        page.locator("#endOn").fill(today.minusDays(7).plusYears(3).minusDays(1).toString());
        page.locator("#endOn").press("Enter");
        assertThat(page.locator(".notice")).containsText("已登记公益性岗位安置");
        assertThat(page.locator(".records")).containsText("社区保洁员");
        check("placed");

        page.navigate("/casework/dibao-tapers?region=150302003012");
        assertThat(page.locator("#tapers tbody tr")).hasCount(1);
        assertThat(page.locator("#tapers tbody")).containsText(today.minusDays(7).plusMonths(6).toString());
        check("dibao-tapers");
        page.navigate("/casework/zero-employment?region=150302003012");
        assertThat(page.locator("[data-figure=households]")).hasText("1");  // the placed person's household left

        page.navigate("/casework/persons/" + neighbour + "/plans");
        page.getByLabel("就业困难个案").check();
        page.locator("#goals").fill("一年内实现辅助性就业");
        page.locator("#actions").fill("联系辅助性就业机构，每月入户一次");
        page.locator("#nextReviewOn").fill(today.minusDays(1).toString());
        check("plan-form");
        button("建立计划").click();
        assertThat(page.locator(".notice")).containsText("已建立帮扶计划");
        assertThat(page.getByText("此人已有进行中的帮扶计划")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("建立计划"))).hasCount(0);
        check("plan");
        page.navigate("/casework/plans/mine");
        assertThat(page.locator("[data-figure=overdue]")).hasText("1");
        check("mine");
        page.navigate("/casework/plans?kind=HARD_CASE&region=150302003");
        assertThat(page.locator("#plans tbody tr")).hasCount(1);
        check("ledger");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        signIn(phone, worker.username(), AccountFixtures.PASSWORD);
        phone.navigate("/casework/persons/" + placed + "/public-posts");
        assertNoHorizontalScroll(phone, "phone-placement");
        check(phone, "phone-placement");
        phone.navigate("/casework/persons/" + neighbour + "/plans");
        assertNoHorizontalScroll(phone, "phone-plan");
        check(phone, "phone-plan");
    }

    /** A link of the page's own content (the menu has links of the same names). */
    private Locator link(String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
