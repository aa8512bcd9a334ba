package org.zhuye.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.WorkList;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.employer.declaration.Declarations;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.review.ChangeRequests;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The home page as a work queue, per role: each count is the real number of things waiting in the
 * user's area that the user's roles may act on, with a link to where it is done. Counts are compared
 * before and after the work is made, since test classes share one database.
 */
@ZhuyeTest
class HomeWorkQueueTest {

    /** 固阳县 and 卓资县: no other test works there, so their queues start empty. */
    private static final String GUYANG = "150222000000";
    private static final String GUYANG_VILLAGE = "150222102005";
    private static final String ZHUOZI = "150921000000";

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository persons;
    @Autowired
    ChangeRequests changeRequests;
    @Autowired
    WorkList workList;
    @Autowired
    Declarations declarations;

    private String home(UserAccount user) {
        PageSession.Page page = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD).get("/");
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** The count shown before a task's label, or -1 when the page has no such task. */
    private static long count(String home, String label) {
        Matcher m = Pattern.compile("<span class=\"task-count\">(\\d+)</span>\\s*<span class=\"task-label\">"
                + Pattern.quote(label) + "</span>").matcher(home);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static PersonInput person(String certificate, String name) {
        return new PersonInput(certificate, name, null, null, GUYANG_VILLAGE, "农村", null, null, null, null, null, null,
                null, null);
    }

    @Test
    void aChangeRequestMakesTheCountyReviewersCountOneWithALinkAndAnotherCountySeesNone() {
        UserAccount reviewer = accounts.create("home-staff", GUYANG, Role.STAFF);
        UserAccount elsewhere = accounts.create("home-staff-other", ZHUOZI, Role.STAFF);
        assertThat(count(home(reviewer), "待审核的修改申请")).isZero();

        String certificate = PersonTestNumbers.next(4, 3);
        long id = registry.register(person(certificate, "巴特尔"), Jurisdiction.of(GUYANG));
        int version = persons.find(id, Jurisdiction.of(GUYANG)).orElseThrow().version();
        changeRequests.submit(id, version, person(certificate, "巴特尔二"), Jurisdiction.of(GUYANG_VILLAGE));

        String page = home(reviewer);
        assertThat(count(page, "待审核的修改申请")).isEqualTo(1);
        assertThat(page).contains("href=\"/persons/requests\"", "href=\"/persons/duplicates\"");
        assertThat(count(home(elsewhere), "待审核的修改申请")).isZero();
    }

    @Test
    void aGrassrootsMemberSeesTheirVillagesOpenVisitsButNoReviews() {
        UserAccount member = accounts.create("home-grassroots", "150222102000", Role.GRASSROOTS);
        int year = LocalDate.now().getYear();
        registry.register(person(PersonTestNumbers.next(4, 3), "乌云"), Jurisdiction.of(GUYANG));
        long open = workList.find(new WorkList.Query(member.jurisdiction().root(), year, null, WorkList.Order.VILLAGE, 0, 1),
                member.jurisdiction()).total();

        String page = home(member);
        assertThat(open).isPositive();
        assertThat(count(page, year + "年度尚未完成“四个一”的人员")).isEqualTo(open);
        assertThat(page).contains("href=\"/casework?year=" + year + "\"");
        assertThat(count(page, "逾期未做的跟踪回访")).isZero();
        assertThat(count(page, "已过复核日期的一人一策（我负责的）")).isZero();
        assertThat(page).doesNotContain("待审核的修改申请", "待审核的年审申报");
    }

    @Test
    void aSubmittedDeclarationWaitsForTheCountyReviewerAndTheUnitSeesItsNextStep() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        UserAccount reviewer = accounts.create("home-reviewer", "150802000000", Role.STAFF);
        UserAccount admin = accounts.create("home-admin", "150802000000", Role.ADMIN);
        UserAccount township = accounts.create("home-township", "150802001000", Role.STAFF);
        long before = count(home(reviewer), "待审核的年审申报");

        long unit = fixtures.enterprise("首页待办测试公司", "150802000000");
        UserAccount employer = fixtures.employerAccount(unit, DeclarationFixtures.LINHE_VILLAGE);
        String notFiled = home(employer);
        assertThat(notFiled).contains(LocalDate.now().getYear() + "年度按比例就业年审", "尚未申报")
                .doesNotContain("登记的持证残疾人", "待审核");

        long id = declarations.create(null, String.valueOf(YEAR), DeclarationFixtures.input(100, "7000000"), employer,
                employer.jurisdiction());
        declarations.submit(id, 0, employer, employer.jurisdiction());

        assertThat(count(home(reviewer), "待审核的年审申报")).isEqualTo(before + 1);
        assertThat(count(home(admin), "待审核的年审申报")).isEqualTo(before + 1);
        assertThat(home(reviewer)).contains("href=\"/declarations?status=SUBMITTED\"");
        // 苏木乡镇 staff are below the year's review level (旗县): nothing of it waits for them.
        assertThat(count(home(township), "待审核的年审申报")).isZero();
    }

    @Test
    void aViewerSeesTheAreasFiguresAndNoTasks() {
        UserAccount viewer = accounts.create("home-viewer", GUYANG, Role.VIEWER);
        String page = home(viewer);
        assertThat(page).contains("登记的持证残疾人", "目前已就业", "辖区内区划单位").doesNotContain("待办工作", "task-count");
    }

    @Test
    void anEmployerAccountWithoutAUnitIsToldToAskForOne() {
        UserAccount employer = accounts.create("home-unlinked", GUYANG, Role.EMPLOYER);
        assertThat(home(employer)).contains("您的账号尚未绑定用人单位").doesNotContain("登记的持证残疾人");
    }

    @Test
    void institutionAndPersonAccountsSeeNoCountsOfTheirAreaAndAPersonOnlyItsOwnSteps() {
        String institution = home(accounts.create("home-institution", GUYANG, Role.INSTITUTION));
        assertThat(institution).doesNotContain("待办工作", "task-count", "登记的持证残疾人", "辖区内区划单位", "我的管辖范围");
        // Issue 12: a person's home holds their own steps (an unbound account: bind the record), never counts.
        String person = home(accounts.create("home-person", GUYANG, Role.PERSON));
        assertThat(person).contains("待办工作", "绑定本人档案")
                .doesNotContain("task-count", "登记的持证残疾人", "辖区内区划单位", "我的管辖范围");
    }
}
