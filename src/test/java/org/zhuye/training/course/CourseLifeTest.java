package org.zhuye.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.HomeTask;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.ChangeLine;
import org.zhuye.audit.Histories;
import org.zhuye.audit.HistoryEntry;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

@ZhuyeTest
class CourseLifeTest {

    static final String HONGSHAN = "150402000000";
    static final String VILLAGE = "150402001001";
    static final String ELSEWHERE = "150102001001";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Courses courses;
    @Autowired
    Rosters rosters;
    @Autowired
    Attendance attendance;
    @Autowired
    Histories histories;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseWorkQueue queue;

    CourseFixtures fixtures;
    UserAccount staff;
    UserAccount reviewer;

    @BeforeEach
    void setUp() {
        fixtures = new CourseFixtures(accounts);
        staff = accounts.create("course-staff", HONGSHAN, Role.STAFF);
        reviewer = accounts.create("course-reviewer", HONGSHAN, Role.STAFF);
    }

    static LocalDate today() {
        return Courses.today();
    }

    Jurisdiction area(UserAccount user) {
        return user.jurisdiction();
    }

    @Test
    void aCourseGoesFromApplicationThroughApprovalAttendanceAndResultsToCertificates() {
        long provider = fixtures.school("生命周期测试培训学校", VILLAGE);
        long id = courses.create(CourseFixtures.withoutApplication(provider, "按摩初级班（流程）", VILLAGE, today().minusDays(9), today()),
                staff, area(staff));
        Course draft = courses.read(id, staff, area(staff));
        assertThat(draft.status()).isEqualTo(CourseStatus.DRAFT);

        assertThatThrownBy(() -> courses.submit(id, draft.version(), staff, area(staff)))
                .as("an application without plan, teachers, method and roster names each missing part")
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("teachingPlan", "teachers", "assessmentMethod", "roster"));

        courses.update(id, draft.version(), CourseFixtures.course(provider, "按摩初级班（流程）", VILLAGE, today().minusDays(9), today()),
                staff, area(staff));
        long first = fixtures.person("学员甲", VILLAGE);
        long second = fixtures.person("学员乙", VILLAGE);
        long third = fixtures.person("学员丙", VILLAGE);
        long fourth = fixtures.person("学员丁", VILLAGE);
        long eFirst = rosters.enrol(id, courses.read(id, staff, area(staff)).version(), String.valueOf(first), staff, area(staff));
        assertThatThrownBy(() -> rosters.enrol(id, version(id), String.valueOf(first), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("personId")).contains("已在本班名单上"));
        long eSecond = rosters.enrol(id, version(id), String.valueOf(second), staff, area(staff));
        long eThird = rosters.enrol(id, version(id), String.valueOf(third), staff, area(staff));
        assertThatThrownBy(() -> rosters.enrol(id, version(id), String.valueOf(fourth), staff, area(staff)))
                .as("capacity 3").isInstanceOfSatisfying(TrainingRuleException.class,
                        e -> assertThat(e.fieldErrors().get("personId")).contains("名额已满"));
        assertThatThrownBy(() -> rosters.enrol(id, version(id) - 1, String.valueOf(fourth), staff, area(staff)))
                .isInstanceOf(StaleTrainingRecordException.class);

