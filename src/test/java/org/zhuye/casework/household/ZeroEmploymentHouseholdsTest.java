package org.zhuye.casework.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceInput;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** 零就业家庭 on the real database, in 乌达区 三道坎街道 (150304002). */
@ZhuyeTest
class ZeroEmploymentHouseholdsTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    ZeroEmploymentHouseholds zero;
    @Autowired
    CaseworkServices services;
    @Autowired
    Households households;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository persons;
    @LocalServerPort
    int port;

    @Test
    void aHouseholdIsListedSinceItsLastEarnerStoppedShowsServicesSinceAndLeavesWhenAMemberStartsWork() {
        RegionCode village = RegionCode.of("150304002001");
        long head = people.register("150304002001", LocalDate.parse("1980-01-01"), Sex.MALE, 4, 3);
        people.notEmployed(head, "2020-01-01", true);
        long household = households.createFor(head, "富强社区7号", LocalDate.parse("2020-01-01"), PROVINCE);
        LocalDate spouseStopped = TODAY.minusMonths(4).withDayOfMonth(10);
        households.addOther(household, "家属甲", Sex.FEMALE, LocalDate.parse("1982-02-02"), "配偶", true, true,
                LocalDate.parse("2020-01-01"), PROVINCE);
        long spouse = jdbc.sql("SELECT id FROM household_member WHERE household_id = ? AND person_id IS NULL")
                .param(household).query(Long.class).single();
        households.recordMemberEmployment(household, spouse, false, spouseStopped, PROVINCE);
        // A household where someone works is not listed.
        long other = people.register("150304002001", LocalDate.parse("1979-01-01"), Sex.FEMALE, 4, 3);
        people.employed(other, "2020-01-01", true);
        households.createFor(other, "富强社区8号", LocalDate.parse("2020-01-01"), PROVINCE);

        services.record(head, new ServiceInput("SERVICE", spouseStopped.minusDays(5).toString(), "乌云", "早于零就业的服务",
                "ONGOING", "GUIDANCE", null, null, null, null), PROVINCE);
        services.record(head, new ServiceInput("SERVICE", TODAY.minusDays(2).toString(), "乌云", "入户职业指导",
                "ONGOING", "GUIDANCE", null, null, null, null), PROVINCE);

        List<ZeroEmploymentHouseholds.Row> rows = zero.findList(village, TODAY, PROVINCE);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.household().householdId()).isEqualTo(household);
            assertThat(r.household().since()).isEqualTo(spouseStopped);
            assertThat(r.servicesSince()).as("only services since it became zero-employment").isEqualTo(1);
            assertThat(r.latest().servedOn()).isEqualTo(TODAY.minusDays(2));
        });
        assertThat(zero.findList(village, spouseStopped.minusDays(1), PROVINCE)).as("the spouse still worked").isEmpty();
        List<ZeroEmploymentHouseholds.Point> trend = zero.findTrend(village, TODAY, 6, PROVINCE);
        assertThat(trend).hasSize(6);
        assertThat(trend.get(5).asOf()).isEqualTo(TODAY);
        assertThat(trend.get(0).asOf()).isEqualTo(YearMonth.from(TODAY).minusMonths(5).atEndOfMonth());
        for (ZeroEmploymentHouseholds.Point p : trend) {
            assertThat(p.households()).as("on " + p.asOf()).isEqualTo(p.asOf().isBefore(spouseStopped) ? 0 : 1);
        }

        var api = Api.basic(port, accounts.create("zero-wuda", "150304000000", Role.VIEWER).username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/casework/zero-employment-households?region=150304002001").body()).contains("富强社区7号");
        assertThat(api.get("/api/v1/casework/zero-employment-households?region=150302").status()).isEqualTo(404);

        services.record(head, new ServiceInput("SERVICE", TODAY.toString(), "乌云", "推荐就业", "EMPLOYED", "REFERRAL",
                "灵活就业", "某物流公司", "分拣员", null), PROVINCE);
        assertThat(zero.findList(village, TODAY, PROVINCE)).as("a member started work").isEmpty();
        assertThat(zero.findTrend(village, TODAY, 1, PROVINCE).get(0).households()).isZero();
    }

    @Test
    void aSameDayMoveIntoWorkTakesTheHouseholdOffTheListAndOffItsPageAlike() {
        RegionCode village = RegionCode.of("150304002002");
        long head = people.register("150304002002", LocalDate.parse("1981-03-03"), Sex.MALE, 4, 3);
        people.notEmployed(head, TODAY.toString(), true);
        long household = households.createFor(head, "新华社区3号", TODAY, PROVINCE);
        assertThat(zero.findList(village, TODAY, PROVINCE)).extracting(r -> r.household().householdId()).contains(household);
        assertThat(households.find(household, TODAY, PROVINCE).orElseThrow().status().zeroEmployment()).isTrue();

        // Found work the day he was registered: two events on one day, the later recorded stands for both.
        people.employed(head, TODAY.toString(), false);
        assertThat(households.find(household, TODAY, PROVINCE).orElseThrow().status().zeroEmployment()).isFalse();
        assertThat(zero.findList(village, TODAY, PROVINCE)).as("the list agrees with the household page")
                .extracting(r -> r.household().householdId()).doesNotContain(household);
    }

    @Test
    void aHeadWhoMovedOutOfTheViewersJurisdictionIsCountedNotNamed() {
        String certificate = PersonTestNumbers.next(4, 3);
        long head = registry.register(villager(certificate, "户主迁出者", "150304002002"), PROVINCE);
        people.notEmployed(head, "2020-01-01", true);
        long household = households.createFor(head, "胡杨社区9号", LocalDate.parse("2020-01-01"), PROVINCE);
        long son = people.register("150304002002", LocalDate.parse("2000-05-05"), Sex.MALE, 4, 3);
        people.notEmployed(son, "2020-01-01", true);
        households.addRegistered(household, son, "子女", true, LocalDate.parse("2020-01-01"), PROVINCE);
        // The head moves to 昆都仑区; the household and the son stay in 乌达区.
        registry.update(head, persons.find(head, PROVINCE).orElseThrow().version(),
                villager(certificate, "户主迁出者", "150203001015"), PROVINCE);

        Jurisdiction wuda = Jurisdiction.of("150304");
        ZeroEmploymentHouseholds.Row row = zero.findList(RegionCode.of("150304002002"), TODAY, wuda).stream()
                .filter(r -> r.household().householdId() == household).findFirst().orElseThrow();
        assertThat(row.household().headName()).as("the head is registered in another county now").isNull();
        assertThat(row.household().registeredMembers().visible()).containsExactly(son);
        assertThat(row.household().registeredMembers().hidden()).isEqualTo(1);
        assertThat(zero.findList(RegionCode.of("150304002002"), TODAY, PROVINCE).stream()
                .filter(r -> r.household().householdId() == household).findFirst().orElseThrow().household().headName())
                .as("a province-wide viewer sees the head").isEqualTo("户主迁出者");

        String viewer = accounts.create("zero-moved", "150304000000", Role.VIEWER).username();
        String api = Api.basic(port, viewer, AccountFixtures.PASSWORD)
                .get("/api/v1/casework/zero-employment-households?region=150304002002").body();
        assertThat(api).contains("胡杨社区9号", "\"hidden\":1").doesNotContain("户主迁出者", "[" + head + "]", "," + head + "]");
        String page = PageSession.signIn(port, viewer, AccountFixtures.PASSWORD)
                .get("/casework/zero-employment?region=150304002002").body();
        assertThat(page).contains("家庭 #" + household, "另有 1 名持证成员在您的管辖范围外", "/casework/persons/" + son)
                .doesNotContain("户主迁出者", "/casework/persons/" + head + "\"");
    }

    private static PersonInput villager(String certificate, String name, String village) {
        return new PersonInput(certificate, name, null, null, village, "农村", null, null, null, null, null, null, null, null);
    }
}
