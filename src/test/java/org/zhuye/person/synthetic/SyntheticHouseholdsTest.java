package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The demo's households as planned, without a database: shaped like families, dated sensibly, the same for a seed. */
class SyntheticHouseholdsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final int PERSONS = 3000;

    static List<SyntheticHouseholds.Resident> residents(SyntheticPopulation population, int count) {
        List<SyntheticHouseholds.Resident> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            residents.add(SyntheticHouseholds.Resident.of(population.next()));
        }
        return residents;
    }

    @Test
    void theSameSeedAndDateGiveTheSameHouseholdsAndAnotherSeedOthers() {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(15, AS_OF);
        List<SyntheticHouseholds.Resident> residents = residents(population, 1000);

        List<HouseholdPlan> first = population.households().plan(residents);
        assertThat(SyntheticPopulation.innerMongolia(15, AS_OF).households().plan(residents)).isEqualTo(first);
        assertThat(SyntheticPopulation.innerMongolia(16, AS_OF).households().plan(residents)).isNotEqualTo(first);
    }

    @Test
    void registeredPersonsShareAHouseholdOnlyWithKinOfTheirVillageAndEachBelongsToOneAtMost() {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(15, AS_OF);
        List<SyntheticHouseholds.Resident> residents = residents(population, PERSONS);
        List<HouseholdPlan> plans = population.households().plan(residents);

        Set<Integer> placed = new HashSet<>();
        int registeredMembers = 0;
        for (HouseholdPlan plan : plans) {
            SyntheticHouseholds.Resident head = residents.get(plan.head());
            assertThat(placed.add(plan.head())).as("in one household only").isTrue();
            assertThat(head.birthDate().plusYears(18)).as("the 户主 is an adult").isBeforeOrEqualTo(AS_OF);
            for (HouseholdPlan.Member member : plan.members()) {
                if (member.registered()) {
                    registeredMembers++;
                    assertThat(placed.add(member.resident())).as("in one household only").isTrue();
                    assertThat(residents.get(member.resident()).village()).isEqualTo(head.village());
                    assertThat(member.relation()).isIn("配偶", "子女", "父母", "兄弟姐妹");
                } else {
                    assertThat(member.name()).endsWith(SyntheticNames.MARKER);
                }
            }
        }
        assertThat(plans.size()).as("about half the persons are in a household on record").isBetween(PERSONS / 3, PERSONS * 2 / 3);
        assertThat(registeredMembers).as("一户多残").isGreaterThan(plans.size() / 40);
    }

    @Test
    void membersJoinNeitherBeforeTheyAreBornNorBeforeTheHouseholdAndNothingHappensAfterToday() {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(15, AS_OF);
        List<SyntheticHouseholds.Resident> residents = residents(population, PERSONS);

        for (HouseholdPlan plan : population.households().plan(residents)) {
            assertThat(plan.startOn()).isBeforeOrEqualTo(AS_OF);
            for (HouseholdPlan.Member member : plan.members()) {
                LocalDate birth = member.registered() ? residents.get(member.resident()).birthDate() : member.birthDate();
                assertThat(member.startOn()).isAfterOrEqualTo(plan.startOn()).isAfterOrEqualTo(birth).isBeforeOrEqualTo(AS_OF);
            }
            for (HouseholdPlan.Change change : plan.changes()) {
                HouseholdPlan.Member member = plan.members().get(change.member());
                assertThat(member.registered()).as("registered members' work is the registry's").isFalse();
                assertThat(change.on()).isAfterOrEqualTo(member.startOn()).isBeforeOrEqualTo(AS_OF);
                if (change.kind() != HouseholdPlan.Change.Kind.LEFT) {
                    assertThat(member.ableToWork()).isTrue();
                    assertThat(change.on()).isAfterOrEqualTo(member.birthDate().plusYears(18));
                }
            }
            if (plan.dibao() != null) {
                assertThat(plan.dibao().startOn()).isAfterOrEqualTo(plan.startOn()).isBeforeOrEqualTo(AS_OF);
                if (plan.dibao().endOn() != null) {
                    assertThat(plan.dibao().endOn()).isAfter(plan.dibao().startOn()).isBefore(AS_OF);
                }
            }
        }
    }

    @Test
    void inSomeHouseholdsNobodyAbleToWorkHasAJobAndSomeAreOnDibao() {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(15, AS_OF);
        List<SyntheticHouseholds.Resident> residents = residents(population, PERSONS);
        List<HouseholdPlan> plans = population.households().plan(residents);

        long workless = plans.stream().filter(plan -> {
            boolean someoneAble = false;
            for (int i = 0; i < plan.members().size(); i++) {
                HouseholdPlan.Member member = plan.members().get(i);
                if (!member.registered() && member.ableToWork()) {
                    someoneAble = true;
                    if (workingToday(plan, i)) {
                        return false;
                    }
                }
            }
            return someoneAble;
        }).count();
        assertThat(workless).as("households whose able members without a certificate all have no job").isGreaterThan(plans.size() / 20);
        assertThat(plans.stream().filter(p -> p.dibao() != null && p.dibao().endOn() == null).count()).isGreaterThan(plans.size() / 20);
        assertThat(plans.stream().filter(p -> p.dibao() != null && p.dibao().endOn() != null).count()).as("some 低保 ended").isPositive();
    }

    private static boolean workingToday(HouseholdPlan plan, int index) {
        HouseholdPlan.Member member = plan.members().get(index);
        Boolean working = member.employed();
        LocalDate latest = member.startOn();
        for (HouseholdPlan.Change change : plan.changes()) {
            if (change.member() == index && change.kind() != HouseholdPlan.Change.Kind.LEFT && !change.on().isBefore(latest)) {
                latest = change.on();
                working = change.kind() == HouseholdPlan.Change.Kind.STARTED_WORK;
            }
        }
        return Boolean.TRUE.equals(working);
    }
}
