package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.zhuye.person.CertificateStatus;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.Hukou;
import org.zhuye.person.RetirementRule;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.imports.PersonTemplate;

/**
 * A realistic, clearly synthetic population of persons with disabilities in Inner Mongolia, for
 * demos, tests and benchmarks: one row of the import template ({@link PersonTemplate#HEADERS},
 * values as labels) per {@link #next()}.
 *
 * <p>Deterministic: the same seed and as-of date give the same rows in the same order, and the
 * first n rows do not depend on how many follow. Persons live in the real villages of
 * {@code regions/15.csv}; every certificate number is valid (GB 11643 check character, real birth
 * date, sex parity) and unique however many rows are drawn (see {@link SyntheticCertificates});
 * every name ends in {@link SyntheticNames#MARKER}; phones are in the 170/171 ranges.
 *
 * <p>The shares follow published figures where there are any: about 22% of persons are of working
 * age (35.13 of 158.58 万 in the federation's reports), of whom about 51.6% are in work
 * (rules.md §4.6); 肢体 is the largest category; 蒙古族 are about 18% overall (2020 census), far more
 * in 通辽, 兴安 and 锡林郭勒, and the Daur, Evenki and Oroqen live mostly in 呼伦贝尔. Other
 * shares are plausible guesses, kept in one place here so they are easy to change.
 */
public final class SyntheticPopulation {

    /**
     * The working-age rule the registry's statistics use for Inner Mongolia (the seeded
     * {@code retirement_rule} rows: men 60, women 55, both rising by the 2025 reform). The generator
     * runs without a database, so it carries a copy; a test checks the two agree.
     */
    static final WorkingAge WORKING_AGE = new WorkingAge(16,
            new RetirementRule(60, YearMonth.of(1965, 1), 4, 36),
            new RetirementRule(55, YearMonth.of(1970, 1), 4, 36));

    static final double MALE_SHARE = 0.55;
    static final double CHILD_SHARE = 0.04;
    static final double WORKING_AGE_SHARE = 0.22;
    private static final int OLDEST = 99;
    private static final int CERTIFICATE_YEARS = 10;
    private static final long HISTORY_SALT = 0x4869_7374_6F72_7921L;

    private static final SyntheticShares<Integer> CHILD_AGES = ages(1, 15, a -> 1 + a / 3.0);
    private static final SyntheticShares<Integer> WORKING_AGES = ages(16, 63,
            a -> a < 30 ? 1.0 : a < 45 ? 1.8 : a < 55 ? 3.2 : 4.2);
    private static final SyntheticShares<Integer> ELDER_AGES = ages(55, OLDEST,
            a -> a < 60 ? 2.5 : a < 80 ? 5.0 : a < 90 ? 3.0 : 0.6);

    private static final SyntheticShares<DisabilityCategory> ADULT_CATEGORIES = new SyntheticShares<DisabilityCategory>()
            .with(DisabilityCategory.PHYSICAL, 48).with(DisabilityCategory.VISION, 14).with(DisabilityCategory.HEARING, 12)
            .with(DisabilityCategory.MENTAL, 9).with(DisabilityCategory.INTELLECTUAL, 7).with(DisabilityCategory.MULTIPLE, 7)
            .with(DisabilityCategory.SPEECH, 3);
    private static final SyntheticShares<DisabilityCategory> CHILD_CATEGORIES = new SyntheticShares<DisabilityCategory>()
            .with(DisabilityCategory.INTELLECTUAL, 30).with(DisabilityCategory.PHYSICAL, 24).with(DisabilityCategory.HEARING, 14)
            .with(DisabilityCategory.MULTIPLE, 12).with(DisabilityCategory.SPEECH, 8).with(DisabilityCategory.VISION, 6)
            .with(DisabilityCategory.MENTAL, 6);
    private static final SyntheticShares<Integer> GRADES = grades(11, 22, 29, 38);
    private static final SyntheticShares<Integer> GRADES_INTELLECTUAL_MENTAL = grades(10, 35, 35, 20);
    private static final SyntheticShares<Integer> GRADES_MULTIPLE = grades(30, 35, 20, 15);
    /** Which categories a 多重 disability most often combines. */
    private static final SyntheticShares<DisabilityCategory> COMBINED = new SyntheticShares<DisabilityCategory>()
            .with(DisabilityCategory.PHYSICAL, 3).with(DisabilityCategory.INTELLECTUAL, 2.5).with(DisabilityCategory.SPEECH, 2)
            .with(DisabilityCategory.HEARING, 2).with(DisabilityCategory.VISION, 1.5).with(DisabilityCategory.MENTAL, 1.2);

