package org.zhuye.person.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.Sex;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class HouseholdsTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");

    @Autowired
    PersonRegistry registry;

    @Autowired
    EmploymentHistory employment;

    @Autowired
    Households households;

    @Autowired
    HouseholdFacts timeline;

    @Autowired
    AccountFixtures accounts;

    @LocalServerPort
    int port;

    private long person(String name) {
        return registry.register(PersonTestNumbers.input(PersonTestNumbers.next(4, 3), name), XINCHENG);
    }

    @Test
    void aHouseholdBecomesZeroEmploymentAndLeavesItWhenAMemberStartsWork() {
        long head = person("户主甲");
        employment.record(head, new EmploymentInput("2020-01-01", "否", null, null, null, null, null, "无就业技能", null), true, XINCHENG);
        long household = households.createFor(head, "新城区某街1号", LocalDate.of(2020, 1, 1), XINCHENG);
        households.addOther(household, "家属乙", Sex.FEMALE, LocalDate.of(1990, 6, 1), "配偶", true, false,
                LocalDate.of(2020, 1, 1), XINCHENG);

        Household before = households.find(household, LocalDate.of(2023, 1, 1), XINCHENG).orElseThrow();
        assertThat(before.status().ableWorkingAge()).isEqualTo(2);
        assertThat(before.status().zeroEmployment()).isTrue();
        assertThat(before.status().multipleDisabilities()).isFalse();

        long spouse = before.members().visible().stream().filter(m -> !m.registered()).findFirst().orElseThrow().id();
        households.recordMemberEmployment(household, spouse, true, LocalDate.of(2024, 3, 1), XINCHENG);
        assertThat(households.find(household, LocalDate.of(2024, 3, 1), XINCHENG).orElseThrow().status().zeroEmployment()).isFalse();
        assertThat(households.find(household, LocalDate.of(2024, 2, 29), XINCHENG).orElseThrow().status().zeroEmployment()).isTrue();
    }

    @Test
    void theAreasZeroEmploymentHouseholdsAreExactRightAfterEachKindOfChange() {
        RegionCode village = RegionCode.of("150102001001");
        LocalDate today = LocalDate.now();
        long head = person("户主戊");
        employment.record(head, new EmploymentInput("2020-01-01", "否", null, null, null, null, null, "无就业技能", null), true, XINCHENG);
        long household = households.createFor(head, null, LocalDate.of(2020, 1, 1), XINCHENG);
        assertThat(zeroIds(village, today)).contains(household);
        assertThat(zeroIds(village, today)).as("asked again, the kept answer").contains(household);

        employment.record(head, new EmploymentInput(today.toString(), "是", "灵活就业", null, "保洁", null, null, null, null), false, XINCHENG);
        assertThat(zeroIds(village, today)).as("after the head's own status changed").doesNotContain(household);

        long other = households.addOther(household, "家属己", Sex.MALE, LocalDate.of(1992, 2, 1), "子女", true, false,
                LocalDate.of(2020, 1, 1), XINCHENG);
        employment.record(head, new EmploymentInput(today.toString(), "否", null, null, null, null, null, "无就业技能", null), false, XINCHENG);
        assertThat(zeroIds(village, today)).contains(household);
        households.recordMemberEmployment(household, other, true, today, XINCHENG);
        assertThat(zeroIds(village, today)).as("after a member's employment was recorded").doesNotContain(household);
        assertThat(zeroIds(village, today.minusDays(1))).as("the day before").contains(household);
        assertThat(timeline.countZeroEmployment(village, java.util.List.of(today.minusDays(1), today), XINCHENG))
                .containsExactly(zeroIds(village, today.minusDays(1)).size(), zeroIds(village, today).size());
    }

    private java.util.List<Long> zeroIds(RegionCode region, LocalDate day) {
        return timeline.findZeroEmployment(region, day, XINCHENG).stream().map(h -> h.householdId()).toList();
    }

    @Test
    void aHeadRecordedAsUnableToWorkDoesNotMakeAZeroEmploymentHousehold() {
        long head = person("户主丙");
        employment.record(head, new EmploymentInput("2020-01-01", "否", null, null, null, null, null, "无就业技能", null), true, XINCHENG);
        long household = households.createFor(head, null, LocalDate.of(2020, 1, 1), false, XINCHENG);

        Household alone = households.find(household, LocalDate.of(2023, 1, 1), XINCHENG).orElseThrow();
        assertThat(alone.members().visible()).singleElement().satisfies(m -> assertThat(m.ableToWork()).isFalse());
        assertThat(alone.status().ableWorkingAge()).isZero();
        assertThat(alone.status().zeroEmployment()).isFalse();
    }

    @Test
    void twoRegisteredMembersMakeAMultipleDisabilityHouseholdWhileBothLiveThere() {
        long head = person("户主丙");
        long son = person("儿子丁");
        long household = households.createFor(head, null, LocalDate.of(2019, 1, 1), XINCHENG);
        households.addRegistered(household, son, "子女", true, LocalDate.of(2019, 1, 1), XINCHENG);
        assertThat(households.findForPerson(son, LocalDate.of(2022, 1, 1), XINCHENG).orElseThrow().status().multipleDisabilities()).isTrue();

        long sonMember = households.find(household, LocalDate.now(), XINCHENG).orElseThrow().members().visible().stream()
                .filter(m -> Long.valueOf(son).equals(m.personId())).findFirst().orElseThrow().id();
        households.endMembership(household, sonMember, LocalDate.of(2023, 12, 31), XINCHENG);
        assertThat(households.find(household, LocalDate.of(2024, 1, 1), XINCHENG).orElseThrow().status().multipleDisabilities()).isFalse();
        assertThat(households.find(household, LocalDate.of(2023, 12, 31), XINCHENG).orElseThrow().status().multipleDisabilities()).isTrue();
        assertThat(households.findForPerson(son, LocalDate.of(2024, 1, 1), XINCHENG)).isEmpty();
    }

    @Test
    void aPersonBelongsToOneHouseholdAtATime() {
        long head = person("户主戊");
        long other = person("户主己");
        households.createFor(head, null, LocalDate.of(2020, 1, 1), XINCHENG);
        long second = households.createFor(other, null, LocalDate.of(2020, 1, 1), XINCHENG);
        assertThatThrownBy(() -> households.addRegistered(second, head, "其他", true, LocalDate.of(2021, 1, 1), XINCHENG))
                .isInstanceOf(PersonRuleException.class).hasMessageContaining("另一家庭");
    }

    @Test
    void dibaoIsKnownForEveryDateOfItsInterval() {
        long head = person("户主庚");
        long household = households.createFor(head, null, LocalDate.of(2020, 1, 1), XINCHENG);
        households.startDibao(household, LocalDate.of(2021, 3, 1), XINCHENG);
        households.endDibao(household, LocalDate.of(2022, 2, 28), XINCHENG);
        assertThat(households.find(household, LocalDate.of(2021, 2, 28), XINCHENG).orElseThrow().status().onDibao()).isFalse();
        assertThat(households.find(household, LocalDate.of(2021, 3, 1), XINCHENG).orElseThrow().status().onDibao()).isTrue();
        assertThat(households.find(household, LocalDate.of(2022, 2, 28), XINCHENG).orElseThrow().status().onDibao()).isTrue();
        assertThat(households.find(household, LocalDate.of(2022, 3, 1), XINCHENG).orElseThrow().status().onDibao()).isFalse();
        assertThatThrownBy(() -> households.startDibao(household, LocalDate.of(2021, 6, 1), XINCHENG))
                .isInstanceOf(PersonRuleException.class);
    }

    @Test
    void aHouseholdOutsideTheJurisdictionIsNotFound() {
        long household = households.createFor(person("户主辛"), null, LocalDate.of(2020, 1, 1), XINCHENG);
        assertThat(households.find(household, LocalDate.now(), Jurisdiction.of("150203"))).isEmpty();
        assertThatThrownBy(() -> households.startDibao(household, LocalDate.now(), Jurisdiction.of("150203")))
                .isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void aMemberRegisteredOutsideTheViewersJurisdictionIsOnlyCountedOnTheHouseholdPage() {
        long head = PersonTestNumbers.register(accounts, "户主公主府", "150102001001");
        long neighbour = PersonTestNumbers.register(accounts, "邻村成员壬", "150102002001");
        long movedAway = PersonTestNumbers.register(accounts, "昆区成员癸", "150203001015");
        Jurisdiction province = Jurisdiction.of("15");
        long household = households.createFor(head, "公主府社区1号", LocalDate.of(2020, 1, 1), province);
        households.addRegistered(household, neighbour, "子女", true, LocalDate.of(2020, 1, 1), province);
        households.addRegistered(household, movedAway, "兄弟姐妹", true, LocalDate.of(2020, 1, 1), province);
        households.addOther(household, "家属无证", Sex.FEMALE, LocalDate.of(1985, 3, 3), "配偶", true, true,
                LocalDate.of(2020, 1, 1), province);

        Household seen = households.find(household, LocalDate.now(), Jurisdiction.of("150102001")).orElseThrow();
        assertThat(seen.members().visible()).as("members registered in another street and another county are not shown")
                .extracting(HouseholdMember::name).containsExactly("户主公主府", "家属无证");
        assertThat(seen.members().hidden()).isEqualTo(2);
        assertThat(seen.status().members()).as("the household's status still counts everyone").isEqualTo(4);
        long neighbourMembership = households.find(household, LocalDate.now(), province).orElseThrow().members().visible().stream()
                .filter(m -> Long.valueOf(neighbour).equals(m.personId())).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> households.endMembership(household, neighbourMembership, LocalDate.now(), Jurisdiction.of("150102001")))
                .as("a hidden member cannot be acted on either").isInstanceOf(PersonRuleException.class);

        String page = PageSession.signIn(port, accounts.create("hh-village", "150102001001", Role.STAFF).username(),
                AccountFixtures.PASSWORD).get("/persons/households/" + household).body();
        assertThat(page).contains("户主公主府", "家属无证", "另有 2 名成员在您的管辖范围外")
                .doesNotContain("邻村成员壬", "昆区成员癸", "/persons/" + neighbour + "\"", "/persons/" + movedAway + "\"");
        assertThat(PageSession.signIn(port, accounts.create("hh-county", "150102000000", Role.STAFF).username(),
                AccountFixtures.PASSWORD).get("/persons/households/" + household).body())
                .contains("邻村成员壬", "另有 1 名成员在您的管辖范围外").doesNotContain("昆区成员癸");
    }
}
