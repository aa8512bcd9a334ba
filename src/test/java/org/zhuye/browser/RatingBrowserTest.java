package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.institution.rating.RatingFixtures;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 13's 等级评定 pages: a county worker opens last year's list, enters a massage centre's inspection scores
 * (a bad score named at its field first), reads actual against expected and how the expectation was formed, and
 * confirms the year from the home page's task; then both pages on a 390 px phone, without sideways scrolling. axe-core clean throughout.
 */
@ZhuyeTest
class RatingBrowserTest extends BrowserTest {

    @Autowired
    RatingFixtures fixtures;

    @Test
    void aCountyWorkerRatesAMassageCentreAndConfirmsTheYear() {
        int year = LocalDate.now().getYear() - 1;
        UserAccount staff = fixtures.staff(RatingFixtures.COUNTY);
        long centre = fixtures.institution("MASSAGE", "阿荣旗盲人按摩中心（浏览器测试）", RatingFixtures.VILLAGE, 6);
        for (int i = 0; i < 3; i++) {
            long person = fixtures.person(LocalDate.of(1980 + i * 10, 3, 3), 1, 2);
            fixtures.serves(centre, person, LocalDate.of(year - 1, 5, 1), i == 0 ? LocalDate.of(year, 2, 1) : null,
                    i == 0 ? "OPEN_WORK" : null);
            if (i == 0) {
                fixtures.employed(person, LocalDate.of(year, 2, 1));
            }
        }

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/institutions/ratings?year=" + year + "&region=150721");
        assertThat(page.locator("h1")).containsText("服务机构等级评定");
        assertThat(page.locator("#ratings")).containsText("阿荣旗盲人按摩中心（浏览器测试）");
        check("list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("阿荣旗盲人按摩中心（浏览器测试）")).click();
        assertThat(page.locator("h1")).containsText("等级评定");
        page.getByLabel("场地与无障碍（满分 20）").fill("18");
        page.getByLabel("制度与管理（满分 20）").fill("35");
        page.getByLabel("服务质量（满分 25）").fill("22");
        page.getByLabel("安全与档案（满分 10）").fill("9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存检查评分")).click();
        assertThat(page.locator("#c1-error")).hasText("“制度与管理”的检查评分须为 0 到 20 的整数");
        assertThat(page.getByLabel("制度与管理（满分 20）")).hasAttribute("aria-invalid", "true");
        check("inspection-error");

        page.getByLabel("制度与管理（满分 20）").fill("17");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存检查评分")).click();
        assertThat(page.locator(".notice")).containsText("已保存");
        assertThat(page.locator("#rating-figures")).containsText("66.0");
        assertThat(page.locator("#rating-parts")).containsText("转入就业");
        assertThat(page.getByText("转入就业期望")).isVisible();
        assertThat(page.locator("main")).containsText("视力残疾 · 一二级");
        check("rating");

        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(
                year + "年度待确认的服务机构等级评定"))).first().click();
        assertThat(page.locator("#ratings")).containsText("草稿");
        page.navigate("/institutions/ratings?year=" + year + "&region=150721");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认本年度评定")).click();
        assertThat(page.locator(".notice")).containsText("确认后不再变动");
        assertThat(page.locator("#ratings")).containsText("已确认");
        check("confirmed");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/institutions/ratings?year=" + year + "&region=150721");
        assertNoHorizontalScroll(phone, "phone-list");
        check(phone, "phone-list");
        phone.navigate("/institutions/" + centre + "/ratings?year=" + year);
        assertThat(phone.locator("main")).containsText("已确认");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存检查评分"))).hasCount(0);
        assertNoHorizontalScroll(phone, "phone-rating");
        check(phone, "phone-rating");
    }
}
