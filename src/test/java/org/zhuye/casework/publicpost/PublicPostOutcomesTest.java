package org.zhuye.casework.publicpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * A 公益性岗位 term that has ended is not proof that the person stopped working, so nothing flips the registry on
 * its own; instead the placement waits as 待确认 (list and home task) until staff record 续聘, 转为其他就业 or 离岗
 * with a date. Placed in 海南区 (150303) and compared with 土默特右旗 (150221), where no other test works; counts
 * are compared before and after, since test classes share one database.
 */
@ZhuyeTest
class PublicPostOutcomesTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String COUNTY = "150303000000";
    static final String VILLAGE = "150303001006";
    static final String OTHER_COUNTY = "150221000000";
    static final String TASK = "期满待确认去向的公益性岗位";
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    PublicPosts posts;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** A person out of work since 2020, placed two years ago on a term that ended yesterday. */
    private long[] endedYesterday(int category) {
        long person = people.register(VILLAGE, LocalDate.parse("1985-04-04"), Sex.MALE, category, 2);
        people.notEmployed(person, "2020-01-01", true);
        long placement = posts.place(person, new PlacementInput("社区保洁员", "", "拉僧仲街道办事处",
                TODAY.minusYears(2).toString(), TODAY.minusDays(1).toString(), ""), false, PROVINCE);
        return new long[] {person, placement};
    }

    private static long count(String home) {
        Matcher m = Pattern.compile("<span class=\"task-count\">(\\d+)</span>\\s*<span class=\"task-label\">"
                + Pattern.quote(TASK) + "</span>").matcher(home);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String page(UserAccount user, String path) {
        PageSession.Page page = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD).get(path);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private boolean waiting(long placement) {
        return posts.unconfirmed(RegionCode.of("150303"), TODAY, PROVINCE).stream().anyMatch(p -> p.id() == placement);
    }

    private boolean employedOn(long person, LocalDate day) {
        return employment.findStatusOn(person, day, PROVINCE).map(EmploymentRecord::employed).orElse(false);
    }

    @Test
    void aTermThatEndedYesterdayWaitsForItsOutcomeOnTheListAndTheCountyStaffsHomeButNotAnotherCountys() {
        UserAccount staff = accounts.create("pp-end-staff", COUNTY, Role.STAFF);
        UserAccount elsewhere = accounts.create("pp-end-other", OTHER_COUNTY, Role.STAFF);
        long before = count(page(staff, "/"));
        long elsewhereBefore = count(page(elsewhere, "/"));

        long[] ended = endedYesterday(4);

        assertThat(count(page(staff, "/"))).isEqualTo(before + 1);
        assertThat(count(page(elsewhere, "/"))).isEqualTo(elsewhereBefore);
        String link = "/casework/persons/" + ended[0] + "/public-posts/" + ended[1] + "/outcome";
        String list = page(staff, "/casework/public-posts");
        assertThat(list.substring(list.indexOf("unconfirmed-heading"), list.indexOf("ending-heading"))).contains(link);
        assertThat(page(elsewhere, "/casework/public-posts")).doesNotContain(link);
        var api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/casework/public-posts/unconfirmed").body()).contains("\"id\":" + ended[1] + ",");
        assertThat(Api.basic(port, elsewhere.username(), AccountFixtures.PASSWORD).get("/api/v1/casework/public-posts/unconfirmed")
                .body()).doesNotContain("\"personId\":" + ended[0] + ",");
        assertThat(posts.current(RegionCode.of("150303"), TODAY, new PageRequest(1, 500, ""), PROVINCE).rows())
                .as("an ended term is not in force").extracting(Placement::id).doesNotContain(ended[1]);
        assertThat(employedOn(ended[0], TODAY)).as("nothing flips the registry by itself").isTrue();
    }

    @Test
    void confirmingLeftWithADateMakesTheRegistryNotEmployedFromThatDateAuditedAndTakesItOffTheList() {
        long[] ended = endedYesterday(1);
        LocalDate left = TODAY.minusDays(20);
        UserAccount staff = accounts.create("pp-left-staff", COUNTY, Role.STAFF);

        PageSession session = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        String path = "/casework/persons/" + ended[0] + "/public-posts/" + ended[1] + "/outcome";
        assertThat(session.get(path).body()).contains("期满后的去向", "离岗日期");
        PageSession.Page answer = session.post(path, Map.of("outcome", "LEFT", "leftOn", left.toString()));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(employedOn(ended[0], left.minusDays(1))).isTrue();
        assertThat(employedOn(ended[0], left)).isFalse();
        assertThat(employedOn(ended[0], TODAY)).isFalse();
        assertThat(jdbc.sql("SELECT employed FROM person WHERE id = ?").param(ended[0]).query(Boolean.class).single()).isFalse();
        assertThat(waiting(ended[1])).isFalse();
        assertThat(posts.forPerson(ended[0], PROVINCE)).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(PlacementOutcome.LEFT);
            assertThat(p.leftOn()).isEqualTo(left);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PUBLIC_POST_OUTCOME_RECORDED' AND object_id = ?")
                .param(String.valueOf(ended[0])).query(Long.class).single()).isEqualTo(1);
        assertThat(page(staff, "/casework/persons/" + ended[0] + "/public-posts")).contains("期满：离岗（" + left + "）");
    }

    @Test
    void confirmingOtherWorkKeepsTheRegistryEmployedAndTakesItOffTheList() {
        long[] ended = endedYesterday(2);
        int events = employment.findHistory(ended[0], PROVINCE).size();

        posts.recordOutcome(ended[0], ended[1], new OutcomeInput("OTHER_WORK", "", "", ""), true, PROVINCE);

        assertThat(employedOn(ended[0], TODAY)).isTrue();
        assertThat(employment.findHistory(ended[0], PROVINCE)).hasSize(events);
        assertThat(waiting(ended[1])).isFalse();
        assertThatThrownBy(() -> posts.recordOutcome(ended[0], ended[1], new OutcomeInput("LEFT", TODAY.toString(), "", ""),
                true, PROVINCE)).as("an outcome is recorded once").isNotInstanceOf(CaseworkRuleException.class);
    }

    @Test
    void renewingPlacesTheNextTermFromTheDayAfterAndTakesItOffTheListUntilTheRenewalIsVoided() {
        long[] ended = endedYesterday(3);

        posts.recordOutcome(ended[0], ended[1], new OutcomeInput("RENEWED", "", TODAY.plusMonths(6).toString(), ""), true,
                PROVINCE);

        assertThat(posts.forPerson(ended[0], PROVINCE)).hasSize(2).first().satisfies(p -> {
            assertThat(p.startOn()).isEqualTo(TODAY);
            assertThat(p.endOn()).isEqualTo(TODAY.plusMonths(6));
        });
        assertThat(waiting(ended[1])).isFalse();
        assertThat(employedOn(ended[0], TODAY)).isTrue();

        long renewal = posts.forPerson(ended[0], PROVINCE).get(0).id();
        posts.voidPlacement(ended[0], renewal, "续聘误录", PROVINCE);
        assertThat(waiting(ended[1])).as("a voided renewal leaves the old term waiting again").isTrue();
    }

    @Test
    void aLeavingDateBeforeTheTermStartedIsRefusedNamingTheFieldInChineseAndNothingIsSaved() {
        long[] ended = endedYesterday(5);
        UserAccount staff = accounts.create("pp-bad-staff", COUNTY, Role.STAFF);
        String path = "/casework/persons/" + ended[0] + "/public-posts/" + ended[1] + "/outcome";

        PageSession session = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(session.get(path).status()).isEqualTo(200);
        PageSession.Page answer = session.post(path, Map.of("outcome", "LEFT", "leftOn", TODAY.minusYears(3).toString()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("离岗日期不能早于该岗位的上岗日期（" + TODAY.minusYears(2) + "）");
        assertThatThrownBy(() -> posts.recordOutcome(ended[0], ended[1], new OutcomeInput("", "", "", ""), true, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class,
                        e -> assertThat(e.fieldErrors().get("outcome")).contains("请选择期满后的去向"));
        assertThatThrownBy(() -> posts.recordOutcome(ended[0], ended[1], new OutcomeInput("LEFT", "", "", ""), true, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class,
                        e -> assertThat(e.fieldErrors().get("leftOn")).isEqualTo("请填写离岗日期（YYYY-MM-DD）"));
        assertThat(waiting(ended[1])).isTrue();
        assertThat(employedOn(ended[0], TODAY)).isTrue();
    }
}