    private static final SyntheticShares<String> EDUCATION_WORKING_AGE = new SyntheticShares<String>()
            .with("未上过学", 9).with("小学", 24).with("初级中学", 36).with("普通高级中学", 11).with("中等职业教育", 8)
            .with("大学专科", 7).with("大学本科", 4.5).with("研究生", 0.3).with("其他", 0.2);
    private static final SyntheticShares<String> EDUCATION_ELDER = new SyntheticShares<String>()
            .with("未上过学", 30).with("小学", 38).with("初级中学", 21).with("普通高级中学", 6.5).with("中等职业教育", 2)
            .with("大学专科", 1.6).with("大学本科", 0.8).with("其他", 0.1);

    private static final SyntheticShares<String> CARER_OF_ADULT = new SyntheticShares<String>()
            .with("配偶", 40).with("子女", 30).with("兄弟姐妹", 20).with("其他", 10);
    private static final SyntheticShares<String> CARER_OF_ELDER = new SyntheticShares<String>()
            .with("子女", 80).with("配偶", 10).with("孙子女或外孙子女", 10);
    private static final SyntheticShares<String> CONTACT = new SyntheticShares<String>()
            .with("配偶", 50).with("子女", 30).with("兄弟姐妹", 10).with("其他", 10);

    private final SyntheticVillages villages;
    private final SyntheticCertificates certificates;
    private final SyntheticShares<String>[] ethnicityByCounty;
    private final SplittableRandom random;
    /** Registration dates and earlier statuses, on a stream of their own so the persons stay as they were. */
    private final SplittableRandom history;
    private final long seed;
    private final LocalDate asOf;

    /** Inner Mongolia's villages; {@code asOf} is "today" for ages, certificates and status dates. */
    public static SyntheticPopulation innerMongolia(long seed, LocalDate asOf) {
        return new SyntheticPopulation(InnerMongolia.VILLAGES, seed, asOf);
    }

