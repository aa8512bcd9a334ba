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
import org.zhuye.jobs.referral.ReferralFixtures;
import org.zhuye.jobs.referral.ReferralSource;
import org.zhuye.jobs.referral.Referrals;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * The referral board, a unit's applicants and a person's own page, at 1280 and 390 px, axe-core clean,
 * in 太仆寺旗 贡宝拉格苏木 (152527201), where no other test puts anyone.
 */
@ZhuyeTest
class ReferralBrowserTest extends BrowserTest {

    private static final Jurisdiction COUNTY = Jurisdiction.of("152527");

    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    Referrals referrals;
    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffStepAReferralOnTheBoardTheUnitRecordsAnInterviewAndThePersonDeclines() {
        String here = jdbc.sql("SELECT code FROM region WHERE code LIKE '152527201%' AND level = 5 ORDER BY code LIMIT 1")
                .query(String.class).single();
        long unit = fixtures.employer("贡宝拉格浏览器测试牧业公司", here);
        long posting = fixtures.posting(unit, "奶制品包装工", here, 3, 2300);
        long referred = people.register(here, LocalDate.parse("1990-05-05"), Sex.MALE, 4, 3);
        long applicant = people.register(here, LocalDate.parse("1995-06-06"), Sex.FEMALE, 2, 3);
        referrals.refer(posting, referred, ReferralSource.STAFF, null, LocalDate.now().minusDays(20), COUNTY);
        referrals.refer(posting, applicant, ReferralSource.APPLIED, null, LocalDate.now().minusDays(2), COUNTY);
        String referredName = jdbc.sql("SELECT name FROM person WHERE id = ?").param(referred).query(String.class).single();

        // staff: the board at 1280, a step recorded from the card's form, the detail page, then at 390
        UserAccount staff = accounts.create("ref-browser-staff", "152527000000", Role.STAFF);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/referrals?postingId=" + posting);
        assertThat(page.locator("h1")).hasText("岗位推介");
        assertThat(page.locator(".referral-board tbody tr")).hasCount(2);
        check(page, "board");
        Locator card = page.locator(".referral-board tbody tr").filter(new Locator.FilterOptions().setHasText("工作人员推介"));
        card.getByText("记录进展").click();
        card.getByLabel("进展", new Locator.GetByLabelOptions().setExact(true)).selectOption("DELIVERED");
        check(page, "board-step-form");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存进展")).click();
        assertThat(page.locator(".notice")).containsText("已记录“已投递”");
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(referredName).setExact(true)).click();
        assertThat(page.locator(".referral-steps li")).hasCount(2);
        check(page, "referral");
        page.navigate("/referrals/figures?region=152527201");
        check(page, "figures");

        Page phone = signedIn(staff, 390);
        phone.navigate("/referrals?postingId=" + posting);
        fits(phone, "board-390");

        // the unit: its applicants, contact only of the one who applied; an interview recorded
        UserAccount unitAccount = accounts.create("ref-browser-unit", here, Role.EMPLOYER);
        fixtures.linkEmployer(unitAccount, unit);
        Page employer = signedIn(unitAccount, 1280);
        employer.navigate("/referrals");
        assertThat(employer.locator("h1")).hasText("应聘与推介人员");
        assertThat(employer.locator(".referral-board")).containsText("工作人员推介，不显示");
        check(employer, "employer");
        Locator delivered = employer.locator(".referral-board tbody tr").filter(new Locator.FilterOptions().setHasText("工作人员推介，不显示"));
        delivered.getByText("记录进展").click();
        delivered.getByLabel("进展", new Locator.GetByLabelOptions().setExact(true)).selectOption("INTERVIEW");
        delivered.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存进展")).click();
        assertThat(employer.locator(".notice")).containsText("已记录“面试”");
        Page employerPhone = signedIn(unitAccount, 390);
        employerPhone.navigate("/referrals");
        fits(employerPhone, "employer-390");

        // the person: their application and its steps, 本人放弃 at 390
        UserAccount self = accounts.create("ref-browser-me", here, Role.PERSON);
        fixtures.bindPerson(self, applicant);
        Page mine = signedIn(self, 1280);
        mine.navigate("/me/referrals");
        assertThat(mine.locator(".my-referrals")).containsText("奶制品包装工");
        check(mine, "mine");
        Page minePhone = signedIn(self, 390);
        minePhone.navigate("/me/referrals");
        fits(minePhone, "mine-390");
        minePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("放弃岗位奶制品包装工")).click();
        assertThat(minePhone.locator(".notice")).containsText("已放弃");
        assertThat(minePhone.locator(".my-referrals")).containsText("现在：本人放弃");
        fits(minePhone, "mine-declined-390");
    }

    private Page signedIn(UserAccount user, int width) {
        Page signed = newPage(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900));
        signIn(signed, user.username(), AccountFixtures.PASSWORD);
        return signed;
    }

    private void fits(Page page, String step) {
        assertNoHorizontalScroll(page, step);
        check(page, step);
    }
}
