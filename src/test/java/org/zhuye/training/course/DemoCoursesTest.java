package org.zhuye.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.AccountFixtures;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.CourseStatus;

@ZhuyeTest
class DemoCoursesTest {

    static final String VILLAGE = "150402003001";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    DemoCourses demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoReplaysCoursesThroughTheRealStepsAndSpreadsTheirStates() {
        CourseFixtures fixtures = new CourseFixtures(accounts);
        for (int i = 0; i < 25; i++) {
            fixtures.person("演示学员" + (char) (0x4E00 + 37 * i), VILLAGE);
        }
        // Run and roll back: the shared test database keeps none of the hundred courses.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Map<CourseStatus, Integer> done = demo.populate(accounts.provinceAdmin(), Courses.today());
            assertThat(done.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            assertThat(done.get(CourseStatus.FINISHED)).isGreaterThan(50);
            assertThat(done).containsKeys(CourseStatus.DRAFT, CourseStatus.APPROVED, CourseStatus.RETURNED);
            assertThat(jdbc.sql("SELECT count(DISTINCT t.kind) FROM training_certificate t JOIN course_enrolment e ON e.id = t.enrolment_id"
                    + " JOIN course c ON c.id = e.course_id WHERE c.created_by = 'system'").query(Integer.class).single()).isEqualTo(4);
            assertThat(jdbc.sql("SELECT count(DISTINCT result) FROM course_enrolment WHERE created_by = 'system'").query(Integer.class).single())
                    .as("passed, failed and withdrawn").isEqualTo(3);
            tx.setRollbackOnly();
        });
    }
}