    @SuppressWarnings("unchecked")
    SyntheticPopulation(SyntheticVillages villages, long seed, LocalDate asOf) {
        this.villages = villages;
        this.asOf = asOf;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.history = new SplittableRandom(seed ^ HISTORY_SALT);
        this.certificates = new SyntheticCertificates(villages.counties(), asOf.minusYears(OLDEST + 1), asOf);
        this.ethnicityByCounty = villages.counties().stream().map(SyntheticEthnicity::of).toArray(SyntheticShares[]::new);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Households for this population's persons, drawn from the same seed and date (a stream of its own). */
    SyntheticHouseholds households() {
        return new SyntheticHouseholds(seed, asOf);
    }

    /** See {@link SyntheticCertificates#fullestCell()}. */
    int fullestCertificateCell() {
        return certificates.fullestCell();
    }

    /**
     * A person as the demo registers them: the template row (the current status in its employment cells)
     * and every status from registration on, oldest first, the first being the baseline and the last the row's.
     */
    public record SyntheticPerson(List<String> row, List<EmploymentInput> statuses) {
    }

    /** The next person, as one cell per {@link PersonTemplate#HEADERS header} ("" when blank). */
    public List<String> next() {
        return draw().row();
    }

    /** The next person with their employment history (the same person {@link #next()} would give). */
    public SyntheticPerson nextPerson() {
        Drawn drawn = draw();
        List<EmploymentInput> statuses = new ArrayList<>(drawn.earlier().size() + 1);
        for (String[] cells : drawn.earlier()) {
            List<String> row = new ArrayList<>(drawn.row());
            for (int i = 0; i < cells.length; i++) {
                row.set(PersonTemplate.EMPLOYMENT_FROM + i, cells[i]);
            }
            statuses.add(PersonTemplate.employment(row));
        }
        statuses.add(PersonTemplate.employment(drawn.row()));
        return new SyntheticPerson(drawn.row(), statuses);
    }

    private record Drawn(List<String> row, List<String[]> earlier) {
    }

    private Drawn draw() {
        String[] row = new String[PersonTemplate.HEADERS.size()];
        SyntheticVillages.Village village = villages.pick(random);
        boolean urban = random.nextDouble() < village.urbanShare();
        Sex sex = random.nextDouble() < MALE_SHARE ? Sex.MALE : Sex.FEMALE;
        double stage = random.nextDouble();
        SyntheticShares<Integer> ages = stage < CHILD_SHARE ? CHILD_AGES
                : stage < CHILD_SHARE + WORKING_AGE_SHARE ? WORKING_AGES : ELDER_AGES;
        LocalDate birth;
        String body;
        do {
            birth = birthDate(ages, sex);
            body = certificates.nextBody(village.county(), birth, sex);
        } while (body == null);
        int age = (int) ChronoUnit.YEARS.between(birth, asOf);
        boolean workingAge = WORKING_AGE.isOfWorkingAge(sex, birth, asOf);

        DisabilityCategory category = (age < 16 ? CHILD_CATEGORIES : ADULT_CATEGORIES).pick(random);
        int grade = (switch (category) {
            case INTELLECTUAL, MENTAL -> GRADES_INTELLECTUAL_MENTAL;
            case MULTIPLE -> GRADES_MULTIPLE;
            default -> GRADES;
        }).pick(random);
        double reissue = random.nextDouble();
        row[0] = SyntheticCertificates.certificate(body, category.code(), grade)
                + (reissue < 0.003 ? "B2" : reissue < 0.02 ? "B1" : "");
        String ethnicity = ethnicityByCounty[village.county()].pick(random);
        row[1] = SyntheticNames.of(ethnicity, sex, random);
        row[2] = ethnicity;
        row[3] = education(age, category, grade);
        row[4] = village.code();
        row[5] = urban ? Hukou.URBAN.label() : Hukou.RURAL.label();
        row[6] = random.nextDouble() < ownPhoneChance(age) ? phone() : "";
        row[7] = category == DisabilityCategory.MULTIPLE ? combined() : "";
        certificateDates(row, birth);
        guardian(row, age, category, grade, ethnicity);
        SyntheticEmployment.Situation situation = new SyntheticEmployment.Situation(birth, age, workingAge, urban,
                category, grade, villages.countyName(village.county()));
        String[] employment = SyntheticEmployment.cells(situation, asOf, random);
        LocalDate registered = SyntheticHistory.registeredOn(birth, asOf, history);
        List<String[]> earlier = SyntheticHistory.before(employment, situation,
                WORKING_AGE.isOfWorkingAge(sex, birth, registered), registered, asOf, history);
        System.arraycopy(employment, 0, row, PersonTemplate.EMPLOYMENT_FROM, employment.length);
        row[PersonTemplate.EMPLOYMENT_TO] = registered.toString();
        return new Drawn(Arrays.asList(row), earlier);
    }

    /** A birth date of someone aged as drawn from {@code ages} whose working-age status fits that stage. */
    private LocalDate birthDate(SyntheticShares<Integer> ages, Sex sex) {
        while (true) {
            int age = ages.pick(random);
            LocalDate birth = asOf.minusYears(age).minusDays(random.nextInt(365));
            boolean workingAge = WORKING_AGE.isOfWorkingAge(sex, birth, asOf);
            boolean child = birth.plusYears(16).isAfter(asOf);
            boolean fits = ages == WORKING_AGES ? workingAge : ages == CHILD_AGES ? child : !workingAge && !child;
            if (fits) {
                return birth;
            }
        }
    }

    private String education(int age, DisabilityCategory category, int grade) {
        if (age < 16) {
            boolean severeIntellectual = category == DisabilityCategory.INTELLECTUAL && grade <= 2;
            if (age < 7 || severeIntellectual && random.nextDouble() < 0.4) {
                return "未上过学";
            }
            return age < 13 ? "小学" : "初级中学";
        }
        return (age < 60 ? EDUCATION_WORKING_AGE : EDUCATION_ELDER).pick(random);
    }

    private static double ownPhoneChance(int age) {
        return age < 16 ? 0 : age < 60 ? 0.9 : age < 80 ? 0.7 : 0.4;
    }

    /** A mobile number in the 170/171 ranges, which virtual operators hold, so not anyone's real line here. */
    private String phone() {
        String digits = Integer.toString(random.nextInt(100_000_000));
        return (random.nextBoolean() ? "170" : "171") + "0".repeat(8 - digits.length()) + digits;
    }

    /** Two (sometimes three) of categories 1–6, in code order, as labels: "听力、肢体". */
    private String combined() {
        int count = random.nextDouble() < 0.75 ? 2 : 3;
        boolean[] chosen = new boolean[7];
        for (int picked = 0; picked < count; ) {
            int code = COMBINED.pick(random).code();
            if (!chosen[code]) {
                chosen[code] = true;
                picked++;
            }
        }
        StringBuilder labels = new StringBuilder();
        for (int code = 1; code <= 6; code++) {
            if (chosen[code]) {
                labels.append(labels.isEmpty() ? "" : "、").append(DisabilityCategory.of(code).orElseThrow().label());
            }
        }
        return labels.toString();
    }

    /** 证件状态, 发证日期 and 有效期至: a card is valid for ten years; a few have lapsed. */
    private void certificateDates(String[] row, LocalDate birth) {
        LocalDate earliestIssue = birth.plusDays(30);
        LocalDate issued;
        LocalDate lapsedIssue = asOf.minusYears(CERTIFICATE_YEARS).minusDays(1 + random.nextInt(5 * 365));
        if (random.nextDouble() < 0.045 && !lapsedIssue.isBefore(earliestIssue)) {
            issued = lapsedIssue;
            row[8] = CertificateStatus.EXPIRED.label();
        } else {
            issued = asOf.minusDays(random.nextInt(CERTIFICATE_YEARS * 365));
            if (issued.isBefore(earliestIssue)) {
                issued = earliestIssue;
            }
            row[8] = CertificateStatus.VALID.label();
        }
        row[9] = issued.toString();
        row[10] = issued.plusYears(CERTIFICATE_YEARS).minusDays(1).toString();
    }

    /** Children always have a guardian; so do most with an intellectual, mental or 一级 disability and many of the very old. */
    private void guardian(String[] row, int age, DisabilityCategory category, int grade, String ethnicity) {
        String relation = null;
        if (age < 16) {
            relation = random.nextDouble() < 0.95 ? "父母" : "祖父母或外祖父母";
        } else if ((category == DisabilityCategory.INTELLECTUAL || category == DisabilityCategory.MENTAL || grade == 1)
                && random.nextDouble() < 0.75) {
            relation = age < 45 && random.nextDouble() < 0.7 ? "父母" : CARER_OF_ADULT.pick(random);
        } else if (age >= 80 && random.nextDouble() < 0.6) {
            relation = CARER_OF_ELDER.pick(random);
        } else if (random.nextDouble() < 0.12) {
            relation = CONTACT.pick(random);
        }
        if (relation == null) {
            row[11] = row[12] = row[13] = "";
            return;
        }
        boolean sameFamily = !relation.equals("配偶") && !relation.equals("其他") && random.nextDouble() < 0.7;
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        row[11] = SyntheticNames.relativeOf(row[1], ethnicity, sex, sameFamily, random);
        row[12] = relation;
        row[13] = random.nextDouble() < 0.9 ? phone() : "";
    }

    private static SyntheticShares<Integer> ages(int from, int to, java.util.function.IntToDoubleFunction weight) {
        SyntheticShares<Integer> shares = new SyntheticShares<>();
        for (int age = from; age <= to; age++) {
            shares.with(age, weight.applyAsDouble(age));
        }
        return shares;
    }

    private static SyntheticShares<Integer> grades(double first, double second, double third, double fourth) {
        return new SyntheticShares<Integer>().with(1, first).with(2, second).with(3, third).with(4, fourth);
    }

    /** Read once: the region file is the same for every generator. */
    private static final class InnerMongolia {
        static final SyntheticVillages VILLAGES = SyntheticVillages.innerMongolia();
    }
}
