package org.zhuye.training.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.training.figures.TrainingCounts;
import org.zhuye.training.figures.TrainingFigures;

/**
 * Figures, follow-ups and subsidies on the real database, in 苏尼特右旗 (152524), where no other test puts anyone:
 * 赛汉塔拉镇 and 朱日和镇 for the figures (year 2024), 乌日根塔拉镇 for the subsidies (completed seven months ago).
 */
@ZhuyeTest
class TrainingSubsidiesTest {

    static final Jurisdiction COUNTY = Jurisdiction.of("152524");
    static final Jurisdiction OTHER_COUNTY = Jurisdiction.of("152525");
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate BIRTH = LocalDate.parse("1990-05-05");

    @Autowired
    TrainingCounts counts;
    @Autowired
    TrainingSubsidies subsidies;
    @Autowired
    TrainingFollowups followups;
    @Autowired
    SubsidyFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aPersonOnTwoCoursesIsTwoPersonTimesAndOnePersonAndChildRegionsSumToTheCounty() {
        long provider = fixtures.provider("苏尼特右旗统计测试学校", "152524100001");
        var sewing = fixtures.course(provider, "民族服饰缝纫", "VOCATIONAL", "152524100001", LocalDate.of(2024, 4, 10),
                new BigDecimal("1200"), 2);
        var herding = fixtures.course(provider, "舍饲养殖技术", "PRACTICAL", "152524100001", LocalDate.of(2024, 9, 10),
                new BigDecimal("600"), 2);
        var old = fixtures.course(provider, "往年面点", "VOCATIONAL", "152524100001", LocalDate.of(2023, 6, 1),
                new BigDecimal("800"), 1);
        long twice = people.register("152524100001", BIRTH, Sex.MALE, 1, 3);
        long once = people.register("152524101001", BIRTH, Sex.FEMALE, 2, 4);
        long withdrew = people.register("152524101001", BIRTH, Sex.MALE, 4, 2);
        fixtures.enrol(sewing, twice, 2, "PASSED", LocalDate.of(2024, 4, 10));
        fixtures.enrol(herding, twice, 2, "FAILED", LocalDate.of(2024, 9, 10));
        fixtures.enrol(herding, once, 2, "PASSED", LocalDate.of(2024, 9, 10));
        fixtures.enrol(sewing, withdrew, 1, "WITHDRAWN", LocalDate.of(2024, 3, 1));
        fixtures.enrol(old, withdrew, 1, "PASSED", LocalDate.of(2023, 6, 1));

        TrainingFigures county = counts.figures(TrainingCounts.Query.parse("152524", "2024-01-01", "2024-12-31", null, null,
                COUNTY), COUNTY);
        assertThat(county.total()).isEqualTo(new TrainingFigures.Counts(3, 2));
        assertThat(county.children()).extracting(TrainingFigures.Row::region, TrainingFigures.Row::counts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("152524100000", new TrainingFigures.Counts(2, 1)),
                org.assertj.core.groups.Tuple.tuple("152524101000", new TrainingFigures.Counts(1, 1)));
        assertThat(county.byKind().get(org.zhuye.training.CourseKind.PRACTICAL)).isEqualTo(new TrainingFigures.Counts(2, 2));
        TrainingFigures township = counts.figures(TrainingCounts.Query.parse("152524100", "2024-01-01", "2024-12-31", null,
                null, COUNTY), COUNTY);
        assertThat(township.total()).isEqualTo(county.children().get(0).counts());
        TrainingFigures league = counts.figures(TrainingCounts.Query.parse("1525", "2024-01-01", "2024-12-31", null, null,
                Jurisdiction.of("1525")), Jurisdiction.of("1525"));
        assertThat(league.children()).filteredOn(r -> r.region().equals("152524000000"))
                .extracting(TrainingFigures.Row::counts).containsExactly(new TrainingFigures.Counts(3, 2));
        assertThat(counts.ofPerson(twice, COUNTY)).isEqualTo(new TrainingFigures.Counts(2, 1));

        assertThatThrownBy(() -> TrainingCounts.Query.parse("1526", "2024-13-01", "2023-01-01", "COOKING", null, COUNTY))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("region", "from", "kind"));

