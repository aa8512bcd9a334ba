package org.zhuye.jobs.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.jobs.fair.FairFixtures.COUNTY;
import static org.zhuye.jobs.fair.FairFixtures.LEAGUE;
import static org.zhuye.jobs.fair.FairFixtures.OTHER_VILLAGE;
import static org.zhuye.jobs.fair.FairFixtures.TODAY;
import static org.zhuye.jobs.fair.FairFixtures.VILLAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * Who sees a fair and its people: a league's fair shows a county worker only the county's attendees and a count of
 * the others; a person registers for a fair of their league from its page; the SOE count per league and year.
 */
@ZhuyeTest
class JobFairVisibilityTest {


    @Autowired
    FairFixtures fixtures;
    @Autowired
    JobFairs fairs;
    @Autowired
    FairRepository repository;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aCountyWorkerSeesOnlyTheCountysAttendeesOfALeagueFairAndACountOfTheOthers() {
        UserAccount league = fixtures.staff(LEAGUE);
        UserAccount county = fixtures.staff(COUNTY);
        long fairId = fairs.create(FairFixtures.fair("锡林郭勒盟春风行动", LEAGUE, "GENERAL", TODAY.plusDays(3),
                TODAY.plusDays(3), List.of()), league);
        long own = fixtures.person(VILLAGE);
        long other = fixtures.person(OTHER_VILLAGE);
        fairs.register(fairId, own, league);
        fairs.register(fairId, other, league);

        var seen = repository.listAttendees(fairId, county.jurisdiction());
        assertThat(seen.visible()).extracting(Attendee::personId).containsExactly(own);
        assertThat(seen.hidden()).isEqualTo(1);
        PageSession.Page page = PageSession.signIn(port, county.username(), AccountFixtures.PASSWORD).get("/job-fairs/" + fairId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/persons/" + own).doesNotContain("/persons/" + other)
                .contains("另有 1 名报名人员在您的管辖范围外");
        Api.Response api = Api.basic(port, county.username(), AccountFixtures.PASSWORD).get("/api/v1/job-fairs/" + fairId);
        assertThat(api.json().at("/attendees/hidden").asInt()).isEqualTo(1);
        assertThat(api.json().at("/results/registered").asInt()).isEqualTo(2);
        assertThat(PageSession.signIn(port, county.username(), AccountFixtures.PASSWORD).get("/job-fairs").body())
                .contains("锡林郭勒盟春风行动");
    }

    @Test
    void aFairOfAnotherLeagueIsNotFoundAndItsPeopleCannotBeRegisteredFromOutside() {
        UserAccount league = fixtures.staff(LEAGUE);
        UserAccount alxa = fixtures.staff("152900000000");
        long fairId = fairs.create(FairFixtures.fair("只在锡林郭勒盟可见", LEAGUE, "GENERAL", TODAY, TODAY, List.of()), league);

        assertThat(Api.basic(port, alxa.username(), AccountFixtures.PASSWORD).get("/api/v1/job-fairs/" + fairId).status())
                .isEqualTo(404);
        assertThat(Api.basic(port, league.username(), AccountFixtures.PASSWORD)
                .postJson("/api/v1/job-fairs/" + fairId + "/registrations", "{\"personId\": " + fixtures.person("152921102001") + "}")
                .json().at("/fieldErrors/personId").asString()).startsWith("您的管辖范围内没有这个人员");
    }

    @Test
    void aPersonRegistersThemselvesFromTheFairPage() {
        UserAccount league = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("残疾人就业援助月招聘会", LEAGUE, "GRADUATES", TODAY.plusDays(5),
                TODAY.plusDays(5), List.of()), league);
        long me = fixtures.person(VILLAGE);
        UserAccount account = fixtures.personAccount(me, VILLAGE);
        PageSession session = PageSession.signIn(port, account.username(), AccountFixtures.PASSWORD);

        assertThat(session.get("/job-fairs").body()).contains("残疾人就业援助月招聘会");
        assertThat(session.get("/job-fairs/" + fairId).body()).contains("我要报名").doesNotContain("报名人员（");
        PageSession.Page registered = session.post("/job-fairs/" + fairId + "/register", Map.of());

        assertThat(registered.status()).isEqualTo(302);
        assertThat(session.get("/job-fairs/" + fairId).body()).contains("您已报名此招聘会");
        assertThat(jdbc.sql("SELECT registered_by FROM job_fair_registration WHERE fair_id = ? AND person_id = ?")
                .params(fairId, me).query(String.class).single()).isEqualTo(account.username());
    }

    @Test
    void theSoeCountCountsEachLeaguesStateOwnedFairsPerYearAndMarksTheGaps() {
        int year = TODAY.getYear() - 2;
        UserAccount province = fixtures.staff("150000000000");
        Map<Integer, Integer> before = repository.countStateOwnedByLeagueAndYear(year, year + 1)
                .getOrDefault("1529", Map.of());
        Instant at = LocalDate.of(year, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        fairs.create(FairFixtures.fair("阿拉善盟国企专场", "152900000000", "STATE_OWNED", LocalDate.of(year, 6, 1),
                LocalDate.of(year, 6, 1), List.of()), province, at);
        fairs.create(FairFixtures.fair("阿拉善左旗国企专场", "152921000000", "STATE_OWNED", LocalDate.of(year, 9, 1),
                LocalDate.of(year, 9, 1), List.of()), province, at);
        fairs.create(FairFixtures.fair("阿拉善盟综合招聘会", "152900000000", "GENERAL", LocalDate.of(year, 9, 2),
                LocalDate.of(year, 9, 2), List.of()), province, at);
        fairs.create(FairFixtures.fair("自治区国企专场", "150000000000", "STATE_OWNED", LocalDate.of(year, 9, 3),
                LocalDate.of(year, 9, 3), List.of()), province, at);

        Map<Integer, Integer> after = repository.countStateOwnedByLeagueAndYear(year, year + 1).getOrDefault("1529", Map.of());
        assertThat(after.getOrDefault(year, 0)).isEqualTo(before.getOrDefault(year, 0) + 2);
        String page = PageSession.signIn(port, province.username(), AccountFixtures.PASSWORD).get("/job-fairs/soe-count").body();
        assertThat(page).contains("阿拉善盟").contains(year + "年").contains("未达到");
        Api.Response api = Api.basic(port, province.username(), AccountFixtures.PASSWORD).get("/api/v1/job-fairs/soe-count");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().at("/rows").size()).isEqualTo(12);
    }
}
