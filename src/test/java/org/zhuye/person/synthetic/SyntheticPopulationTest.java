package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.Person;
import org.zhuye.person.Sex;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.region.Region;
import org.zhuye.region.RegionFile;

/** The synthetic population without Spring: determinism, uniqueness at full scale, and its shares. */
class SyntheticPopulationTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final int SAMPLE = 100_000;
    static final int REGISTRY_SIZE = 1_600_000;

    static List<Region> regions;
    static List<Person> sample;

    /** One generated row with its certificate parsed and its statuses from registration on. */
    record Person(List<String> row, CertificateNumber certificate, List<EmploymentInput> statuses) {
        String cell(String header) {
            return row.get(PersonTemplate.HEADERS.indexOf(header));
        }

        boolean workingAge() {
            return SyntheticPopulation.WORKING_AGE.isOfWorkingAge(certificate.sex(), certificate.birthDate(), AS_OF);
        }

        boolean employed() {
            return "是".equals(cell("是否就业"));
        }
    }

    @BeforeAll
    static void generateASample() throws IOException {
        try (InputStream in = SyntheticPopulationTest.class.getResourceAsStream("/regions/15.csv")) {
            regions = RegionFile.read(in).regions();
        }
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(42, AS_OF);
        sample = new ArrayList<>(SAMPLE);
        for (int i = 0; i < SAMPLE; i++) {
            SyntheticPopulation.SyntheticPerson drawn = population.nextPerson();
            List<String> row = drawn.row();
            CertificateNumber.Result parsed = CertificateNumber.parse(row.get(0));
            assertThat(parsed.errors()).as(row.get(0)).isEmpty();
            sample.add(new Person(row, parsed.number(), drawn.statuses()));
        }
    }

    @Test
    void theSameSeedAndDateGiveTheSameRowsAndAnotherSeedOthers() {
        SyntheticPopulation first = SyntheticPopulation.innerMongolia(7, AS_OF);
        SyntheticPopulation second = SyntheticPopulation.innerMongolia(7, AS_OF);
        SyntheticPopulation other = SyntheticPopulation.innerMongolia(8, AS_OF);
        int differing = 0;
        for (int i = 0; i < 5_000; i++) {
            List<String> row = first.next();
            assertThat(second.next()).isEqualTo(row);
            if (!other.next().equals(row)) {
                differing++;
            }
        }
        assertThat(differing).isEqualTo(5_000);
        assertThat(SyntheticPopulation.innerMongolia(42, AS_OF).next()).isEqualTo(sample.get(0).row());
    }

    @Test
    void everyRowHasTheTemplatesColumnsAndNoMissingCell() {
        for (Person person : sample) {
            assertThat(person.row()).hasSize(PersonTemplate.HEADERS.size()).doesNotContainNull();
        }
    }

    /**
     * Certificate numbers never repeat, as {@link SyntheticCertificates} argues: checked here over
     * a whole registry's worth (1.6 million, Inner Mongolia's size) of ID bodies, sorted.
     */
    @Test
    void certificateNumbersAreUniqueAcrossAWholeRegistry() {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(1, AS_OF);
        long[] bodies = new long[REGISTRY_SIZE];
        for (int i = 0; i < REGISTRY_SIZE; i++) {
            bodies[i] = Long.parseLong(population.next().get(0).substring(0, 17));
        }
        Arrays.sort(bodies);
        int repeats = 0;
        for (int i = 1; i < bodies.length; i++) {
            if (bodies[i] == bodies[i - 1]) {
                repeats++;
            }
        }
        assertThat(repeats).isZero();
        // The argument's premise: no (county, birth date, sex) cell comes anywhere near its 499 sequences.
        assertThat(population.fullestCertificateCell()).isLessThan(30);
        System.out.printf("1,600,000 certificate numbers, all distinct; the fullest (county, birth date, sex) holds %d of 499%n",
                population.fullestCertificateCell());
    }

    @Test
    void certificatesCarryTheCountyOfTheVillageAndSequencesOfTheRightParity() {
        for (Person person : sample) {
            String certificate = person.row().get(0);
            assertThat(certificate.substring(0, 6)).isEqualTo(person.cell("居住地区划代码").substring(0, 6));
            int sequence = Integer.parseInt(certificate.substring(14, 17));
            assertThat(sequence).isBetween(1, 998);
        }
        long reissued = sample.stream().filter(p -> p.certificate().reissue() > 0).count();
        assertThat(reissued / (double) SAMPLE).isCloseTo(0.02, within(0.005));
    }

    @Test
    void aboutTwentyTwoPerCentAreOfWorkingAgeAndAboutHalfOfThemInWork() {
        List<Person> workingAge = sample.stream().filter(Person::workingAge).toList();
        double workingAgeShare = workingAge.size() / (double) SAMPLE;
        double employmentRate = workingAge.stream().filter(Person::employed).count() / (double) workingAge.size();
        System.out.printf("working age %.1f%% of all; employment rate among them %.1f%%%n", 100 * workingAgeShare,
                100 * employmentRate);
        assertThat(workingAgeShare).isCloseTo(0.22, within(0.01));
        assertThat(employmentRate).isCloseTo(0.516, within(0.02));
        assertThat(share(SyntheticPopulationTest::child)).isCloseTo(0.04, within(0.005));
        assertThat(share(p -> p.certificate().sex() == Sex.MALE)).isCloseTo(0.55, within(0.01));
        assertThat(sample).allSatisfy(p -> assertThat(p.certificate().birthDate()).isAfter(AS_OF.minusYears(100)));
    }

    @Test
    void outsideWorkingAgeAlmostNobodyIsInWorkAndEveryoneHasAReason() {
        List<Person> children = sample.stream().filter(SyntheticPopulationTest::child).toList();
        List<Person> elders = sample.stream().filter(p -> !p.workingAge() && !child(p)).toList();
        assertThat(children).noneMatch(Person::employed);
        assertThat(elders.stream().filter(Person::employed).count() / (double) elders.size()).isLessThan(0.06);
        assertThat(sample).filteredOn(p -> !p.employed())
                .allSatisfy(p -> assertThat(p.cell("未就业主要原因")).isNotEmpty());
        assertThat(children.stream().filter(p -> p.cell("未就业主要原因").equals("在校学习")).count() / (double) children.size())
                .isGreaterThan(0.5);
        assertThat(elders.stream().filter(p -> p.cell("未就业主要原因").equals("退休")).count() / (double) elders.size())
                .isGreaterThan(0.4);
    }

    @Test
    void workHasAFormAnOccupationAndADateFromRegistrationOn() {
        List<Person> employed = sample.stream().filter(Person::employed).toList();
        assertThat(employed.stream().map(p -> p.cell("就业形式")).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "按比例就业", "集中就业", "个体就业（含自主创业）", "公益性岗位就业", "辅助性就业", "农村种养加", "灵活就业");
        assertThat(employed).allSatisfy(p -> {
            assertThat(p.cell("职业")).isNotEmpty();
            LocalDate since = LocalDate.parse(p.cell("就业状况日期"));
            assertThat(since).isBetween(LocalDate.parse(p.cell("建档日期")), AS_OF);
            assertThat(since).isAfterOrEqualTo(p.certificate().birthDate().plusYears(16));
        });
        assertThat(employed.stream().filter(p -> p.cell("就业形式").equals("农村种养加")).allMatch(p -> p.cell("就业单位").isEmpty()))
                .isTrue();
        assertThat(share(p -> p.employed() && !p.cell("月收入（元）").isEmpty()) / share(Person::employed)).isGreaterThan(0.9);
    }

    @Test
    void personsAreRegisteredOverThePastYearsMoreLatelyNeverBeforeBirthNorAfterTheirFirstStatus() {
        Map<Integer, Long> byYear = new HashMap<>();
        for (Person person : sample) {
            LocalDate registered = LocalDate.parse(person.cell("建档日期"));
            assertThat(registered).isBetween(SyntheticHistory.OPENED, AS_OF).isAfter(person.certificate().birthDate());
            byYear.merge(registered.getYear(), 1L, Long::sum);
            List<LocalDate> dates = person.statuses().stream().map(s -> LocalDate.parse(s.effectiveOn())).toList();
            // The baseline is the status found on the day of registration; every later one comes after it.
            assertThat(dates.get(0)).as(person.cell("姓名")).isEqualTo(registered);
            assertThat(dates).isSorted().doesNotHaveDuplicates();
            assertThat(dates.get(dates.size() - 1).toString()).isEqualTo(person.cell("就业状况日期"));
            assertThat(person.statuses().get(person.statuses().size() - 1).employed()).isEqualTo(person.cell("是否就业"));
        }
        System.out.println("registered by year " + byYear);
        assertThat(byYear.keySet()).containsAll(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026));
        assertThat(byYear.get(2025)).isGreaterThan(byYear.get(2019) * 2);
        assertThat(share(p -> !LocalDate.parse(p.cell("建档日期")).isAfter(AS_OF.minusYears(2)))).isBetween(0.5, 0.8);
    }

    @Test
    void someMoveIntoWorkAndSomeOutOfItInEveryYearSinceTheFirstRegistrations() {
        Map<Integer, Integer> intoWork = new HashMap<>();
        Map<Integer, Integer> outOfWork = new HashMap<>();
        for (Person person : sample) {
            for (int i = 1; i < person.statuses().size(); i++) {
                boolean before = "是".equals(person.statuses().get(i - 1).employed());
                boolean after = "是".equals(person.statuses().get(i).employed());
                int year = LocalDate.parse(person.statuses().get(i).effectiveOn()).getYear();
                if (after && !before) {
                    intoWork.merge(year, 1, Integer::sum);
                } else if (before && !after) {
                    outOfWork.merge(year, 1, Integer::sum);
                }
                assertThat(!after || !LocalDate.parse(person.statuses().get(i).effectiveOn())
                        .isBefore(person.certificate().birthDate().plusYears(16))).isTrue();
            }
        }
        System.out.println("moves into work by year " + intoWork + ", out of work " + outOfWork);
        for (int year = 2019; year <= 2025; year++) {
            assertThat(intoWork.getOrDefault(year, 0)).as("moves into work in " + year).isGreaterThan(20);
            assertThat(outOfWork.getOrDefault(year, 0)).as("moves out of work in " + year).isGreaterThan(20);
        }
    }

    @Test
    void limbDisabilityIsMostCommonAndSpeechLeast() {
        Map<DisabilityCategory, Double> shares = new HashMap<>();
        for (DisabilityCategory category : DisabilityCategory.values()) {
            shares.put(category, share(p -> p.certificate().category() == category));
        }
        System.out.println("category shares " + shares);
        assertThat(shares.get(DisabilityCategory.PHYSICAL)).isCloseTo(0.47, within(0.03));
        for (DisabilityCategory category : DisabilityCategory.values()) {
            if (category != DisabilityCategory.PHYSICAL) {
                assertThat(shares.get(category)).isLessThan(shares.get(DisabilityCategory.VISION) + 0.01)
                        .isGreaterThanOrEqualTo(shares.get(DisabilityCategory.SPEECH));
            }
        }
        assertThat(share(p -> p.certificate().grade() == 1)).isCloseTo(0.13, within(0.03));
        assertThat(share(p -> p.certificate().grade() == 4)).isCloseTo(0.35, within(0.04));
    }

    @Test
    void multipleDisabilitiesNameTwoOrMoreCategoriesAndOthersNone() {
        for (Person person : sample) {
            String multiple = person.cell("多重残疾类别");
            if (person.certificate().category() == DisabilityCategory.MULTIPLE) {
                assertThat(multiple.split("、")).hasSizeBetween(2, 3).doesNotHaveDuplicates()
                        .allSatisfy(label -> assertThat(List.of("视力", "听力", "言语", "肢体", "智力", "精神")).contains(label));
            } else {
                assertThat(multiple).isEmpty();
            }
        }
    }

    @Test
    void mostAreHanAboutOneInSixMongolianAndTheNorthernPeoplesAppear() {
        Map<String, Long> counts = sample.stream().collect(Collectors.groupingBy(p -> p.cell("民族"), Collectors.counting()));
        System.out.println("民族 " + counts);
        assertThat(counts.get("汉族") / (double) SAMPLE).isGreaterThan(0.7);
        assertThat(counts.get("蒙古族") / (double) SAMPLE).isCloseTo(0.18, within(0.03));
        assertThat(counts).containsKeys("满族", "回族", "达斡尔族", "鄂温克族", "鄂伦春族");
        double mongolianInTongliao = sample.stream().filter(p -> p.cell("居住地区划代码").startsWith("1505"))
                .filter(p -> p.cell("民族").equals("蒙古族")).count()
                / (double) sample.stream().filter(p -> p.cell("居住地区划代码").startsWith("1505")).count();
        assertThat(mongolianInTongliao).isGreaterThan(0.38);
    }

    @Test
    void namesAreVisiblySyntheticAndMixHanAndMongolianStyles() {
        Set<String> mongolianNames = Set.of("巴特尔", "其木格", "乌云", "苏和", "那日苏", "萨仁");
        boolean anyMongolian = false;
        for (Person person : sample) {
            String name = person.cell("姓名");
            assertThat(name).endsWith(SyntheticNames.MARKER).hasSizeLessThanOrEqualTo(50);
            assertThat(name.chars().noneMatch(Character::isDigit)).isTrue();
            String bare = name.substring(0, name.length() - SyntheticNames.MARKER.length());
            anyMongolian |= mongolianNames.stream().anyMatch(bare::endsWith);
            String guardian = person.cell("监护人或联系人");
            assertThat(guardian.isEmpty() || guardian.endsWith(SyntheticNames.MARKER)).isTrue();
        }
        assertThat(anyMongolian).isTrue();
        assertThat(sample.stream().map(p -> p.cell("姓名")).distinct().count()).isGreaterThan(SAMPLE / 10);
    }

    @Test
    void phonesAreMobileNumbersInTheVirtualOperatorRanges() {
        for (Person person : sample) {
            for (String phone : List.of(person.cell("联系电话"), person.cell("监护人电话"))) {
                assertThat(phone.isEmpty() || phone.matches("17[01]\\d{8}")).as(phone).isTrue();
            }
        }
        assertThat(share(p -> !p.cell("联系电话").isEmpty())).isBetween(0.6, 0.85);
        assertThat(share(p -> child(p) && p.cell("监护人或联系人").isEmpty()))
                .isZero();
    }

    @Test
    void personsLiveInRealVillagesAllOverTheRegionAndTownsAreMostlyUrban() {
        Set<String> villages = regions.stream().filter(r -> r.level() == 5).map(Region::code).collect(Collectors.toSet());
        Set<String> counties = regions.stream().filter(r -> r.level() == 3).map(r -> r.code().substring(0, 6))
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Person person : sample) {
            seen.add(person.cell("居住地区划代码"));
        }
        assertThat(villages).containsAll(seen);
        assertThat(seen.size() / (double) villages.size()).isGreaterThan(0.95);
        assertThat(seen.stream().map(c -> c.substring(0, 6)).collect(Collectors.toSet())).isEqualTo(counties);

        double urbanInStreets = urbanShare(p -> Integer.parseInt(p.cell("居住地区划代码").substring(6, 9)) < 100);
        double urbanInVillages = urbanShare(p -> {
            int village = Integer.parseInt(p.cell("居住地区划代码").substring(9, 12));
            return village >= 200 && village < 400;
        });
        assertThat(urbanInStreets).isGreaterThan(0.75);
        assertThat(urbanInVillages).isLessThan(0.15);
        assertThat(share(p -> p.cell("户籍类别").equals("农村"))).isBetween(0.45, 0.75);
    }

    @Test
    void certificatesAreMostlyValidWithDatesThatFitTheStatus() {
        for (Person person : sample) {
            LocalDate issued = LocalDate.parse(person.cell("发证日期"));
            LocalDate validUntil = LocalDate.parse(person.cell("有效期至"));
            assertThat(issued).isAfter(person.certificate().birthDate()).isBeforeOrEqualTo(AS_OF);
            if (person.cell("证件状态").equals("有效")) {
                assertThat(validUntil).isAfterOrEqualTo(AS_OF);
            } else {
                assertThat(person.cell("证件状态")).isEqualTo("已过期");
                assertThat(validUntil).isBefore(AS_OF);
            }
        }
        assertThat(share(p -> p.cell("证件状态").equals("有效"))).isGreaterThan(0.94);
    }

    private static boolean child(Person person) {
        return person.certificate().birthDate().plusYears(16).isAfter(AS_OF);
    }

    private static double share(java.util.function.Predicate<Person> predicate) {
        return sample.stream().filter(predicate).count() / (double) SAMPLE;
    }

    private static double urbanShare(java.util.function.Predicate<Person> where) {
        List<Person> these = sample.stream().filter(where).toList();
        return these.stream().filter(p -> p.cell("户籍类别").equals("城镇")).count() / (double) these.size();
    }
}