        courses.submit(id, version(id), staff, area(staff));
        assertThat(count(queue.tasksFor(reviewer), "待审批开班申请")).isPositive();
        assertThatThrownBy(() -> courses.approve(id, version(id), "同意", staff, area(staff)))
                .as("the one who submitted cannot approve").isInstanceOfSatisfying(TrainingRuleException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reviewer"));
        courses.approve(id, version(id), "师资与场地已核实", reviewer, area(reviewer));
        Course approved = courses.read(id, staff, area(staff));
        assertThat(approved.status()).isEqualTo(CourseStatus.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(today());
        assertThat(approved.enrolled()).isEqualTo(3);

        long past = attendance.addSession(id, today().minusDays(9).toString(), "4", "理论", staff, area(staff));
        long now = attendance.addSession(id, today().toString(), "4", "实操", staff, area(staff));
        assertThatThrownBy(() -> attendance.addSession(id, today().plusDays(1).toString(), "4", "补课", staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("heldOn"));
        attendance.record(id, past, List.of(eFirst, eSecond), staff, area(staff));

        UserAccount trainee = accounts.create("course-trainee", VILLAGE, Role.PERSON);
        fixtures.bindPerson(trainee, first);
        Attendance.SignCode code = attendance.openSignCode(id, now, staff, area(staff));
        String wrong = code.code().equals("000000") ? "000001" : "000000";
        assertThatThrownBy(() -> attendance.signIn(wrong, trainee))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("code")).contains("签到码不对").contains("4次"));
        attendance.signIn(code.code(), trainee);
        assertThat(attendance.attendance(id, staff, area(staff)).get(now)).containsEntry(eFirst, "SELF");
        List<Enrolment> roster = rosters.enrolments(id, staff, area(staff));
        Enrolment a = roster.stream().filter(e -> e.id() == eFirst).findFirst().orElseThrow();
        assertThat(a.attendanceRate()).as("both sessions of 4 hours attended").isEqualTo(1.0);
        Enrolment c = roster.stream().filter(e -> e.id() == eThird).findFirst().orElseThrow();
        assertThat(c.attendanceRate()).isEqualTo(0.0);

        rosters.recordResult(id, eFirst, a.version(), "PASSED", "92.5", staff, area(staff));
        assertThatThrownBy(() -> courses.finish(id, version(id), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("results")).contains("还有2名学员"));
        rosters.recordResult(id, eSecond, enrolment(id, eSecond).version(), "FAILED", null, staff, area(staff));
        rosters.recordResult(id, eThird, enrolment(id, eThird).version(), "WITHDRAWN", null, staff, area(staff));

        assertThatThrownBy(() -> rosters.recordCertificate(id, new CertificateInput(String.valueOf(eSecond), "PASS", null, "CERT-F-1",
                "赤峰市职业技能鉴定中心", today().toString()), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("enrolmentId")).contains("不是合格"));
        String number = "ZS" + System.nanoTime();
        rosters.recordCertificate(id, new CertificateInput(String.valueOf(eFirst), "SKILL_LEVEL", "5", number,
                "赤峰市职业技能鉴定中心", today().toString()), staff, area(staff));
        assertThatThrownBy(() -> rosters.recordCertificate(id, new CertificateInput(String.valueOf(eFirst), "SPECIAL", null, number,
                "赤峰市职业技能鉴定中心", today().plusDays(1).toString()), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors()).containsKeys("issuedOn"));
        assertThatThrownBy(() -> rosters.recordCertificate(id, new CertificateInput(String.valueOf(eFirst), "SKILL_LEVEL", "4", number,
                "赤峰市职业技能鉴定中心", today().toString()), staff, area(staff)))
                .as("a number once per issuer; a kind once per enrolment")
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors()).containsKeys("number", "kind"));

        courses.finish(id, version(id), staff, area(staff));
        Course finished = courses.read(id, staff, area(staff));
        assertThat(finished.status()).isEqualTo(CourseStatus.FINISHED);
        assertThat(finished.completed()).as("passed and failed are person-times; withdrawn is not").isEqualTo(2);
        assertThat(finished.enrolled()).isEqualTo(2);
        assertThat(rosters.certificates(id, staff, area(staff))).singleElement()
                .satisfies(cert -> assertThat(cert.kindLabel()).isEqualTo(CertificateKind.SKILL_LEVEL.labelWith(5)));
        assertThatThrownBy(() -> courses.cancel(id, version(id), "不办了", staff, area(staff))).isInstanceOf(StaleTrainingRecordException.class);

        List<HistoryEntry> history = histories.of(Courses.OBJECT_TYPE, String.valueOf(id), area(staff));
        assertThat(history).extracting(HistoryEntry::action)
                .contains("新建培训班", "修改培训班", "培训报名", "提交开班申请", "批准开班", "新增课次", "记录考勤", "记录结业结果", "登记培训证书", "培训班结业");
        assertThat(history.stream().flatMap(h -> h.changes().stream()).map(ChangeLine::label)).contains("培训类别", "结业结果", "证书类别");
    }

    @Test
    void enrolmentTakesOnlyWorkingAgeRegistryPersonsOfTheCallersArea() {
        long provider = fixtures.school("报名规则测试学校", VILLAGE);
        long id = courses.create(CourseFixtures.course(provider, "报名规则班", VILLAGE, today().plusDays(5), today().plusDays(10)),
                staff, area(staff));
        long old = fixtures.person("年长者", VILLAGE);
        jdbc.sql("UPDATE person SET birth_date = DATE '1950-01-01' WHERE id = ?").param(old).update();
        assertThatThrownBy(() -> rosters.enrol(id, version(id), String.valueOf(old), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("personId")).contains("不在就业年龄段"));
        long outside = fixtures.person("外地人", ELSEWHERE);
        assertThatThrownBy(() -> rosters.enrol(id, version(id), String.valueOf(outside), staff, area(staff)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors().get("personId")).contains("管辖范围内没有"));
        assertThatThrownBy(() -> rosters.enrol(id, version(id), "abc", staff, area(staff))).isInstanceOf(TrainingRuleException.class);
        long ok = fixtures.person("适龄者", VILLAGE);
        long enrolment = rosters.enrol(id, version(id), String.valueOf(ok), staff, area(staff));
        rosters.remove(id, version(id), enrolment, staff, area(staff));
        assertThat(rosters.enrolments(id, staff, area(staff))).isEmpty();
    }

    @Test
    void aReturnedApplicationCarriesItsReasonAndCanBeCorrectedAndResubmitted() {
        long provider = fixtures.school("退回测试学校", VILLAGE);
        long id = courses.create(CourseFixtures.course(provider, "退回测试班", VILLAGE, today().plusDays(3), today().plusDays(6)),
                staff, area(staff));
        rosters.enrol(id, version(id), String.valueOf(fixtures.person("退回学员", VILLAGE)), staff, area(staff));
        courses.submit(id, version(id), staff, area(staff));
        assertThatThrownBy(() -> courses.returnForCorrection(id, version(id), " ", reviewer, area(reviewer)))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        courses.returnForCorrection(id, version(id), "教师资质证明不全", reviewer, area(reviewer));
        Course returned = courses.read(id, staff, area(staff));
        assertThat(returned.status()).isEqualTo(CourseStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("教师资质证明不全");
        courses.submit(id, returned.version(), staff, area(staff));
        assertThat(courses.read(id, staff, area(staff)).returnReason()).isNull();
        courses.cancel(id, version(id), "场地不可用", staff, area(staff));
        assertThat(courses.read(id, staff, area(staff)).status()).isEqualTo(CourseStatus.CANCELLED);
    }

    @Test
    void anInstitutionAccountSeesAndRunsOnlyItsOwnCourses() {
        CourseFixtures.Owned own = fixtures.institutionProvider("本机构测试培训基地", VILLAGE);
        CourseFixtures.Owned other = fixtures.institutionProvider("别家测试培训基地", VILLAGE);
        UserAccount account = own.account();
        long mine = courses.create(CourseFixtures.course(other.providerId(), "本机构的班", VILLAGE, today().plusDays(1), today().plusDays(4)),
                account, account.jurisdiction());
        assertThat(courses.read(mine, account, account.jurisdiction()).providerId())
                .as("an institution account creates for its own provider, whatever id it sends").isEqualTo(own.providerId());
        long theirs = courses.create(CourseFixtures.course(other.providerId(), "别家的班", VILLAGE, today().plusDays(1), today().plusDays(4)),
                staff, area(staff));
        assertThatThrownBy(() -> courses.read(theirs, account, account.jurisdiction())).isInstanceOf(TrainingNotFoundException.class);
        assertThatThrownBy(() -> rosters.enrol(theirs, 0, "1", account, account.jurisdiction())).isInstanceOf(TrainingNotFoundException.class);
        assertThat(courses.list(CourseFilter.none(), org.zhuye.platform.paging.PageRequest.first(), account, account.jurisdiction()).rows())
                .extracting(Course::id).contains(mine).doesNotContain(theirs);
        rosters.enrol(mine, version(mine), String.valueOf(fixtures.person("机构学员", VILLAGE)), account, account.jurisdiction());

        UserAccount employer = accounts.create("course-employer", VILLAGE, Role.EMPLOYER);
        assertThatThrownBy(() -> courses.read(mine, employer, employer.jurisdiction())).isInstanceOf(TrainingNotFoundException.class);
        UserAccount viewer = accounts.create("course-viewer", HONGSHAN, Role.VIEWER);
        assertThat(courses.read(mine, viewer, viewer.jurisdiction()).title()).isEqualTo("本机构的班");
        assertThatThrownBy(() -> rosters.enrol(mine, version(mine), "1", viewer, viewer.jurisdiction()))
                .hasMessageContaining("只有培训机构本机构账号");
    }

    int version(long id) {
        return courses.read(id, staff, area(staff)).version();
    }

    Enrolment enrolment(long course, long id) {
        return rosters.enrolments(course, staff, area(staff)).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    static long count(List<HomeTask> tasks, String label) {
        return tasks.stream().filter(t -> t.label().equals(label)).mapToLong(HomeTask::count).sum();
    }
}
