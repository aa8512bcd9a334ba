package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Person;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * The overview over persons registered through the registry in 额济纳旗 (152923), where no other
 * test puts anyone; each test uses its own 苏木镇 so that the counts there are exact.
 */
@ZhuyeTest
class RegionOverviewTest {

    static final Jurisdiction PROVINCE = OverviewFixtures.PROVINCE;
    static final LocalDate MID_2026 = LocalDate.parse("2026-06-30");

    @Autowired
    RegionOverview overview;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository persons;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Autowired
    OverviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
    }

    private RegionOverviewReport report(String region, LocalDate asOf) {
        return overview.find(RegionCode.of(region), asOf, PROVINCE).orElseThrow();
    }

    /** A village of 阿拉善右旗 whose counts no test asserts: only the province's total is compared. */
    static final String VILLAGE_OF_THE_CHANGE = "152922212201";

    @Test
    void theProvinceFiguresKeptBetweenChangesMoveWithTheVeryNextChange() {
        LocalDate today = LocalDate.now();
        OverviewFigures before = report("15", today).figures();
        assertThat(report("15", today).figures()).as("asked again, unchanged").isEqualTo(before);
        long id = fixtures.register(VILLAGE_OF_THE_CHANGE, LocalDate.parse("1979-09-09"), Sex.MALE, 4, 3);
        assertThat(report("15", today).figures().total()).as("the next read after the change").isEqualTo(before.total() + 1);
        fixtures.employed(id, today.toString(), false);
        assertThat(report("15", today).figures().employed()).isEqualTo(before.employed() + 1);
    }

    @Test
    void aBulkChangeIsReadAgainAndNoReaderSeesTheFiguresFromBeforeIt() {
        // a township of 额济纳旗 (152923204) that no other test uses: one person, then a change the snapshot is not told of.
        long id = fixtures.register("152923204200", LocalDate.parse("1988-04-04"), Sex.FEMALE, 1, 2);
        assertThat(report("152923204", LocalDate.now()).figures().categories().get(0).count()).isEqualTo(1);
        jdbc.sql("UPDATE person SET category = 2 WHERE id = ?").param(id).update();
        events.publishEvent(PersonsChanged.everyone());
        var figures = report("152923204", LocalDate.now()).figures();
        assertThat(figures.categories().get(0).count()).isZero();
        assertThat(figures.categories().get(1).count()).isEqualTo(1);
    }

    private static boolean dongfengRegistered;

    /** 东风镇 (152923101): ten persons covering every category, both sexes, every band and the boundaries. */
    private synchronized void registerDongfeng() {
        if (dongfengRegistered) {
            return;
        }
        dongfengRegistered = true;
        long p1 = fixtures.register("152923101201", LocalDate.parse("1980-05-01"), Sex.MALE, 4, 2);
        fixtures.employed(p1, "2020-01-01", true);
        long p2 = fixtures.register("152923101201", LocalDate.parse("1990-07-15"), Sex.FEMALE, 1, 1);
        fixtures.notEmployed(p2, "2023-01-01", true);
        fixtures.employed(p2, "2026-03-01", false);
        long p3 = fixtures.register("152923101203", LocalDate.parse("2015-01-01"), Sex.MALE, 5, 3);
        long p4 = fixtures.register("152923101203", LocalDate.parse("1960-03-03"), Sex.FEMALE, 7, 4);
        fixtures.notEmployed(p4, "2018-05-01", true);
        // Retires at 60 years and 5 months, on 2026-11-10: of working age at 60 on 2026-06-30.
        long p5 = fixtures.register("152923101204", LocalDate.parse("1966-06-10"), Sex.MALE, 2, 2);
        fixtures.employed(p5, "2024-05-01", false);
        fixtures.notEmployed(p5, "2026-02-01", false);
        // Retires at 55 years and 4 months, on 2026-06-20.
        long p6 = fixtures.register("152923101204", LocalDate.parse("1971-02-20"), Sex.FEMALE, 6, 1);
        fixtures.employed(p6, "2019-01-01", true);
        long p7 = fixtures.register("152923101205", LocalDate.parse("1975-08-08"), Sex.MALE, 4, 1, "已去世");
        long p8 = fixtures.register("152923101205", LocalDate.parse("1985-09-09"), Sex.FEMALE, 4, 2, "已注销");
        // Sixteen on 2026-06-30.
        long p9 = fixtures.register("152923101205", LocalDate.parse("2010-06-30"), Sex.MALE, 3, 4);
        fixtures.notEmployed(p9, "2026-01-01", false);
        long p10 = fixtures.register("152923101201", LocalDate.parse("1995-01-01"), Sex.FEMALE, 4, 3);
        fixtures.registeredOn(LocalDate.parse("2020-01-01"), p1, p2, p3, p4, p5, p6, p7, p8, p9, p10);
    }

    @Test
    void everyBreakdownCountsExactlyAndTheRateReadsHonestly() {
        registerDongfeng();
        OverviewFigures f = report("152923101", MID_2026).figures();

        assertThat(f.total()).isEqualTo(8);
        assertThat(f.deceased()).isEqualTo(1);
        assertThat(f.revoked()).isEqualTo(1);
        assertThat(f.categories()).extracting(OverviewFigures.Count::count).containsExactly(1L, 1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(f.categories()).extracting(OverviewFigures.Count::label).containsExactly("视力", "听力", "言语", "肢体", "智力", "精神", "多重");
        assertThat(f.grades()).extracting(OverviewFigures.Count::count).containsExactly(2L, 2L, 2L, 2L);
        assertThat(f.sexes()).extracting(OverviewFigures.Count::count).containsExactly(4L, 4L);
        assertThat(f.ageBands()).extracting(OverviewFigures.Count::count).containsExactly(1L, 2L, 1L, 2L, 2L);
        assertThat(f.workingAge()).isEqualTo(5);
        assertThat(f.employed()).isEqualTo(3);
        assertThat(f.notEmployed()).isEqualTo(3);
        assertThat(f.noStatus()).isEqualTo(2);
        assertThat(f.workingAgeEmployed()).isEqualTo(2);
        assertThat(f.workingAgeNotEmployed()).isEqualTo(2);
        assertThat(f.workingAgeNoStatus()).isEqualTo(1);
        assertThat(f.employmentRate()).isEqualTo(0.4);
        assertThat(f.employmentRateText()).isEqualTo("40.0%");
        assertThat(f.newEmployment()).isEqualTo(1);

        // Ten days earlier the woman born 1971-02 had not retired and the boy was fifteen.
        OverviewFigures earlier = report("152923101", LocalDate.parse("2026-06-19")).figures();
        assertThat(earlier.workingAge()).isEqualTo(5);
        assertThat(earlier.workingAgeEmployed()).isEqualTo(3);
        assertThat(earlier.ageBands()).extracting(OverviewFigures.Count::count).containsExactly(2L, 1L, 1L, 2L, 2L);
    }

    @Test
    void childRowsAddUpToTheirParentAtEveryLevel() {
        registerDongfeng();
        RegionOverviewReport township = report("152923101", MID_2026);
        assertThat(township.children()).extracting(r -> r.region().code())
                .containsExactly("152923101201", "152923101203", "152923101204", "152923101205");
        assertThat(township.children()).extracting(r -> r.figures().total()).containsExactly(3L, 2L, 2L, 1L);
        assertThat(township.children().get(3).figures().deceased()).isEqualTo(1);
        assertThat(township.unassigned()).isNull();
        assertThat(sum(township.children())).isEqualTo(township.figures());

        for (String region : List.of("152923", "1529", "15")) {
            RegionOverviewReport parent = report(region, MID_2026);
            assertThat(sum(parent.children())).as(region).isEqualTo(parent.figures());
        }
        RegionOverviewReport county = report("152923", MID_2026);
        assertThat(county.children().stream().filter(r -> r.region().code().equals("152923101000")).findFirst()
                .orElseThrow().figures()).isEqualTo(township.figures());
        assertThat(county.path()).extracting(r -> r.name()).containsExactly("内蒙古自治区", "阿拉善盟", "额济纳旗");
    }

    @Test
    void aVillageIsItsOwnOnlyRowAndAnEmptyRegionShowsZeros() {
        RegionOverviewReport empty = report("152923203", MID_2026);
        assertThat(empty.figures().total()).isZero();
        assertThat(empty.figures().categories()).hasSize(7).allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(empty.figures().employmentRate()).isNull();
        assertThat(empty.figures().employmentRateText()).isEqualTo("—");
        assertThat(empty.children()).hasSize(7).allSatisfy(row -> assertThat(row.figures()).isEqualTo(empty.figures()));
        assertThat(report("152923203200", MID_2026).children()).isEmpty();

        long id = fixtures.register("152923104498", LocalDate.parse("1988-01-01"), Sex.MALE, 4, 4);
        RegionOverviewReport village = report("152923104498", LocalDate.now());
        assertThat(village.children()).isEmpty();
        assertThat(village.figures().total()).isEqualTo(1);
        assertThat(persons.find(id, PROVINCE)).isPresent();
    }

    @Test
    void statusFollowsTheAsOfDateAndVoidedEventsAndBaselinesAreNotMoves() {
        String village = "152923200200";
        long man = fixtures.register(village, LocalDate.parse("1985-01-01"), Sex.MALE, 4, 3);
        fixtures.notEmployed(man, "2021-01-01", true);
        fixtures.employed(man, "2024-03-15", false);
        long mistaken = fixtures.notEmployed(man, "2025-01-10", false);
        long woman = fixtures.register(village, LocalDate.parse("1992-05-05"), Sex.FEMALE, 2, 2);
        fixtures.employed(woman, "2022-01-01", true);
        fixtures.notEmployed(woman, "2023-01-01", false);
        fixtures.employed(woman, "2023-07-01", false);
        long late = fixtures.register("152923200201", LocalDate.parse("1990-01-01"), Sex.MALE, 1, 1);
        fixtures.registeredOn(LocalDate.parse("2020-01-01"), man, woman);
        fixtures.registeredOn(LocalDate.parse("2025-01-01"), late);
        String township = "152923200";

        OverviewFigures y2021 = report(township, LocalDate.parse("2021-06-30")).figures();
        assertThat(y2021.total()).isEqualTo(2);
        assertThat(y2021.notEmployed()).isEqualTo(1);
        assertThat(y2021.noStatus()).isEqualTo(1);

        OverviewFigures y2022 = report(township, LocalDate.parse("2022-06-30")).figures();
        assertThat(y2022.employed()).isEqualTo(1);
        assertThat(y2022.newEmployment()).as("a baseline is not a move into work").isZero();

        assertThat(report(township, LocalDate.parse("2023-12-31")).figures().newEmployment()).isEqualTo(1);
        OverviewFigures dayBefore = report(township, LocalDate.parse("2024-03-14")).figures();
        assertThat(dayBefore.employed()).isEqualTo(1);
        assertThat(dayBefore.newEmployment()).isZero();
        OverviewFigures dayOf = report(township, LocalDate.parse("2024-03-15")).figures();
        assertThat(dayOf.employed()).isEqualTo(2);
        assertThat(dayOf.newEmployment()).isEqualTo(1);

        OverviewFigures y2024end = report(township, LocalDate.parse("2024-12-31")).figures();
        assertThat(y2024end.total()).as("registered on 2025-01-01").isEqualTo(2);
        OverviewFigures y2025 = report(township, LocalDate.parse("2025-06-30")).figures();
        assertThat(y2025.total()).isEqualTo(3);
        assertThat(y2025.employed()).isEqualTo(1);
        assertThat(y2025.notEmployed()).isEqualTo(1);
        assertThat(y2025.noStatus()).isEqualTo(1);

        fixtures.voidEvent(man, mistaken);
        OverviewFigures afterVoid = report(township, LocalDate.parse("2025-06-30")).figures();
        assertThat(afterVoid.employed()).isEqualTo(2);
        assertThat(afterVoid.notEmployed()).isZero();
        assertThat(afterVoid.newEmployment()).as("the move was in 2024").isZero();
        assertThat(report(township, LocalDate.parse("2024-06-30")).figures().newEmployment()).isEqualTo(1);
    }

    @Test
    void theSnapshotFollowsRegistrationsCorrectionsAndMerges() {
        String township = "152923202";
        assertThat(report(township, LocalDate.now()).figures().total()).isZero();
        String certificate = OverviewFixtures.certificate(LocalDate.parse("1979-04-04"), Sex.FEMALE, 4, 3);
        long id = registry.register(new PersonInput(certificate, "斯琴", "蒙古族", "小学", "152923202200", "农村", null,
                null, null, null, null, null, null, null), PROVINCE);
        RegionOverviewReport registered = report(township, LocalDate.now());
        assertThat(registered.figures().total()).isEqualTo(1);
        assertThat(registered.children().get(0).figures().total()).isEqualTo(1);

        Person person = persons.find(id, PROVINCE).orElseThrow();
        registry.update(id, person.version(), new PersonInput(certificate, "斯琴", "蒙古族", "小学", "152923202201", "农村",
                null, null, "已注销", null, null, null, null, null), PROVINCE);
        RegionOverviewReport moved = report(township, LocalDate.now());
        assertThat(moved.figures().total()).isZero();
        assertThat(moved.figures().revoked()).isEqualTo(1);
        assertThat(moved.children()).extracting(r -> r.figures().revoked()).containsExactly(0L, 1L, 0L);

        long other = fixtures.register("152923202202", LocalDate.parse("1981-01-01"), Sex.MALE, 1, 2);
        assertThat(report(township, LocalDate.now()).figures().total()).isEqualTo(1);
        jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ?").params(id, other).update();
        events.publishEvent(PersonsChanged.of(other));
        assertThat(report(township, LocalDate.now()).figures().total()).as("merged away").isZero();
    }

    @Test
    void aFutureDateIsRefusedAndADateWithoutARuleSaysSo() {
        assertThatThrownBy(() -> report("1529", LocalDate.now().plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("晚于今天");
        assertThatThrownBy(() -> report("1529", LocalDate.parse("1970-01-01")))
                .isInstanceOf(WorkingAgeRules.NoRule.class).hasMessageContaining("1970-01-01 适用的");
    }

    @Test
    void regionsOutsideTheJurisdictionAreNotFound() {
        assertThat(overview.find(RegionCode.of("1501"), MID_2026, Jurisdiction.of("152923"))).isEmpty();
        assertThat(overview.find(RegionCode.of("15"), MID_2026, Jurisdiction.of("152923"))).isEmpty();
        assertThat(overview.find(RegionCode.of("152923101"), MID_2026, Jurisdiction.of("152923"))).isPresent();

        UserAccount staff = accounts.create("overview-staff", "152923000000", Role.STAFF);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/persons/overview?region=1501").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/persons/overview?region=15").status()).isEqualTo(404);
        Api.Response own = api.get("/api/v1/persons/overview");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("region").get("code").asString()).isEqualTo("152923000000");
        assertThat(own.json().get("asOf").asString()).isEqualTo(LocalDate.now().toString());

        UserAccount employer = accounts.create("overview-employer", "152923000000", Role.EMPLOYER);
        assertThat(Api.basic(port, employer.username(), AccountFixtures.PASSWORD)
                .get("/api/v1/persons/overview").status()).isEqualTo(403);
    }

    @Test
    void theApiAnswersTheSameFiguresAsThePage() {
        registerHariburigedeyinula();
        Api api = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        Api.Response response = api.get("/api/v1/persons/overview?region=152923102&asOf=2026-06-30");
        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        OverviewFigures expected = report("152923102", MID_2026).figures();
        assertThat(json.get("asOf").asString()).isEqualTo("2026-06-30");
        assertThat(json.get("figures").get("total").asLong()).isEqualTo(expected.total()).isEqualTo(2);
        assertThat(json.get("figures").get("workingAge").asLong()).isEqualTo(1);
        assertThat(json.get("figures").get("employmentRate").asDouble()).isEqualTo(1.0);
        assertThat(json.get("figures").get("employmentRateText").asString()).isEqualTo("100.0%");
        assertThat(json.get("figures").get("categories").get(3).get("count").asLong()).isEqualTo(1);
        assertThat(json.get("children")).hasSize(2);
        assertThat(json.get("children").get(1).get("region").get("name").asString()).isEqualTo("乌兰乌拉嘎查");
        assertThat(json.get("path")).hasSize(4);
        assertThat(json.get("notes").size()).isEqualTo(RegionOverview.NOTES.size());

        assertThat(api.get("/api/v1/persons/overview?region=152923102&asOf=2026-13-01").status()).isEqualTo(400);
        Api.Response future = api.get("/api/v1/persons/overview?asOf=" + LocalDate.now().plusDays(3));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("error").asString()).contains("晚于今天");
        Api.Response noRule = api.get("/api/v1/persons/overview?asOf=1970-01-01");
        assertThat(noRule.status()).isEqualTo(422);
        assertThat(noRule.json().get("error").asString()).contains("退休年龄规则");
    }

    /** 哈日布日格德音乌拉镇 (152923102): a working man in work and a child. */
    private void registerHariburigedeyinula() {
        long man = fixtures.register("152923102200", LocalDate.parse("1983-03-03"), Sex.MALE, 4, 4);
        fixtures.employed(man, "2021-01-01", true);
        long child = fixtures.register("152923102001", LocalDate.parse("2016-03-03"), Sex.FEMALE, 2, 1);
        fixtures.registeredOn(LocalDate.parse("2020-01-01"), man, child);
    }

    @Test
    void theWorkbookHasASheetPerBreakdownAndTheChildRegions(@TempDir Path temp) throws Exception {
        RegionOverviewReport report = report("1529", MID_2026);
        Path file = temp.resolve("overview.xlsx");
        try (var out = Files.newOutputStream(file)) {
            OverviewWorkbook.write(report, out);
        }
        List<String> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.add(entry.getName());
                text.append(org.springframework.web.util.HtmlUtils.htmlUnescape(
                        new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(entries).contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet7.xml");
        assertThat(text).contains("概况", "残疾类别", "残疾等级", "性别", "年龄段", "就业状况", "下级区划",
                "额济纳旗", "阿拉善左旗", "就业率", "口径说明", "0.0%");
        assertThat(OverviewWorkbook.fileName(report)).isEqualTo("人员概况-阿拉善盟-2026-06-30.xlsx");
    }

    private static OverviewFigures sum(List<RegionOverviewReport.Row> rows) {
        OverviewTally total = new OverviewTally();
        for (RegionOverviewReport.Row row : rows) {
            OverviewTally tally = new OverviewTally();
            OverviewFigures f = row.figures();
            long[] c = tally.counts;
            c[OverviewTally.TOTAL] = f.total();
            for (int i = 0; i < 7; i++) {
                c[OverviewTally.CATEGORY + i] = f.categories().get(i).count();
            }
            for (int i = 0; i < 4; i++) {
                c[OverviewTally.GRADE + i] = f.grades().get(i).count();
            }
            c[OverviewTally.SEX] = f.sexes().get(0).count();
            c[OverviewTally.SEX + 1] = f.sexes().get(1).count();
            for (int i = 0; i < OverviewAgeBand.BANDS.size(); i++) {
                c[OverviewTally.BAND + i] = f.ageBands().get(i).count();
            }
            c[OverviewTally.WORKING_AGE] = f.workingAge();
            c[OverviewTally.EMPLOYED] = f.employed();
            c[OverviewTally.NOT_EMPLOYED] = f.notEmployed();
            c[OverviewTally.NO_STATUS] = f.noStatus();
            c[OverviewTally.EMPLOYED + OverviewTally.WORKING_AGE_OFFSET] = f.workingAgeEmployed();
            c[OverviewTally.NOT_EMPLOYED + OverviewTally.WORKING_AGE_OFFSET] = f.workingAgeNotEmployed();
            c[OverviewTally.NO_STATUS + OverviewTally.WORKING_AGE_OFFSET] = f.workingAgeNoStatus();
            c[OverviewTally.NEW_EMPLOYMENT] = f.newEmployment();
            c[OverviewTally.REVOKED] = f.revoked();
            c[OverviewTally.DECEASED] = f.deceased();
            total.add(tally);
        }
        return total.figures();
    }
}
