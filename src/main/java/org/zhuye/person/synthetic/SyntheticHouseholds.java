package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.zhuye.person.CertificateNumber;
import org.zhuye.person.Sex;
import org.zhuye.person.imports.PersonTemplate;

/**
 * Households for registered synthetic persons, so that a demo's household pages, 一户多残 and the
 * 零就业家庭 list have something to show. Pure and deterministic: the same residents, seed and date
 * give the same plans, drawn from a random stream of their own so the persons do not change.
 *
 * <p>A household is started around a registered person (the registry's household form does the
 * same, making them 户主). Two registered persons of one village whose ages fit a spouse, parent and
 * child or siblings become one household (一户多残, up to about a tenth of households); others get
 * a household on record about half the time. Family members without a certificate are drawn around the head — spouse, children,
 * parents, named as the person's guardian where the row names one — with dated work: in about one
 * household in five nobody able to work has a job (more often where the head is out of work), so
 * some are 零就业家庭, and some members stopped or found work, or moved out, in the last two years,
 * so the monthly count moves. About one household in six is or was on 低保, most of those
 * without work. The shares are plausible guesses, kept here to be easy to change.
 */
final class SyntheticHouseholds {

    /** Chance that registered persons of one village who could be kin are recorded as one household. */
    static final double KIN_SHARE = 0.7;
    /**
     * 一户多残 are kept to about this share of households: in a small area with many persons per
     * village nearly everyone has possible kin, while 3,000 persons over the whole region rarely
     * share a village and stay below it.
     */
    static final double SEVERAL_DISABLED_SHARE = 0.1;
    /** Chance that an adult without registered kin in the village has a household on record. */
    static final double RECORDED_SHARE = 0.5;
    /** Stirred into the seed so that households do not reuse the persons' random stream. */
    private static final long SALT = 0x486F757365686F6CL;
    private static final String[] GROUPS = {"一", "二", "三", "四", "五", "六", "七", "八"};
    private static final SyntheticShares<Integer> CHILDREN = new SyntheticShares<Integer>()
            .with(0, 15).with(1, 40).with(2, 35).with(3, 10);

    private final LocalDate asOf;
    private final SplittableRandom random;

    SyntheticHouseholds(long seed, LocalDate asOf) {
        this.asOf = asOf;
        this.random = new SplittableRandom(seed ^ SALT);
    }

    /** A registered synthetic person as households need them, read from their template row. */
    record Resident(String village, String name, String ethnicity, Sex sex, LocalDate birthDate, int grade,
                    boolean employed, boolean ableToWork, String guardianName, String guardianRelation,
                    LocalDate registeredOn) {

        /**
         * Those who lost the ability to work, and students, are not counted as able to work: the
         * zero-employment rule looks only at members able to work.
         */
        static Resident of(List<String> row) {
            CertificateNumber number = CertificateNumber.parse(row.get(0)).number();
            String reason = row.get(PersonTemplate.EMPLOYMENT_FROM + 7);
            return new Resident(row.get(4), row.get(1), row.get(2), number.sex(), number.birthDate(), number.grade(),
                    "是".equals(row.get(PersonTemplate.EMPLOYMENT_FROM)),
                    !"丧失劳动能力".equals(reason) && !"在校学习".equals(reason), row.get(11), row.get(12),
                    LocalDate.parse(row.get(PersonTemplate.EMPLOYMENT_TO)));
        }
    }

