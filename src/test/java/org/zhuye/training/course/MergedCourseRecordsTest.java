package org.zhuye.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.audit.HistoryEntry;
import org.zhuye.person.PersonsMerged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.EnrolmentResult;

/** Courses follow a merged person: the merge's event, published in a transaction as the registry's merge does. */
@ZhuyeTest
class MergedCourseRecordsTest {

    static final String VILLAGE = "150402001001";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Courses courses;
    @Autowired
    Rosters rosters;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Histories histories;
    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolmentsMoveToTheKeptPersonAndADuplicateOnTheSameCourseIsWithdrawnNotDeleted() {
        CourseFixtures fixtures = new CourseFixtures(accounts);
        UserAccount staff = accounts.create("course-merge-staff", "150402000000", Role.STAFF);
        Jurisdiction area = staff.jurisdiction();
        long provider = fixtures.school("合并测试学校", VILLAGE);
        long kept = fixtures.person("保留者", VILLAGE);
        long gone = fixtures.person("重复者", VILLAGE);
        long both = courses.create(CourseFixtures.course(provider, "两人都在的班", VILLAGE, Courses.today().plusDays(2), Courses.today().plusDays(6)), staff, area);
        long keptOnBoth = rosters.enrol(both, courses.read(both, staff, area).version(), String.valueOf(kept), staff, area);
        long goneOnBoth = rosters.enrol(both, courses.read(both, staff, area).version(), String.valueOf(gone), staff, area);
        long only = courses.create(CourseFixtures.course(provider, "只有重复者的班", VILLAGE, Courses.today().plusDays(2), Courses.today().plusDays(6)), staff, area);
        long goneOnly = rosters.enrol(only, courses.read(only, staff, area).version(), String.valueOf(gone), staff, area);

        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new PersonsMerged(gone, kept, VILLAGE)));

        List<Enrolment> onBoth = rosters.enrolments(both, staff, area);
        assertThat(onBoth).filteredOn(e -> e.id() == keptOnBoth).singleElement().satisfies(e -> assertThat(e.result()).isNull());
        assertThat(onBoth).filteredOn(e -> e.id() == goneOnBoth).singleElement().satisfies(e -> {
            assertThat(e.personId()).as("the duplicate's stays on the merged record").isEqualTo(gone);
            assertThat(e.result()).isEqualTo(EnrolmentResult.WITHDRAWN);
        });
        assertThat(rosters.enrolments(only, staff, area)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(goneOnly);
            assertThat(e.personId()).isEqualTo(kept);
        });
        assertThat(histories.of("person", String.valueOf(kept), area)).extracting(HistoryEntry::action)
                .contains("合并重复人员时转移培训、机构服务与创业记录");
    }
}
