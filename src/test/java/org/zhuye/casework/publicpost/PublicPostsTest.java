package org.zhuye.casework.publicpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

/** 公益性岗位 placements on the real database, in 海勃湾区 凤凰岭街道 (150302001). */
@ZhuyeTest
class PublicPostsTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    PublicPosts posts;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    WorkingAgeRules workingAge;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Test
    void aPlacementRecordsTheMoveIntoWorkIsAuditedAndIsListedWhenItsTermEndsWithin90Days() {
        long person = people.register("150302001002", LocalDate.parse("1985-04-04"), Sex.MALE, 4, 2);
        people.notEmployed(person, "2020-01-01", true);
        LocalDate start = TODAY.minusMonths(35);
        long id = posts.place(person, new PlacementInput("社区保洁员", "", "凤凰岭街道办事处", start.toString(),
                start.plusMonths(36).minusDays(1).toString(), ""), false, PROVINCE);

        EmploymentRecord job = employment.findHistory(person, PROVINCE).get(0);
        assertThat(job.employed()).isTrue();
        assertThat(job.baseline()).isFalse();
        assertThat(job.effectiveOn()).isEqualTo(start);
        assertThat(job.employerName()).isEqualTo("凤凰岭街道办事处");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PUBLIC_POST_PLACED' AND object_id = ?")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(1);
        assertThat(posts.ending(RegionCode.of("150302001"), TODAY, TODAY.plusDays(90), PROVINCE))
                .extracting(Placement::id).contains(id);
        assertThat(posts.ending(RegionCode.of("150302001002"), TODAY, TODAY.plusDays(90), Jurisdiction.of("150302001002")))
                .extracting(Placement::id).contains(id);

        var api = Api.basic(port, accounts.create("pp-wuhai", "150300000000", Role.STAFF).username(), AccountFixtures.PASSWORD);
        var answer = api.get("/api/v1/casework/public-posts/ending?region=150302001");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("社区保洁员");

        posts.voidPlacement(person, id, "误录", PROVINCE);
        assertThat(employment.findHistory(person, PROVINCE).get(0).voided()).as("the job goes with the placement").isTrue();
        assertThat(posts.ending(RegionCode.of("150302001"), TODAY, TODAY.plusDays(90), PROVINCE))
                .extracting(Placement::id).doesNotContain(id);
    }

    @Test
    void aTermLongerThanThreeYearsIsRefusedAndNothingIsSaved() {
        long person = people.register("150302001003", LocalDate.parse("1990-01-01"), Sex.FEMALE, 1, 3);
        LocalDate start = TODAY.minusDays(10);
        assertThatThrownBy(() -> posts.place(person, new PlacementInput("", "", "某单位", start.toString(),
                start.plusMonths(36).toString(), ""), true, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> {
                    assertThat(e.fieldErrors()).containsKeys("post", "endOn");
                    assertThat(e.fieldErrors().get("endOn")).contains("36 个月");
                });
        assertThat(posts.forPerson(person, PROVINCE)).isEmpty();
        assertThat(employment.findHistory(person, PROVINCE)).isEmpty();
    }

    @Test
    void someoneWithinFiveYearsOfRetirementMayBeSubsidisedUpToIt() {
        LocalDate birth = LocalDate.parse("1969-03-10");
        long person = people.register("150302001004", birth, Sex.MALE, 4, 3);
        LocalDate start = TODAY.minusDays(5);
        LocalDate retirement = workingAge.on("150302001004", start).men().retirementDate(birth);
        assertThat(retirement.minusYears(5)).as("fixture: within five years").isBeforeOrEqualTo(start);
        assertThat(retirement.minusDays(1)).as("fixture: beyond the standard term").isAfter(start.plusMonths(36).minusDays(1));

        assertThatThrownBy(() -> posts.place(person, new PlacementInput("护林员", "", "某林场", start.toString(),
                retirement.toString(), ""), false, PROVINCE)).isInstanceOf(CaseworkRuleException.class);
        long id = posts.place(person, new PlacementInput("护林员", "", "某林场", start.toString(),
                retirement.minusDays(1).toString(), ""), false, PROVINCE);
        assertThat(posts.forPerson(person, PROVINCE)).singleElement()
                .satisfies(p -> assertThat(p.extendedToRetirement()).isTrue()).extracting(Placement::id).isEqualTo(id);
    }

    @Test
    void aThirdPlacementNeedsStaffToRecordAnExceptionWithAReason() {
        long person = people.register("150302001005", LocalDate.parse("1980-06-06"), Sex.FEMALE, 2, 2);
        posts.place(person, input("2019-03-01", "2019-12-31", ""), false, PROVINCE);
        posts.place(person, input("2020-01-01", "2020-12-31", ""), false, PROVINCE);

        assertThatThrownBy(() -> posts.place(person, input("2022-01-01", "2022-12-31", "仍无法就业"), false, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("exceptionReason"))
                        .contains("残联工作人员"));
        assertThatThrownBy(() -> posts.place(person, input("2022-01-01", "2022-12-31", ""), true, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("exceptionReason"));
        assertThatThrownBy(() -> posts.place(person, input("2020-06-01", "2021-05-31", "x"), true, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("startOn")).contains("重叠"));

        posts.place(person, input("2022-01-01", "2022-12-31", "零就业家庭，重度残疾"), true, PROVINCE);
        assertThat(posts.forPerson(person, PROVINCE)).hasSize(3).first()
                .extracting(Placement::exceptionReason).isEqualTo("零就业家庭，重度残疾");
    }

    private static PlacementInput input(String start, String end, String reason) {
        return new PlacementInput("公益岗", "", "某街道", start, end, reason);
    }

    @Autowired
    PublicPostRules rules;

    @Test
    void aPlacementDateWithoutARuleNamesTheRuleTheRegionAndWhoAddsItInChinese() {
        assertThatThrownBy(() -> rules.on("150102001001", LocalDate.parse("2000-01-01")))
                .hasMessage("缺少 2000-01-01 适用的 呼和浩特市新城区 的“公益性岗位安置规则”（请自治区管理员或所在盟市的管理员在“参数管理”中添加）");
    }
}
