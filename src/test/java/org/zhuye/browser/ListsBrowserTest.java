package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.plan.PlanInput;
import org.zhuye.casework.plan.Plans;
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Every list at a phone's width (390 px): one card per record with its name and link in view, no
 * sideways scroll, axe clean; at 1280 px the same lists are still tables. A database of its own,
 * filled by the demo loaders (persons, households, employers, declarations), plus one follow-up due,
 * one 公益性岗位 in force and one plan, which the demo does not make.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.test.data-dir}/lists",
        "zhuye.admin.initial-password=" + ZhuyeTest.ADMIN_PASSWORD,
        "zhuye.demo.persons=2000",
        "zhuye.demo.employers=true",
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsBrowserTest extends BrowserTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    AccountFixtures accounts;
    @Autowired
    OverviewFixtures people;
    @Autowired
    CaseworkServices services;
    @Autowired
    PublicPosts posts;
    @Autowired
    Plans plans;

    UserAccount staff;

    @BeforeAll
    void casework() {
        staff = accounts.create("lists", "150000000000", Role.STAFF);
        LocalDate today = LocalDate.now();
        long placed = people.register("150902002001", LocalDate.parse("1984-05-05"), Sex.MALE, 4, 3);
        people.notEmployed(placed, today.minusMonths(3).toString(), true);
        services.record(placed, new ServiceInput("SERVICE", today.minusDays(20).toString(), "乌云", "推荐到物流公司分拣岗位",
                "EMPLOYED", "REFERRAL", "灵活就业", "集宁某物流公司", "分拣员", "2600"), PROVINCE);
        long posted = people.register("150302001002", LocalDate.parse("1985-04-04"), Sex.MALE, 4, 2);
        people.notEmployed(posted, "2020-01-01", true);
        LocalDate start = today.minusMonths(3);
        posts.place(posted, new PlacementInput("社区保洁员", "", "凤凰岭街道办事处", start.toString(),
                start.plusMonths(36).minusDays(1).toString(), ""), false, PROVINCE);
        long planned = people.register("150502001001", LocalDate.parse("1990-03-03"), Sex.FEMALE, 1, 2);
        people.notEmployed(planned, "2020-01-01", true);
        plans.create(planned, new PlanInput("HARD_CASE", "", "", "辅助性就业", "推荐到辅助性就业机构", staff.username(),
                today.plusDays(20).toString()), PROVINCE);
    }

    @Test
    void everyListIsCardsAtPhoneWidthWithTheNameAndItsLinkInViewAndNoSidewaysScroll() {
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        card(phone, "/persons", "table.cards", "persons");
        card(phone, "/employers", "table.cards", "employers");
        card(phone, "/declarations", "table.cards", "declarations");
        card(phone, "/declarations/lists/below-quota", "table.cards", "below-quota");
        card(phone, "/casework", "ol.worklist", "open-list");
        card(phone, "/casework/zero-employment", "ul.records", "zero-employment");
        card(phone, "/casework/followups", "ol.due-list", "followups");
        card(phone, "/casework/public-posts", "ul.records", "public-posts");
        card(phone, "/casework/plans?kind=HARD_CASE", "table.cards", "plans");
        assertThat(phone.locator(".card-title").first()).containsText(Pattern.compile("\\S"));
        signOut(phone);
        signIn(phone, "admin", ZhuyeTest.ADMIN_PASSWORD);
        card(phone, "/admin/users", "table.cards", "users");
    }

    @Test
    void theNextPageKeepsTheFiltersAndSaysWhichPageOfHowMany() {
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons?sex=F");
        Locator pager = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("分页"));
        assertThat(pager).containsText(Pattern.compile("第 1 页 共 \\d+ 页（共 \\d+ 条）"));
        pager.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("下一页")).click();
        assertThat(page).hasURL(Pattern.compile("/persons\\?sex=F&page=2$"));
        assertThat(pager).containsText("第 2 页");
        assertThat(page.locator("table.cards tbody tr")).hasCount(50);
        assertThat(page.locator("table.cards tbody")).not().containsText("男");
        check("persons-page-2");
    }

    @Test
    void atDesktopWidthTheListsAreStillTables() {
        Page desktop = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        signIn(desktop, staff.username(), AccountFixtures.PASSWORD);
        for (String list : new String[]{"/persons", "/employers", "/declarations", "/casework/plans?kind=HARD_CASE"}) {
            desktop.navigate(list);
            assertThat(desktop.locator("table.cards thead")).isVisible();
            assertEquals("table-row", desktop.locator("table.cards tbody tr").first().evaluate("r => getComputedStyle(r).display"), list);
            assertNoHorizontalScroll(desktop, list);
        }
        check(desktop, "persons-desktop");
    }

    /** A page whose context waits longer: the first pages of a freshly loaded demo are slow on a shared machine. */
    @Override
    Page newPage(Browser.NewContextOptions options) {
        Page opened = super.newPage(options);
        opened.context().setDefaultTimeout(30_000);
        return opened;
    }

    /** The list's first card: its first link (the name) is on the first screens and the page does not scroll sideways. */
    private void card(Page phone, String path, String list, String step) {
        phone.navigate(path);
        Locator first = phone.locator(list + " > tbody > tr, " + list + " > li").first();
        Locator name = first.locator(".card-title, a").first();
        assertThat(name).isVisible();
        assertThat(name).containsText(Pattern.compile("\\S"));
        if (!step.equals("below-quota")) {  // the federation's lists name units in plain text, as their workbook does
            assertThat(first.locator("a").first()).isVisible();
        }
        if (list.startsWith("table")) {
            assertEquals("flex", first.evaluate("r => getComputedStyle(r).display"), step + " 不是卡片");
        }
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
