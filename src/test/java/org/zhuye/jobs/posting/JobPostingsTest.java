package org.zhuye.jobs.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.HomeTask;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.ChangeLine;
import org.zhuye.audit.Histories;
import org.zhuye.audit.HistoryEntry;
import org.zhuye.jobs.ClosedReason;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class JobPostingsTest {

    static final String HONGSHAN = "150402000000";
    static final String VILLAGE = "150402001001";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    JobPostings postings;
    @Autowired
    PostingStore store;
    @Autowired
    PostingWorkQueue queue;
    @Autowired
    Histories histories;

    PostingFixtures fixtures;
    UserAccount staff;

    @BeforeEach
    void setUp() {
        fixtures = new PostingFixtures(accounts);
        staff = accounts.create("jobs-staff", HONGSHAN, Role.STAFF);
    }

    static LocalDate today() {
        return JobPostings.today();
    }

    @Test
    void anEmployersDraftIsSubmittedCheckedAndPublishedWithTheCheckRecorded() {
        long unit = fixtures.unit("流程测试商贸公司", VILLAGE);
        UserAccount employer = fixtures.employerAccount(unit, VILLAGE);
        long id = postings.create(PostingFixtures.posting("999", "理货员", VILLAGE, today().plusMonths(2)), employer,
                employer.jurisdiction());
        JobPosting draft = postings.read(id, employer, employer.jurisdiction());
        assertThat(draft.employerId()).as("an employer account posts for its own unit, whatever id it sends").isEqualTo(unit);
        assertThat(draft.status()).isEqualTo(PostingStatus.DRAFT);
        assertThat(draft.occupationLabel()).isEqualTo("批发与零售服务人员");
        assertThat(draft.employmentForm()).isEqualTo("1");

        postings.submit(id, draft.version(), employer, employer.jurisdiction());
        long waiting = count(queue.tasksFor(staff), "待审核岗位");
        assertThat(waiting).isPositive();
        assertThat(store.findSubmitted(staff.jurisdiction(), 500, 0)).extracting(JobPosting::id).contains(id);

        JobPosting submitted = postings.read(id, staff, staff.jurisdiction());
        assertThatThrownBy(() -> postings.publish(id, submitted.version(), new PostingCheck(true, false, null), staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("workplaceChecked"));
        assertThatThrownBy(() -> postings.publish(id, submitted.version(), new PostingCheck(true, true, null), employer, employer.jurisdiction()))
                .as("a unit cannot check its own posting").hasMessageContaining("只有残联工作人员");

        postings.publish(id, submitted.version(), new PostingCheck(true, true, "营业执照与现场无障碍通道已核实"), staff, staff.jurisdiction());
        JobPosting published = postings.read(id, employer, employer.jurisdiction());
        assertThat(published.status()).isEqualTo(PostingStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(today());
        assertThat(published.checkNote()).isEqualTo("营业执照与现场无障碍通道已核实");
        assertThat(published.checkedAt()).isNotNull();
        assertThat(count(queue.tasksFor(staff), "待审核岗位")).isEqualTo(waiting - 1);

        postings.close(id, published.version(), "FILLED", employer, employer.jurisdiction());
        JobPosting closed = postings.read(id, staff, staff.jurisdiction());
        assertThat(closed.closedReason()).isEqualTo(ClosedReason.FILLED);
        assertThat(closed.closedOn()).isEqualTo(today());

        List<String> actions = histories.of(JobPostings.OBJECT_TYPE, String.valueOf(id), Jurisdiction.of(VILLAGE))
                .stream().map(HistoryEntry::action).toList();
        assertThat(actions).contains("新建招聘岗位", "提交招聘岗位审核", "审核发布招聘岗位", "关闭招聘岗位");
    }

    @Test
    void aReturnedPostingCarriesItsReasonAndIsCorrectedAndResubmitted() {
        long unit = fixtures.unit("退回测试公司", VILLAGE);
        UserAccount employer = fixtures.employerAccount(unit, VILLAGE);
        long id = postings.create(PostingFixtures.posting(null, "包装工", VILLAGE, today().plusMonths(1)), employer, employer.jurisdiction());
        postings.submit(id, 0, employer, employer.jurisdiction());
        assertThatThrownBy(() -> postings.returnForCorrection(id, 1, " ", staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        postings.returnForCorrection(id, 1, "工资下限低于当地最低工资，请核实", staff, staff.jurisdiction());
        JobPosting returned = postings.read(id, employer, employer.jurisdiction());
        assertThat(returned.status()).isEqualTo(PostingStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("工资下限低于当地最低工资，请核实");
        assertThat(count(queue.tasksFor(employer), "被退回待修改的岗位")).isEqualTo(1);

        PostingInput corrected = PostingFixtures.posting(null, "包装工（白班）", VILLAGE, today().plusMonths(1));
        postings.update(id, returned.version(), corrected, employer, employer.jurisdiction());
        assertThatThrownBy(() -> postings.update(id, returned.version(), corrected, employer, employer.jurisdiction()))
                .as("an edit made on a version read before another's is refused").isInstanceOf(StaleJobRecordException.class);
        JobPosting edited = postings.read(id, employer, employer.jurisdiction());
        postings.submit(id, edited.version(), employer, employer.jurisdiction());
        assertThat(postings.read(id, staff, staff.jurisdiction()).returnReason()).as("the reason goes once resubmitted").isNull();

        List<ChangeLine> changes = histories.of(JobPostings.OBJECT_TYPE, String.valueOf(id), Jurisdiction.of(VILLAGE)).stream()
                .filter(e -> e.action().equals("修改招聘岗位")).findFirst().orElseThrow().changes();
        assertThat(changes).extracting(ChangeLine::text).containsExactly("岗位名称：包装工 → 包装工（白班）");
    }

    @Test
    void stepsTheStatusDoesNotAllowAreRefused() {
        long unit = fixtures.unit("状态测试公司", VILLAGE);
        long id = postings.create(PostingFixtures.posting(String.valueOf(unit), "保洁员", VILLAGE, today().plusDays(30)), staff,
                staff.jurisdiction());
        assertThatThrownBy(() -> postings.publish(id, 0, new PostingCheck(true, true, null), staff, staff.jurisdiction()))
                .isInstanceOf(PostingStepException.class).hasMessageContaining("只有待审核的岗位可以发布");
        assertThatThrownBy(() -> postings.close(id, 0, "FILLED", staff, staff.jurisdiction()))
                .isInstanceOf(PostingStepException.class).hasMessageContaining("只有已发布的岗位可以标记为已招满");
        assertThatThrownBy(() -> postings.close(id, 0, "EXPIRED", staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        postings.close(id, 0, "WITHDRAWN", staff, staff.jurisdiction());
        assertThatThrownBy(() -> postings.submit(id, 1, staff, staff.jurisdiction()))
                .isInstanceOf(PostingStepException.class);
    }

    @Test
    void anEmployerAccountSeesOnlyItsOwnUnitsPostings() {
        long mine = fixtures.unit("本单位", VILLAGE);
        long other = fixtures.unit("别的单位", VILLAGE);
        UserAccount employer = fixtures.employerAccount(mine, VILLAGE);
        long theirs = postings.create(PostingFixtures.posting(String.valueOf(other), "门卫", VILLAGE, today().plusDays(20)), staff,
                staff.jurisdiction());
        assertThatThrownBy(() -> postings.read(theirs, employer, employer.jurisdiction())).isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> postings.close(theirs, 0, "WITHDRAWN", employer, employer.jurisdiction()))
                .isInstanceOf(JobNotFoundException.class);
        assertThat(store.searchOfEmployer(PostingFilter.none(), mine, today(), 50, 0)).isEmpty();
        UserAccount person = accounts.create("jobs-person", VILLAGE, Role.PERSON);
        assertThatThrownBy(() -> postings.read(theirs, person, person.jurisdiction())).isInstanceOf(JobNotFoundException.class);
    }

    @Test
    void staffSeeAPostingWhoseWorkplaceOrUnitIsInTheirAreaAndNoOtherAnswersNotFound() {
        long hongshanUnit = fixtures.unit("红山区单位", VILLAGE);
        long id = postings.create(PostingFixtures.posting(String.valueOf(hongshanUnit), "异地岗位", "150403001001", today().plusDays(20)),
                staff, staff.jurisdiction());
        UserAccount yuanbaoshan = accounts.create("jobs-ybs", "150403000000", Role.STAFF);
        assertThat(postings.read(id, yuanbaoshan, yuanbaoshan.jurisdiction()).title()).as("the workplace is in their area").isEqualTo("异地岗位");
        UserAccount songshan = accounts.create("jobs-ss", "150404000000", Role.VIEWER);
        assertThatThrownBy(() -> postings.read(id, songshan, songshan.jurisdiction())).isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> postings.create(PostingFixtures.posting(String.valueOf(hongshanUnit), "越权", VILLAGE, today()),
                yuanbaoshan, yuanbaoshan.jurisdiction()))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("employerId"));
    }

    @Test
    void aPublishedPostingPastItsDateReadsAsExpiredAndTheNightlyRunStoresIt() {
        long unit = fixtures.unit("到期测试公司", VILLAGE);
        LocalDate posted = today().minusDays(40);
        long id = postings.create(PostingFixtures.posting(String.valueOf(unit), "仓库管理员", VILLAGE, today().minusDays(3)), staff,
                staff.jurisdiction(), posted);
        postings.submit(id, 0, staff, staff.jurisdiction(), posted.plusDays(1));
        postings.publish(id, 1, new PostingCheck(true, true, null), staff, staff.jurisdiction(), posted.plusDays(2));

        JobPosting seen = postings.read(id, staff, staff.jurisdiction());
        assertThat(seen.status()).as("treated as closed before the nightly run").isEqualTo(PostingStatus.CLOSED);
        assertThat(seen.closedReason()).isEqualTo(ClosedReason.EXPIRED);
        assertThat(seen.closedOn()).isEqualTo(today().minusDays(2));
        PostingFilter open = new PostingFilter(null, null, null, null, null, "true");
        PostingFilter closed = new PostingFilter(null, null, null, null, "CLOSED", null);
        assertThat(store.search(open, staff.jurisdiction(), today(), 500, 0)).extracting(JobPosting::id).doesNotContain(id);
        assertThat(store.search(closed, staff.jurisdiction(), today(), 500, 0)).extracting(JobPosting::id).contains(id);
        assertThatThrownBy(() -> postings.close(id, 2, "FILLED", staff, staff.jurisdiction())).isInstanceOf(PostingStepException.class);

        assertThat(postings.expire(today())).isPositive();
        JobPosting stored = accounts.bean(org.zhuye.jobs.JobPostingRepository.class).find(id, staff.jurisdiction()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PostingStatus.CLOSED);
        assertThat(stored.closedReason()).isEqualTo(ClosedReason.EXPIRED);
        assertThat(stored.closedOn()).isEqualTo(today().minusDays(2));
        assertThat(histories.of(JobPostings.OBJECT_TYPE, String.valueOf(id), Jurisdiction.of(VILLAGE)).get(0).changes())
                .extracting(ChangeLine::text).contains("关闭原因：已到期");
    }

    @Test
    void theEmployerIsToldOfPostingsExpiringWithinAWeek() {
        long unit = fixtures.unit("将到期公司", VILLAGE);
        UserAccount employer = fixtures.employerAccount(unit, VILLAGE);
        long id = postings.create(PostingFixtures.posting(null, "收银员", VILLAGE, today().plusDays(5)), employer, employer.jurisdiction());
        postings.submit(id, 0, employer, employer.jurisdiction());
        postings.publish(id, 1, new PostingCheck(true, true, null), staff, staff.jurisdiction());
        assertThat(count(queue.tasksFor(employer), "7天内到期的岗位")).isEqualTo(1);
    }

    private static long count(List<HomeTask> tasks, String label) {
        return tasks.stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().count();
    }
}
