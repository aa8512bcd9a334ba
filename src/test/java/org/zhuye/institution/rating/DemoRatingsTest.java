package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo's ratings, run for the administrator of 鄂伦春自治旗 (where no other test puts institutions) so that
 * only this test's institutions are rated: last year inspected and confirmed, this year's drafts, and a second
 * run adds nothing.
 */
@ZhuyeTest
class DemoRatingsTest {

    static final String VILLAGE = "150723100001";

    @Autowired
    DemoRatings demo;
    @Autowired
    RatingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyInstitutionOpenLastYearGetsAConfirmedRatingAndSomeADraftThisYear() {
        UserAccount admin = fixtures.account("150723000000", Role.ADMIN);
        long incubator = fixtures.institution("INCUBATOR", "鄂伦春自治旗创业孵化基地（演示测试）", VILLAGE, 12);
        long care = fixtures.institution("CARE_HOME", "鄂伦春自治旗托养中心（演示测试）", VILLAGE, 30);
        for (int i = 0; i < 3; i++) {
            fixtures.serves(care, fixtures.person(VILLAGE, LocalDate.of(1970 + i, 1, 1), 5, 2), LocalDate.of(2020, 1, 1), null, null);
        }
        LocalDate today = LocalDate.now();
        int[] done = demo.populate(admin, today);

        assertThat(done[0]).isEqualTo(2);
        int lastYear = today.getYear() - 1;
        for (long id : new long[] {incubator, care}) {
            assertThat(jdbc.sql("SELECT status FROM institution_rating WHERE institution_id = ? AND year = ?")
                    .params(id, lastYear).query(String.class).single()).isEqualTo("CONFIRMED");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM institution_rating WHERE institution_id IN (?, ?) AND year = ? AND status = 'DRAFT'")
                .params(incubator, care, today.getYear()).query(Long.class).single()).isEqualTo(done[1]);
        assertThat(jdbc.sql("SELECT snapshot -> 'figures' ->> 'served' FROM institution_rating WHERE institution_id = ? AND year = ?")
                .params(care, lastYear).query(String.class).single()).isEqualTo("3");

        assertThat(demo.populate(admin, today)[0]).isZero();
    }
}
