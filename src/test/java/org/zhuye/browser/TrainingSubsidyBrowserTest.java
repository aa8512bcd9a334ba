package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.subsidy.SubsidyFixtures;

/**
 * Issue 13's training figures, the six-month follow-up, a subsidy computed and confirmed and the person's
 * training page, by a county's staff in 东乌珠穆沁旗 乌里雅斯太镇 (where no other test puts anyone), at 1280 px
 * and on a 390 px phone, axe-core clean on every page and nothing scrolling sideways on the phone.
 */
@ZhuyeTest
class TrainingSubsidyBrowserTest extends BrowserTest {

    private static final String VILLAGE = "152525100001";

    @Autowired
    SubsidyFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;

    @Test
    void staffSeeTheFiguresRecordAFollowupComputeAndConfirmASubsidyAndReadThePersonsTrainingPage() {
        LocalDate completed = LocalDate.now().minusMonths(7);
        long provider = fixtures.provider("东乌旗浏览器测试培训学校", VILLAGE);
        var course = fixtures.course(provider, "民族刺绣（浏览器测试）", "VOCATIONAL", VILLAGE, completed,
                new BigDecimal("1000.00"), 2);
        long trainee = people.register(VILLAGE, LocalDate.parse("1992-03-03"), Sex.FEMALE, 1, 3);
        long other = people.register(VILLAGE, LocalDate.parse("1988-04-04"), Sex.MALE, 2, 3);
        long enrolment = fixtures.enrol(course, trainee, 2, "PASSED", completed);
        fixtures.enrol(course, other, 1, "FAILED", completed);
        fixtures.certificate(enrolment, trainee, "SKILL_LEVEL", 4, completed);
        UserAccount staff = accounts.create("dongwu-train", "152525000000", Role.STAFF);
        String period = "from=2000-01-01&to=2999-12-31";

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/training/figures?region=152525&" + period);
        assertThat(page.locator("h1")).containsText("东乌珠穆沁旗");
        assertThat(page.locator("#training-regions")).containsText("乌里雅斯太镇");
        assertThat(page.locator("#training-headline [data-figure='person-times']")).hasText("2");
        check("figures");

        page.navigate("/training/subsidies");
        assertThat(page.locator("#due-followups")).containsText("民族刺绣（浏览器测试）");
        assertThat(page.locator("body")).containsText("未确认（假设值）");
        check("subsidies-due");
        // Every fixture person is called 测试概况: the row is told apart by its link.
        page.locator("#due-followups a[href='/training/followups/" + enrolment + "']").click();
        assertThat(page.locator("h1")).containsText("培训后跟踪");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("已就业").setExact(true)).check();
        page.locator("#employedOn").fill(completed.plusMonths(1).toString());
        page.locator("#employerName").fill("东乌旗民族服饰合作社");
        page.locator("#form").selectOption(new SelectOption().setIndex(1));
        check("followup-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存跟踪")).click();
        assertThat(page.locator(".notice")).containsText("已记录");

        page.locator("#course").last().fill(String.valueOf(course.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核算补贴")).click();
        assertThat(page.locator(".notice")).containsText("核算完成");
        assertThat(page.locator("#subsidies")).containsText("全额");
        check("subsidies");
        page.locator("#subsidies tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("全额"))
                .getByRole(AriaRole.LINK).click();
        assertThat(page.locator("[data-basis='amount']")).hasText("1000.00 元");
        assertThat(page.locator("[data-basis='employment']")).containsText("培训后跟踪");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认补贴")).click();
        assertThat(page.locator("[data-basis='status']")).containsText("已确认");
        check("subsidy");

        page.navigate("/persons/" + trainee + "/training");
        assertThat(page.locator("#person-courses")).containsText("民族刺绣（浏览器测试）");
        assertThat(page.locator("#person-certificates")).containsText("四级/中级工");
        assertThat(page.locator("#person-subsidies")).containsText("已确认");
        check("person");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        for (String path : new String[] {"/training/figures?region=152525&" + period, "/training/subsidies?" + period,
                "/persons/" + trainee + "/training", "/training/followups/" + enrolment}) {
            phone.navigate(path);
            assertNoHorizontalScroll(phone, "phone " + path);
            check(phone, "phone-" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }
}
