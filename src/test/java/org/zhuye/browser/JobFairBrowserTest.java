package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.fair.FairFixtures;
import org.zhuye.jobs.fair.JobFairs;
import org.zhuye.testing.ZhuyeTest;

/**
 * 专场招聘会 in the browser: a league worker creates a fair with the form, registers, checks in and records an intent
 * on the fair page (1280 px), the list and the fair page at 390 px, and a person registering themselves on a phone;
 * axe-core clean on every page. In 阿拉善盟 阿拉善左旗 (152921), where no other browser test works.
 */
@ZhuyeTest
class JobFairBrowserTest extends BrowserTest {

    static final String LEAGUE = "152900000000";
    static final String COUNTY = "152921000000";
    static final String VILLAGE = "152921102001";
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    FairFixtures fixtures;
    @Autowired
    JobFairs fairs;

    @Test
    void aLeagueWorkerRunsAFairFromTheFormToAnIntent() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long unit = fixtures.unit("阿拉善左旗浏览器测试国企", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "收银员", TODAY.plusMonths(2));
        long person = fixtures.person(VILLAGE);
        page.setViewportSize(1280, 900);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);

        page.navigate("/job-fairs/new");
        check("new-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#title-error")).hasText("请填写招聘会名称");
        check("new-form-errors");
        page.locator("#title").fill("阿拉善左旗国企专场（浏览器测试）");
        pickRegion(page, "regionCode", COUNTY);
        page.locator("#kind").selectOption("STATE_OWNED");
        page.getByLabel("现场").check();
        page.locator("#startsOn").fill(TODAY.toString());
        page.locator("#venue").fill("巴彦浩特人力资源市场");
        page.locator("#zones").fill("国企区、民营区");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("h1")).hasText("阿拉善左旗国企专场（浏览器测试）");
        long fairId = Long.parseLong(page.url().replaceAll(".*/job-fairs/(\\d+).*", "$1"));
        fairs.addEmployer(fairId, unit, "国企区", "G01", staff);

        page.locator("#fairPostingId").fill(String.valueOf(posting));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入岗位")).click();
        assertThat(page.locator(".fair-units")).containsText("收银员");
        page.locator("#registerPersonId").fill(String.valueOf(person));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(page.locator("#attendees")).containsText("测试概况");
        page.locator("#attendees").getByRole(AriaRole.BUTTON).first().click();
        assertThat(page.locator("#attendees")).containsText("已签到");
        page.locator("#intentPersonId").selectOption(String.valueOf(person));
        page.locator("#intentPostingId").selectOption(String.valueOf(posting));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记意向")).click();
        assertThat(page.locator(".notice")).containsText("已登记意向");
        assertThat(page.locator("[data-figure=intents]")).hasText("1");
        check("fair-page");

        page.navigate("/job-fairs/soe-count");
        check("soe-count");
        page.navigate("/job-fairs");
        assertThat(page.locator("#fairs")).containsText("阿拉善左旗国企专场（浏览器测试）");
        check("list");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/job-fairs");
        check(phone, "list-390");
        assertNoHorizontalScroll(phone, "list-390");
        phone.navigate("/job-fairs/" + fairId);
        check(phone, "fair-390");
        assertNoHorizontalScroll(phone, "fair-390");
    }

    @Test
    void aPersonRegistersForAFairOnAPhone() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("阿拉善盟高校毕业生专场（浏览器测试）", LEAGUE, "GRADUATES",
                TODAY.plusDays(7), TODAY.plusDays(7), List.of()), staff);
        long me = fixtures.person(VILLAGE);
        UserAccount account = fixtures.personAccount(me, VILLAGE);

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, account.username(), AccountFixtures.PASSWORD);
        phone.navigate("/job-fairs");
        check(phone, "person-list");
        assertNoHorizontalScroll(phone, "person-list");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("阿拉善盟高校毕业生专场（浏览器测试）")).click();
        check(phone, "person-fair");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名参加")).click();

        assertThat(phone.locator(".notice")).containsText("报名成功");
        assertThat(phone.locator("#self-heading + p")).hasText("您已报名此招聘会。");
        check(phone, "person-registered");
        assertNoHorizontalScroll(phone, "person-registered");
        assertThat(phone.locator("body")).not().containsText("报名人员（");
        org.assertj.core.api.Assertions.assertThat(fairId).isPositive();
    }
}
