package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.jobs.PostingsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * A person fills in their work profile by keyboard-friendly radio groups, finds the job that fits
 * them first with its reasons (also in the text-only view), and staff see them as a candidate with
 * a 推介 button — at 1280 and 390 px, axe-core clean. In 阿巴嘎旗 汉贝社区 (152522100003), where no
 * other test puts anyone.
 */
@ZhuyeTest
class MatchingBrowserTest extends BrowserTest {

    static final String VILLAGE = "152522100003";

    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPersonRecordsTheirProfileFindsTheFittingJobAndStaffSeeThemAsACandidate() {
        long person = people.register(VILLAGE, LocalDate.parse("1992-02-02"), Sex.FEMALE, 4, 3);
        people.notEmployed(person, LocalDate.now().minusMonths(2).toString(), true);
        UserAccount own = accounts.create("m-self", VILLAGE, Role.PERSON);
        jdbc.sql("INSERT INTO person_account (user_id, person_id, bound_by) VALUES (?, ?, 'test')").params(own.id(), person).update();
        long employer = accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), "汉贝手工坊",
                "PRIVATE_ENTERPRISE", null, null, null, "C", VILLAGE, null, null), Jurisdiction.of("152522"));
        long job = jdbc.sql("""
                        INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                            work_mode, employment_form, hours_per_week, wage_min, wage_max, contract_type, social_insurance,
                            demands, features, open_until, status, published_on, created_by, updated_by)
                        VALUES (?, '手工编织', '6-05', '纺织品制作人员', 3, ?, 'ON_SITE', '2', 30, 2200, 2800, 'FIXED_TERM', true,
                            '{2,1,2,0,1,0}', '{STEP_FREE}', ?, 'PUBLISHED', ?, 'test', 'test') RETURNING id""")
                .params(employer, VILLAGE, LocalDate.now().plusDays(20), LocalDate.now()).query(Long.class).single();
        events.publishEvent(PostingsChanged.of(job));

        signIn(page, own.username(), AccountFixtures.PASSWORD);
        page.navigate("/me/work-profile");
        assertThat(page.locator("h1")).hasText("我的就业能力与意愿");
        check("profile-form");
        for (String legend : new String[]{"视力", "双手", "手部操作", "搬举", "站立行走", "听说"}) {
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend + "：我能做到"))
                    .getByLabel(java.util.regex.Pattern.compile("^3 级")).check();
        }
        page.getByLabel("无障碍通道").check();
        page.getByLabel("每周最多工作小时数").fill("35");
        page.locator("#occupation-0").fill("6-05");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(page.locator(".notice")).containsText("已保存");
        assertThat(page.locator(".profile-summary").first()).containsText("无障碍通道");
        check("profile-saved");

        page.navigate("/me/jobs");
        assertThat(page.locator("#matches-heading")).containsText("1 个");
        assertThat(page.locator(".job-card").first()).containsText("与意向职业相同");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申请手工编织").setExact(true))).isVisible();
        check("jobs");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("纯文字版（适合读屏和网速慢时）")).click();
        assertThat(page.locator("h1")).hasText("找工作（纯文字版）");
        assertThat(page.locator("table")).hasCount(0);
        check("jobs-text");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, own.username(), AccountFixtures.PASSWORD);
        for (String path : new String[]{"/me/work-profile", "/me/jobs", "/me/jobs?view=text"}) {
            phone.navigate(path);
            assertNoHorizontalScroll(phone, path);
            check(phone, "phone" + path.replaceAll("[^a-z]", "-"));
        }

        UserAccount staff = accounts.create("m-cand", "152522000000", Role.STAFF);
        Page desk = newPage(new Browser.NewContextOptions());
        signIn(desk, staff.username(), AccountFixtures.PASSWORD);
        desk.navigate("/jobs/" + job + "/candidates");
        // Other tests' persons of 阿巴嘎旗 may be candidates too: look at this person's row.
        var row = desk.locator("#candidates tbody tr:has(a[href$='/persons/" + person + "/work-profile'])");
        assertThat(row).containsText("职业 35.0/35分");
        assertThat(row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^推介")))).isVisible();
        check(desk, "candidates");
        Page staffPhone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(staffPhone, staff.username(), AccountFixtures.PASSWORD);
        staffPhone.navigate("/jobs/" + job + "/candidates");
        assertNoHorizontalScroll(staffPhone, "candidates-phone");
        check(staffPhone, "candidates-phone");
        staffPhone.navigate("/persons/" + person + "/work-profile");
        assertNoHorizontalScroll(staffPhone, "staff-profile-phone");
        check(staffPhone, "staff-profile-phone");
    }
}
