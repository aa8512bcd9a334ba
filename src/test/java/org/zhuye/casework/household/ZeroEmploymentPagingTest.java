package org.zhuye.casework.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** The 零就业家庭 page pages: 120 households in 乌达区 五虎山街道 铁西社区 (150304003007), where no other test puts anyone. */
@ZhuyeTest
class ZeroEmploymentPagingTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String VILLAGE = "150304003007";

    @Autowired
    OverviewFixtures people;
    @Autowired
    Households households;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Test
    void pageTwoOfOneHundredTwentyHouseholdsHoldsTheFiftyFirstToTheHundredthAndItsLinksKeepTheRegion() {
        for (int i = 1; i <= 120; i++) {
            long head = people.register(VILLAGE, LocalDate.parse("1980-01-01").plusDays(i), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 4, 3);
            people.notEmployed(head, "2020-01-01", true);
            households.createFor(head, address(i), LocalDate.parse("2020-01-01"), PROVINCE);
        }
        String staff = accounts.create("zp-wuda", "150304000000", Role.STAFF).username();
        PageSession session = PageSession.signIn(port, staff, AccountFixtures.PASSWORD);

        String page = session.get("/casework/zero-employment?region=" + VILLAGE + "&page=2").body();

        assertThat(page).contains("data-figure=\"households\">120<");
        for (int i = 51; i <= 100; i++) {
            assertThat(page).contains(address(i));
        }
        assertThat(page).doesNotContain(address(50)).doesNotContain(address(101));
        assertThat(page).contains("第 <span>2</span> 页 共 <span>3</span> 页");
        assertThat(page).contains("href=\"?region=" + VILLAGE + "&amp;page=1\"")
                .contains("href=\"?region=" + VILLAGE + "&amp;page=3\"");

        String last = session.get("/casework/zero-employment?region=" + VILLAGE + "&page=3").body();
        assertThat(last).contains(address(120)).doesNotContain(address(100)).doesNotContain("rel=\"next\"");
    }

    private static String address(int i) {
        return "铁西社区%03d号".formatted(i);
    }
}
