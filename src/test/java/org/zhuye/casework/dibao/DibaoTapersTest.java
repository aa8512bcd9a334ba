package org.zhuye.casework.dibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/** 低保渐退 on the real database, in 海勃湾区 海北街道 (150302002). */
@ZhuyeTest
class DibaoTapersTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    DibaoTapers tapers;
    @Autowired
    CaseworkServices services;
    @Autowired
    PublicPosts posts;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobFoundThroughCaseworkStartsASixMonthTaperForAHouseholdOnDibaoAndItGoesWithTheJob() {
        long person = people.register("150302002001", LocalDate.parse("1988-02-02"), Sex.FEMALE, 4, 3);
        people.notEmployed(person, "2020-01-01", true);
        long household = households.createFor(person, "青山社区1号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(household, LocalDate.parse("2022-01-01"), PROVINCE);
        LocalDate start = TODAY.minusDays(10);

        long service = services.record(person, new ServiceInput("SERVICE", start.toString(), "乌云", "推荐到超市理货岗位",
                "EMPLOYED", "REFERRAL", "灵活就业", "海北某超市", "理货员", "2600"), PROVINCE);

        List<DibaoTapers.Taper> found = tapers.findInTaper(RegionCode.of("150302002001"), TODAY, false, PROVINCE);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.personId()).isEqualTo(person);
            assertThat(t.workStartedOn()).isEqualTo(start);
            assertThat(t.endsOn()).isEqualTo(start.plusMonths(6));
            assertThat(t.percentNow()).isEqualTo(100);
            assertThat(t.householdId()).isEqualTo(household);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DIBAO_TAPER_STARTED' AND object_id = ?")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(1);
        assertThat(tapers.findInTaper(RegionCode.of("150302002001"), start.plusMonths(6), false, PROVINCE))
                .as("ended on the day six months on").isEmpty();
        assertThat(tapers.findInTaper(RegionCode.of("150302002001"), start.plusMonths(6), true, PROVINCE))
                .as("recently ended, when asked").hasSize(1);

        services.voidService(person, service, "误录", PROVINCE);
        assertThat(tapers.findInTaper(RegionCode.of("150302002001"), TODAY, false, PROVINCE)).isEmpty();
    }

    @Test
    void onlyAMoveIntoWorkInAHouseholdOnDibaoThatDayStartsATaper() {
        long notOnDibao = people.register("150302002002", LocalDate.parse("1986-03-03"), Sex.MALE, 4, 3);
        households.createFor(notOnDibao, "长青东社区2号", LocalDate.parse("2020-01-01"), PROVINCE);
        long dibaoEnded = people.register("150302002002", LocalDate.parse("1987-03-03"), Sex.MALE, 4, 3);
        long ended = households.createFor(dibaoEnded, "长青东社区3号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(ended, LocalDate.parse("2021-01-01"), PROVINCE);
        households.endDibao(ended, LocalDate.parse("2023-12-31"), PROVINCE);
        long alreadyInWork = people.register("150302002002", LocalDate.parse("1989-03-03"), Sex.FEMALE, 4, 3);
        long onDibao = households.createFor(alreadyInWork, "长青东社区4号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(onDibao, LocalDate.parse("2022-01-01"), PROVINCE);
        people.employed(alreadyInWork, "2021-05-01", true);

        people.employed(notOnDibao, TODAY.minusDays(3).toString(), false);
        people.employed(dibaoEnded, TODAY.minusDays(3).toString(), false);
        people.employed(alreadyInWork, TODAY.minusDays(3).toString(), false);

        assertThat(tapers.findInTaper(RegionCode.of("150302002002"), TODAY, true, PROVINCE)).isEmpty();
    }

    @Test
    void aPublicPostPlacementStartsATaperToo() {
        long person = people.register("150302002003", LocalDate.parse("1984-05-05"), Sex.MALE, 2, 2);
        long household = households.createFor(person, "东环路社区5号", LocalDate.parse("2020-01-01"), PROVINCE);
        households.startDibao(household, LocalDate.parse("2022-01-01"), PROVINCE);
        posts.place(person, new PlacementInput("护路员", "", "海北街道", TODAY.minusDays(1).toString(),
                TODAY.plusYears(1).toString(), ""), false, PROVINCE);
        assertThat(tapers.findInTaper(RegionCode.of("150302002003"), TODAY, false, PROVINCE))
                .extracting(DibaoTapers.Taper::personId).containsExactly(person);
        assertThat(tapers.findInTaper(RegionCode.of("150302002003"), TODAY, false, Jurisdiction.of("150302002003")))
                .hasSize(1);
    }

    @Test
    void aDayWithoutATaperRuleNamesTheRuleTheRegionAndWhoAddsItInChinese() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tapers.rule("150102001001", LocalDate.parse("2000-01-01")))
                .hasMessageStartingWith("缺少 2000-01-01 适用的 呼和浩特市新城区 的“低保渐退规则”（请自治区管理员或所在盟市的管理员在“参数管理”中添加）")
                .hasMessageNotContaining("dibao_taper_rule");
    }
}
