package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.person.EmploymentHistory.PersonDay;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Retention's question — was this person in work on that day — is remembered, and forgotten the moment the
 * person's record changes, so a kept answer is never older than the last commit. In 察哈尔右翼后旗 (150928).
 */
@ZhuyeTest
class EmployedOnMemoTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    EmployedOnMemo memo;
    @Autowired
    OverviewFixtures people;

    @Test
    void anAnswerIsKeptUntilThePersonsRecordChangesAndIsThenReadAgain() {
        long worker = people.register("150928105003", LocalDate.parse("1985-02-02"), Sex.FEMALE, 4, 3);
        people.employed(worker, "2024-01-10", true);
        PersonDay anniversary = new PersonDay(worker, LocalDate.parse("2024-07-10"));
        PersonDay before = new PersonDay(worker, LocalDate.parse("2023-12-31"));

        assertThat(memo.employedOn(List.of(anniversary, before), PROVINCE)).containsExactly(anniversary);
        int kept = memo.size();
        assertThat(memo.employedOn(List.of(anniversary, before), PROVINCE)).as("answered again from memory")
                .containsExactly(anniversary);
        assertThat(memo.size()).isEqualTo(kept);

        // She left work in May: the anniversary's answer changes at once (the event names her, her answers go).
        people.notEmployed(worker, "2024-05-01", false);
        assertThat(memo.employedOn(List.of(anniversary, before), PROVINCE)).isEmpty();
        // An area that does not hold her is asked apart and answers as the registry does there: nobody.
        people.employed(worker, "2024-06-01", false);
        assertThat(memo.employedOn(List.of(anniversary), Jurisdiction.of("1501"))).isEmpty();
        assertThat(memo.employedOn(List.of(anniversary), PROVINCE)).containsExactly(anniversary);
    }
}