    /** Households for {@code residents}, who are taken in order; plans refer to them by index. */
    List<HouseholdPlan> plan(List<Resident> residents) {
        Map<String, List<Integer>> byVillage = new HashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            byVillage.computeIfAbsent(residents.get(i).village(), v -> new ArrayList<>()).add(i);
        }
        boolean[] placed = new boolean[residents.size()];
        List<HouseholdPlan> plans = new ArrayList<>();
        int severalDisabled = 0;
        for (int i = 0; i < residents.size(); i++) {
            if (placed[i]) {
                continue;
            }
            placed[i] = true;
            boolean lookForKin = random.nextDouble() < KIN_SHARE && severalDisabled < SEVERAL_DISABLED_SHARE * (plans.size() + 1);
            Kin kin = lookForKin ? findKin(i, byVillage.get(residents.get(i).village()), placed, residents) : null;
            if (kin != null) {
                severalDisabled++;
                placed[kin.head == i ? kin.other : kin.head] = true;
                plans.add(household(kin.head, kin, residents));
            } else if (age(residents.get(i).birthDate()) >= 18 && random.nextDouble() < RECORDED_SHARE) {
                plans.add(household(i, null, residents));
            }
        }
        return plans;
    }

    /** Two registered persons living together: {@code other}'s relation to the head {@code head}. */
    private record Kin(int head, int other, String relation) {
    }

    private Kin findKin(int i, List<Integer> village, boolean[] placed, List<Resident> residents) {
        for (int j : village) {
            if (!placed[j]) {
                Kin kin = kin(i, j, residents.get(i), residents.get(j));
                if (kin != null) {
                    return kin;
                }
            }
        }
        return null;
    }

    /** Whether ages and sexes fit spouses, parent and child, or siblings; the head is an adult. */
    private Kin kin(int a, int b, Resident ra, Resident rb) {
        int ageA = age(ra.birthDate());
        int ageB = age(rb.birthDate());
        int older = ageA >= ageB ? a : b;
        int younger = older == a ? b : a;
        int oldAge = Math.max(ageA, ageB);
        int youngAge = Math.min(ageA, ageB);
        int gap = oldAge - youngAge;
        if (youngAge >= 20 && ra.sex() != rb.sex() && gap <= 8) {
            return ra.sex() == Sex.MALE ? new Kin(a, b, "配偶") : new Kin(b, a, "配偶");
        }
        if (gap >= 18 && gap <= 42) {
            // An old parent usually lives in the household of a grown child, not the other way round.
            return youngAge >= 25 && oldAge >= 70 ? new Kin(younger, older, "父母") : new Kin(older, younger, "子女");
        }
        if (oldAge >= 18 && youngAge < 40 && gap <= 10) {
            return new Kin(older, younger, "兄弟姐妹");
        }
        return null;
    }

    private HouseholdPlan household(int head, Kin kin, List<Resident> residents) {
        Resident h = residents.get(head);
        LocalDate start = asOf.minusDays(random.nextInt(15 * 365));
        // Recorded at the 户主's registration or later, and only once they are an adult.
        start = later(later(start, h.birthDate().plusYears(18)), h.registeredOn());
        boolean outOfWork = age(h.birthDate()) < 60 && !h.employed();
        Family family = new Family(start, random.nextDouble() < (rural(h.village()) ? 0.2 : 0.15) + (outOfWork ? 0.12 : 0));
        if (kin != null) {
            Resident other = residents.get(kin.other);
            family.members.add(new HouseholdPlan.Member(kin.other, null, null, null, kin.relation, other.ableToWork(), null,
                    later(start, other.registeredOn())));
        }
        relatives(h, kin == null ? null : kin.relation, family);
        return new HouseholdPlan(head, address(h.village()), start, family.members, family.changes,
                dibao(start, family.workless, h.grade() <= 2, rural(h.village())));
    }

    /** Spouse, children and parents without a certificate, as the head's age makes likely. */
    private void relatives(Resident h, String kinRelation, Family family) {
        int age = age(h.birthDate());
        boolean male = h.sex() == Sex.MALE;
        if (!"配偶".equals(kinRelation) && age >= 22 && random.nextDouble() < (age < 30 ? 0.45 : age < 75 ? 0.8 : 0.45)) {
            LocalDate birth = h.birthDate().plusYears(male ? random.nextInt(6) : -random.nextInt(6)).plusDays(random.nextInt(365) - 182);
            Sex sex = male ? Sex.FEMALE : Sex.MALE;
            member(family, named(h, "配偶", sex, false), sex, birth, "配偶", false);
        }
        int children = age >= 24 && age <= 60 ? CHILDREN.pick(random) - ("子女".equals(kinRelation) ? 1 : 0) : 0;
        for (int c = 0; c < children; c++) {
            LocalDate birth = h.birthDate().plusYears(22 + random.nextInt(15)).plusDays(random.nextInt(365));
            if (!birth.isBefore(asOf) || age(birth) >= 28 && random.nextDouble() < 0.7) {
                continue;  // not born yet, or grown up and living elsewhere
            }
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            member(family, named(h, "子女", sex, male), sex, birth, "子女", true);
        }
        if (age >= 60 && !"子女".equals(kinRelation) && random.nextDouble() < 0.45) {
            LocalDate birth = h.birthDate().plusYears(24 + random.nextInt(11)).plusDays(random.nextInt(365));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            member(family, named(h, "子女", sex, male), sex, birth, "子女", false);
            if (age(birth) >= 25 && random.nextDouble() < 0.35) {
                LocalDate grandchild = birth.plusYears(22 + random.nextInt(9)).plusDays(random.nextInt(365));
                if (grandchild.isBefore(asOf)) {
                    Sex s = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                    member(family, SyntheticNames.relativeOf(h.name(), h.ethnicity(), s, male, random), s, grandchild,
                            "孙子女或外孙子女", false);
                }
            }
        }
        if (age <= 45 && !"父母".equals(kinRelation)
                && ("父母".equals(h.guardianRelation()) || random.nextDouble() < (age < 30 ? 0.4 : 0.12))) {
            LocalDate father = h.birthDate().minusYears(24 + random.nextInt(9)).minusDays(random.nextInt(365));
            LocalDate mother = father.plusYears(random.nextInt(5)).plusDays(random.nextInt(365));
            boolean guardianIsFather = random.nextBoolean();
            if (age(father) <= 88 && (guardianIsFather || random.nextDouble() < 0.6)) {
                member(family, guardianIsFather ? named(h, "父母", Sex.MALE, true) : SyntheticNames.relativeOf(h.name(),
                        h.ethnicity(), Sex.MALE, true, random), Sex.MALE, father, "父母", false);
            }
            if (age(mother) <= 90) {
                member(family, !guardianIsFather ? named(h, "父母", Sex.FEMALE, false) : SyntheticNames.of(h.ethnicity(),
                        Sex.FEMALE, random), Sex.FEMALE, mother, "父母", false);
            }
        }
        if ("兄弟姐妹".equals(h.guardianRelation()) && !"兄弟姐妹".equals(kinRelation)) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            member(family, h.guardianName(), sex, h.birthDate().plusDays(random.nextInt(12 * 365) - 6 * 365), "兄弟姐妹", false);
        }
    }

    /** The person's guardian or contact where the row names one in this relation, else a new relative's name. */
    private String named(Resident h, String relation, Sex sex, boolean sameFamily) {
        if (relation.equals(h.guardianRelation()) && !h.guardianName().isBlank()) {
            return h.guardianName();
        }
        return SyntheticNames.relativeOf(h.name(), h.ethnicity(), sex, sameFamily, random);
    }

    /** A member without a certificate, with dated work if they are of working age and able to work. */
    private void member(Family family, String name, Sex sex, LocalDate birth, String relation, boolean mayMoveOut) {
        if (birth.isAfter(asOf)) {
            return;
        }
        LocalDate joined = later(family.start, birth);
        int index = family.members.size();
        int age = age(birth);
        // Under 22 they are at school or children, and are not counted among those able to work.
        boolean able = age >= 22 && SyntheticPopulation.WORKING_AGE.isOfWorkingAge(sex, birth, asOf)
                && random.nextDouble() < 0.92;
        Boolean employedOnJoining = able ? work(family, index, joined, birth.plusYears(18)) : null;
        family.members.add(new HouseholdPlan.Member(null, name, sex, birth, relation, able, employedOnJoining, joined));
        if (mayMoveOut && age >= 20 && random.nextDouble() < 0.12) {
            LocalDate left = asOf.minusDays(1 + random.nextInt(600));
            if (left.isAfter(joined) && family.changes.stream().noneMatch(c -> c.member() == index && !c.on().isBefore(left))) {
                family.changes.add(new HouseholdPlan.Change(index, HouseholdPlan.Change.Kind.LEFT, left));
            }
        }
    }

    /**
     * Dated work from the day the member is first counted (joining, or turning 18 in the household):
     * in a workless household nobody works now, though half once did; elsewhere most work and a few
     * found work lately. Returns the status on joining, or null when the first status comes later.
     */
    private Boolean work(Family family, int index, LocalDate joined, LocalDate adult) {
        LocalDate from = later(joined, adult);
        boolean working;
        LocalDate change = null;
        long span = ChronoUnit.DAYS.between(from, asOf);
        if (family.workless) {
            working = span > 60 && random.nextDouble() < 0.5;
            if (working) {
                change = asOf.minusDays(1 + random.nextInt((int) Math.min(span - 30, 900)));
            }
        } else {
            working = random.nextDouble() < 0.85;
            if (!working && span > 60 && random.nextDouble() < 0.4) {
                change = asOf.minusDays(1 + random.nextInt((int) Math.min(span - 30, 720)));
            }
        }
        Boolean onJoining = working;
        if (from.isAfter(joined)) {
            family.changes.add(new HouseholdPlan.Change(index, kind(working), from));
            onJoining = null;
        }
        if (change != null) {
            family.changes.add(new HouseholdPlan.Change(index, kind(!working), change));
        }
        return onJoining;
    }

    private static HouseholdPlan.Change.Kind kind(boolean working) {
        return working ? HouseholdPlan.Change.Kind.STARTED_WORK : HouseholdPlan.Change.Kind.STOPPED_WORK;
    }

    /** 低保 mostly where nobody works or the head is severely disabled; some periods have ended. */
    private HouseholdPlan.Dibao dibao(LocalDate start, boolean workless, boolean severe, boolean rural) {
        double chance = (workless ? 0.5 : rural ? 0.08 : 0.05) + (severe ? 0.08 : 0);
        if (random.nextDouble() >= chance) {
            return null;
        }
        LocalDate from = later(start, asOf.minusDays(random.nextInt(6 * 365)));
        long days = ChronoUnit.DAYS.between(from, asOf);
        if (days > 180 && random.nextDouble() < (workless ? 0.1 : 0.4)) {
            return new HouseholdPlan.Dibao(from, from.plusDays(90 + random.nextInt((int) days - 90)));
        }
        return new HouseholdPlan.Dibao(from, null);
    }

    /** A plausible address: building and flat in a 社区, group and number in a 村 or 嘎查. */
    private String address(String village) {
        if (!rural(village)) {
            return (1 + random.nextInt(30)) + "号楼" + (1 + random.nextInt(4)) + "单元" + (1 + random.nextInt(6)) + "0"
                    + (1 + random.nextInt(4)) + "室";
        }
        return GROUPS[random.nextInt(GROUPS.length)] + "组" + (1 + random.nextInt(60)) + "号";
    }

    /** A 村委会 or 嘎查 outside a 街道, by the code's segments (see {@link SyntheticVillages}). */
    private static boolean rural(String village) {
        return Integer.parseInt(village.substring(6, 9)) >= 100 && Integer.parseInt(village.substring(9, 12)) >= 200;
    }

    private int age(LocalDate birth) {
        return (int) ChronoUnit.YEARS.between(birth, asOf);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The members and changes of the household being drawn, and whether nobody in it is to work. */
    private static final class Family {
        final LocalDate start;
        final boolean workless;
        final List<HouseholdPlan.Member> members = new ArrayList<>();
        final List<HouseholdPlan.Change> changes = new ArrayList<>();

        Family(LocalDate start, boolean workless) {
            this.start = start;
            this.workless = workless;
        }
    }
}