        UserAccount staff = accounts.create("sunite-fig", "152524000000", Role.STAFF);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        var json = api.get("/api/v1/training/figures?region=152524&from=2024-01-01&to=2024-12-31").json();
        assertThat(json.get("personTimes").asLong()).isEqualTo(3);
        assertThat(json.get("persons").asLong()).isEqualTo(2);
        var bad = api.get("/api/v1/training/figures?region=152524&from=2024-01-01&to=2023-12-31&kind=X");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fieldErrors").get("to").asText()).isEqualTo("结束日期不能早于开始日期");
        assertThat(bad.json().get("fieldErrors").has("kind")).isTrue();
        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(page.get("/training/figures?region=152524&from=2024-01-01&to=2024-12-31").body())
                .contains("赛汉塔拉镇", "朱日和镇", "data-figure=\"person-times\">3<");
        var csv = page.get("/training/figures.csv?region=152524&from=2024-01-01&to=2024-12-31");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("赛汉塔拉镇,152524100000,2,1");
    }

    @Test
    void fourTraineesGetTheirFourLevelsWithTheirBasisAndAConfirmedSubsidyNeverChanges() {
        LocalDate completed = TODAY.minusMonths(7);
        String village = "152524102001";
        long provider = fixtures.provider("乌日根塔拉补贴测试学校", village);
        var course = fixtures.course(provider, "中式面点师（补贴测试）", "VOCATIONAL", village, completed,
                new BigDecimal("1500.00"), 4);
        long working = people.register(village, BIRTH, Sex.MALE, 1, 3);
        long certified = people.register(village, BIRTH, Sex.FEMALE, 2, 3);
        long special = people.register(village, BIRTH, Sex.MALE, 3, 3);
        long absent = people.register(village, BIRTH, Sex.FEMALE, 4, 3);
        people.notEmployed(certified, completed.minusYears(1).toString(), true);
        long e1 = fixtures.enrol(course, working, 4, "PASSED", completed);
        long e2 = fixtures.enrol(course, certified, 4, "PASSED", completed);
        long e3 = fixtures.enrol(course, special, 4, "PASSED", completed);
        long e4 = fixtures.enrol(course, absent, 3, "PASSED", completed);
        fixtures.certificate(e1, working, "SKILL_LEVEL", 5, completed);
        fixtures.certificate(e2, certified, "SKILL_LEVEL", 5, completed);
        fixtures.certificate(e3, special, "SPECIAL", null, completed);
        fixtures.certificate(e4, absent, "SKILL_LEVEL", 5, completed);

        assertThat(followups.due("152524102%", TODAY, 50, COUNTY)).extracting(Followup::enrolmentId)
                .contains(e1, e2, e3, e4);
        assertThat(followups.find(e2, COUNTY).orElseThrow().registryEmployed()).as("pre-filled from the registry").isFalse();
        // Everything wrong at once, nothing saved.
        assertThatThrownBy(() -> followups.record(e1, new FollowupInput(TODAY.plusDays(3).toString(), "也许", null, null, null,
                null), COUNTY)).isInstanceOfSatisfying(TrainingRuleException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("visitedOn", "working"));
        LocalDate hired = completed.plusMonths(2);
        Followup visit = followups.record(e1, new FollowupInput(TODAY.toString(), "true", hired.toString(), "1",
                "苏尼特右旗民族食品厂", "在面点车间"), COUNTY);
        assertThat(visit.employmentEventId()).as("the job went into the registry").isNotNull();
        EmploymentRecord status = employment.findStatusOn(working, hired, COUNTY).orElseThrow();
        assertThat(status.employed()).isTrue();
        assertThat(status.form()).isEqualTo(1);
        assertThat(status.employerName()).isEqualTo("苏尼特右旗民族食品厂");
        followups.record(e2, new FollowupInput(TODAY.toString(), "false", null, null, null, null), COUNTY);
        assertThatThrownBy(() -> followups.record(e2, new FollowupInput(TODAY.toString(), "false", null, null, null, null),
                COUNTY)).isInstanceOf(TrainingRuleException.class);
        assertThat(auditCount("training-followup", e1)).isEqualTo(1);

        var computed = subsidies.compute(course.id(), COUNTY);
        assertThat(computed.calculated()).isEqualTo(4);
        Subsidy full = bySubsidyOf(e1);
        assertThat(full.level()).isEqualTo(SubsidyLevel.FULL);
        assertThat(full.amount()).isEqualByComparingTo("1500.00");
        assertThat(full.employedOn()).isEqualTo(hired);
        assertThat(full.employmentSource()).isEqualTo("FOLLOWUP");
        assertThat(full.attendancePercent()).isEqualByComparingTo("100");
        assertThat(full.certificateText()).startsWith("职业技能等级证书（五级/初级工）");
        Subsidy cert = bySubsidyOf(e2);
        assertThat(cert.level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        assertThat(cert.amount()).isEqualByComparingTo("1200.00");
        assertThat(cert.employedOn()).isNull();
        Subsidy sp = bySubsidyOf(e3);
        assertThat(sp.level()).isEqualTo(SubsidyLevel.SPECIAL);
        assertThat(sp.amount()).isEqualByComparingTo("900.00");
        Subsidy low = bySubsidyOf(e4);
        assertThat(low.level()).isEqualTo(SubsidyLevel.NONE);
        assertThat(low.amount()).isEqualByComparingTo("0");
        assertThat(low.attendedHours()).isEqualByComparingTo("30");
        assertThat(low.reasons().get(0)).contains("75%", "80%");
        assertThat(full.ruleEvidence().confirmed()).isFalse();

        Subsidy confirmed = subsidies.confirm(cert.id(), cert.version(), COUNTY);
        assertThat(confirmed.confirmed()).isTrue();
        assertThatThrownBy(() -> subsidies.confirm(low.id(), low.version() + 5, COUNTY))
                .isInstanceOf(StaleTrainingRecordException.class);
        // The basis moves: a job for the confirmed trainee, the missing session for the absent one.
        people.employed(certified, completed.plusMonths(1).toString(), false);
        fixtures.attend(course.sessions().get(3), e4);
        var again = subsidies.compute(course.id(), COUNTY);
        assertThat(again.confirmed()).isEqualTo(1);
        assertThat(again.calculated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(bySubsidyOf(e2).amount()).as("confirmed is frozen").isEqualByComparingTo("1200.00");
        assertThat(bySubsidyOf(e2).level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        assertThat(bySubsidyOf(e4).level()).isEqualTo(SubsidyLevel.CERTIFICATE);
        assertThat(auditCount("training-subsidy", bySubsidyOf(e4).id())).isEqualTo(2);

        // Outside the course's area: nothing there.
        assertThat(subsidies.find(full.id(), OTHER_COUNTY)).isEmpty();
        assertThatThrownBy(() -> subsidies.compute(course.id(), OTHER_COUNTY)).isInstanceOf(TrainingNotFoundException.class);
        assertThatThrownBy(() -> followups.record(e3, new FollowupInput(TODAY.toString(), "false", null, null, null, null),
                OTHER_COUNTY)).isInstanceOf(TrainingNotFoundException.class);

        UserAccount outsider = accounts.create("dongwu-sub", "152525000000", Role.STAFF);
        assertThat(PageSession.signIn(port, outsider.username(), AccountFixtures.PASSWORD)
                .get("/training/subsidies/" + full.id()).status()).isEqualTo(404);
        UserAccount staff = accounts.create("sunite-sub", "152524000000", Role.STAFF);
        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(page.get("/training/subsidies/" + full.id()).body()).contains("1500.00 元", "培训后跟踪", "五级/初级工");
        // Two of the four are still due (the special certificate and the absent trainee): the home page says so.
        assertThat(page.get("/").body()).contains("培训后跟踪到期", "/training/subsidies#followups");
        assertThat(page.get("/persons/" + working + "/training").body()).contains("中式面点师（补贴测试）", "全额");
        assertThat(PageSession.signIn(port, outsider.username(), AccountFixtures.PASSWORD)
                .get("/persons/" + working + "/training").status()).isEqualTo(404);

        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        var list = api.get("/api/v1/training/subsidies?course=" + course.id() + "&from=2000-01-01&to=2999-12-31").json();
        assertThat(list.get("total").asInt()).isEqualTo(4);
        assertThat(list.get("subsidies").get(0).get("basis").has("attendancePercent")).isTrue();
        var stale = api.postJson("/api/v1/training/subsidies/" + low.id() + "/confirm?version=0", "{}");
        assertThat(stale.status()).isEqualTo(409);
        var ok = api.postJson("/api/v1/training/subsidies/" + low.id() + "/confirm?version=" + bySubsidyOf(e4).version(), "{}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("status").asText()).isEqualTo("CONFIRMED");
        var invalid = api.postJson("/api/v1/training/followups", "{\"enrolmentId\": " + e3 + ", \"visitedOn\": \"昨天\", \"working\": \"true\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("fieldErrors").get("visitedOn").asText()).contains("YYYY-MM-DD");
        assertThat(invalid.json().get("fieldErrors").get("employedOn").asText()).contains("就业起始日期");
        UserAccount viewer = accounts.create("sunite-view", "152524000000", Role.VIEWER);
        assertThat(Api.basic(port, viewer.username(), AccountFixtures.PASSWORD)
                .postJson("/api/v1/training/subsidies/" + full.id() + "/confirm?version=" + full.version(), "{}").status())
                .isEqualTo(404);
    }

    private Subsidy bySubsidyOf(long enrolment) {
        long id = jdbc.sql("SELECT id FROM training_subsidy WHERE enrolment_id = ?").param(enrolment).query(Long.class).single();
        return subsidies.find(id, COUNTY).orElseThrow();
    }

    private long auditCount(String type, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = ? AND object_id = ?")
                .params(type, String.valueOf(id)).query(Long.class).single();
    }
}
