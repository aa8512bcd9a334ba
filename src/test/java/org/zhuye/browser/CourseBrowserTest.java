package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.CertificateLookup;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.course.CourseFixtures;
import org.zhuye.training.course.Courses;
import org.zhuye.training.course.Attendance;
import org.zhuye.training.course.Rosters;

/**
 * Issue 13's course pages in the browser: staff draft a course (first with mistakes, named at their fields),
 * enrol a trainee and submit the application; another reviewer approves it from 待审批开班申请; an institution
 * account runs its own course on a phone and opens a sign-in code, which its trainee types on /me/courses at
 * 390 px — a wrong code first. axe-core clean throughout, no sideways scrolling on the phone.
 */
@ZhuyeTest
class CourseBrowserTest extends BrowserTest {

    private static final String COUNTY = "150402000000";
    private static final String VILLAGE = "150402002001";

    @Autowired
    AccountFixtures accounts;

    @Test
    void staffApplyForACourseAReviewerApprovesItAndATraineeSignsInOnAPhone() {
        CourseFixtures fixtures = new CourseFixtures(accounts);
        fixtures.school("页面测试职业培训学校", VILLAGE);
        long trainee = fixtures.person("页面学员", VILLAGE);
        String certificate = PersonTestNumbers.next(4, 3);
        accounts.bean(PersonRegistry.class).register(new PersonInput(certificate, "证号学员", null, null, VILLAGE, "农村", null,
                null, null, null, null, null, null, null), Jurisdiction.of("15"));
        UserAccount staff = accounts.create("course-page-staff", COUNTY, Role.STAFF);
        UserAccount reviewer = accounts.create("course-page-reviewer", COUNTY, Role.STAFF);

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/courses/new");
        assertThat(page.locator("h1")).hasText("新建培训班");
        page.getByLabel("培训班名称").fill("页面测试按摩班");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("请选择培训机构");
        assertThat(summary).containsText("请填写开班日期");
        assertThat(page.getByLabel("培训班名称")).hasValue("页面测试按摩班");
        check("staff-form-errors");

        page.locator("#providerId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("页面测试职业培训学校"));
        page.locator("#kind").selectOption("MASSAGE");
        pickRegion(page, "regionCode", VILLAGE);
        page.getByLabel("培训地址").fill("红山区培训楼2层");
        page.getByLabel("开班日期").fill(Courses.today().plusDays(1).toString());
        page.getByLabel("结业日期").fill(Courses.today().plusDays(5).toString());
        page.getByLabel("总学时").fill("30");
        page.getByLabel("计划招收人数").fill("10");
        page.getByLabel("教学计划").fill("理论两天，实操三天");
        page.getByLabel("第1位教师姓名").fill("孙老师");
        page.getByLabel("第1位教师资质").fill("保健按摩师一级");
        page.getByLabel("考核方式").fill("实操考核");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("页面测试按摩班");
        assertThat(page.locator("main")).containsText("草稿");
        page.getByLabel("学员的残疾人证号或人员编号").fill(String.valueOf(trainee));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(page.locator(".notice")).hasText("已报名。");
        assertThat(page.locator("main")).containsText("页面学员");
        // A provider has the trainee's certificate in hand, not a registry id: the same field takes the number.
        page.getByLabel("学员的残疾人证号或人员编号").fill(PersonTestNumbers.next(4, 3));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(page.locator("main")).containsText(CertificateLookup.NOT_FOUND);
        page.getByLabel("学员的残疾人证号或人员编号").fill(certificate);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报名").setExact(true)).click();
        assertThat(page.locator(".notice")).hasText("已报名。");
        assertThat(page.locator("main")).containsText("证号学员");
        check("staff-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交开班申请")).click();
        assertThat(page.locator("main")).containsText("待审批");
        String coursePath = page.url().replaceAll("^https?://[^/]+", "");

        Page desk = newPage(new Browser.NewContextOptions());
        signIn(desk, reviewer.username(), AccountFixtures.PASSWORD);
        desk.navigate("/courses/approvals");
        Locator card = desk.locator(".check-list > li").filter(new Locator.FilterOptions().setHasText("页面测试按摩班"));
        assertThat(card).containsText("页面测试职业培训学校");
        check(desk, "reviewer-approvals");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("批准开班")).click();
        assertThat(desk.locator(".notice")).hasText("已批准开班。");
        desk.navigate(coursePath);
        assertThat(desk.locator("main")).containsText("已批准开班");
        check(desk, "reviewer-course");
        desk.navigate("/courses");
        assertThat(desk.locator("main")).containsText("页面测试按摩班");
        check(desk, "staff-list");
        desk.navigate("/training/providers");
        assertThat(desk.locator("main")).containsText("页面测试职业培训学校");
        check(desk, "providers");

        // An institution's own course, running today, with its trainee bound to a PERSON account.
        CourseFixtures.Owned base = fixtures.institutionProvider("页面测试培训基地", VILLAGE);
        UserAccount institution = base.account();
        long course = accounts.bean(Courses.class).create(CourseFixtures.course(base.providerId(), "基地今日班", VILLAGE,
                Courses.today().minusDays(1), Courses.today().plusDays(2)), institution, institution.jurisdiction());
        long other = fixtures.person("基地学员", VILLAGE);
        Rosters rosters = accounts.bean(Rosters.class);
        Courses courses = accounts.bean(Courses.class);
        rosters.enrol(course, courses.read(course, staff, staff.jurisdiction()).version(), String.valueOf(other), institution,
                institution.jurisdiction());
        courses.submit(course, courses.read(course, staff, staff.jurisdiction()).version(), institution, institution.jurisdiction());
        courses.approve(course, courses.read(course, staff, staff.jurisdiction()).version(), null, staff, staff.jurisdiction());
        accounts.bean(Attendance.class).addSession(course, Courses.today().toString(), "4", "实操", institution, institution.jurisdiction());
        UserAccount person = accounts.create("course-page-person", VILLAGE, Role.PERSON);
        fixtures.bindPerson(person, other);

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, institution.username(), AccountFixtures.PASSWORD);
        phone.navigate("/courses");
        assertThat(phone.locator("h1")).hasText("本机构的培训班");
        assertThat(phone.locator("main")).containsText("基地今日班");
        assertThat(phone.locator("main")).not().containsText("页面测试按摩班");
        fits(phone, "institution-list-phone");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("基地今日班")).click();
        phone.locator("summary").first().click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开放自助签到（生成签到码）")).click();
        assertThat(phone.locator(".notice")).containsText("签到码");
        String code = phone.locator(".notice").innerText().replaceAll("[^0-9]", "").substring(0, 6);
        fits(phone, "institution-course-phone");

        Page own = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(own, person.username(), AccountFixtures.PASSWORD);
        own.navigate("/me/courses");
        assertThat(own.locator("main")).containsText("基地今日班");
        own.getByLabel("签到码").fill(code.equals("000000") ? "000001" : "000000");
        own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
        assertThat(own.locator("#code-error")).containsText("签到码不对");
        fits(own, "person-wrong-code-phone");
        own.getByLabel("签到码").fill(code);
        own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
        assertThat(own.locator(".notice")).containsText("签到成功");
        assertThat(own.locator("main")).containsText("已签到");
        fits(own, "person-signed-in-phone");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
