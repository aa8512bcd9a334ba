package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * The 四个一 cycle on the real registry and database, in 东胜区 (150602), where no other test puts
 * anyone: each test uses its own 街道 so its counts are exact (the browser test uses 公园街道).
 */
@ZhuyeTest
class CaseworkCycleTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();
    static final int YEAR = TODAY.getYear();

    @Autowired
    OverviewFixtures people;
    @Autowired
    CaseworkServices services;
    @Autowired
    CaseworkCoverage coverage;
    @Autowired
    WorkList workList;
    @Autowired
    PersonRegistry registry;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountFixtures accounts;
    @LocalServerPort
    int port;

    @Test
    void coverageCountsEachKindOnceCompleteOnlyWithAllFourAndOnlyForTheCohort() {
        // 交通街道 (150602001): 吉劳庆社区 and 锦秀社区.
        long served = people.register("150602001001", LocalDate.parse("1985-04-04"), Sex.MALE, 4, 2);
        people.notEmployed(served, "2025-01-01", true);
        long verifiedOnly = people.register("150602001002", LocalDate.parse("1992-08-08"), Sex.FEMALE, 1, 3);
        long inWork = people.register("150602001001", LocalDate.parse("1980-02-02"), Sex.MALE, 4, 4);
        people.employed(inWork, "2024-03-01", true);
        long retired = people.register("150602001001", LocalDate.parse("1950-05-05"), Sex.FEMALE, 2, 2);

        for (ServiceKind kind : ServiceKind.values()) {
            services.record(served, input(kind), PROVINCE);
        }
        services.record(served, input(ServiceKind.SERVICE), PROVINCE);
        services.record(verifiedOnly, input(ServiceKind.VERIFICATION), PROVINCE);
        services.record(inWork, input(ServiceKind.SERVICE), PROVINCE);
        services.record(retired, input(ServiceKind.VERIFICATION), PROVINCE);

        CoverageReport report = coverage.find(RegionCode.of("150602001"), YEAR, PROVINCE).orElseThrow();
        assertThat(report.figures()).isEqualTo(new CoverageFigures(2, 2, 1, 1, 1, 1, 1));
        assertThat(report.children()).extracting(row -> row.region().name()).startsWith("吉劳庆社区", "锦秀社区");
        assertThat(report.children().get(0).figures()).isEqualTo(new CoverageFigures(1, 1, 1, 1, 1, 1, 0));
        assertThat(report.children().get(1).figures()).isEqualTo(new CoverageFigures(1, 1, 0, 0, 0, 0, 1));
        assertThat(report.unassigned()).isNull();

        WorkList.Page open = workList.find(new WorkList.Query(RegionCode.of("150602001"), YEAR, null,
                WorkList.Order.VILLAGE, 0, 50), PROVINCE);
        assertThat(open.entries()).extracting(e -> e.person().id()).containsExactly(verifiedOnly);
        assertThat(open.entries().get(0).missing()).containsExactly(ServiceKind.ASSESSMENT, ServiceKind.DEMAND, ServiceKind.SERVICE);
        assertThat(workList.find(new WorkList.Query(RegionCode.of("150602001"), YEAR, ServiceKind.VERIFICATION,
                WorkList.Order.VILLAGE, 0, 50), PROVINCE).total()).isZero();
    }

    @Test
    void aServiceThatEndsInAJobRecordsTheMoveIntoWorkAndThePersonStaysCounted() {
        // 林荫街道 (150602003).
        long seeker = people.register("150602003001", LocalDate.parse("1988-09-09"), Sex.FEMALE, 1, 4);
        people.notEmployed(seeker, "2025-06-01", true);
        registeredOn(LocalDate.parse("2025-06-01"), seeker);
        RegionCode township = RegionCode.of("150602003");
        assertThat(openIds(township)).containsExactly(seeker);

        long id = services.record(seeker, new ServiceInput("SERVICE", TODAY.toString(), "乌云", "推荐到东胜区某超市理货岗位",
                "EMPLOYED", "REFERRAL", "灵活就业", "东胜某超市", "理货员", "2600"), PROVINCE);

        List<EmploymentRecord> history = employment.findHistory(seeker, PROVINCE);
        EmploymentRecord job = history.get(0);
        assertThat(job.employed()).isTrue();
        assertThat(job.baseline()).as("a move into work, not a baseline").isFalse();
        assertThat(job.effectiveOn()).isEqualTo(TODAY);
        assertThat(job.employerName()).isEqualTo("东胜某超市");
        assertThat(services.find(seeker, id, PROVINCE).orElseThrow().employmentEventId()).isEqualTo(job.id());

        assertThat(openIds(township)).as("in work now: off the open list").isEmpty();
        CoverageFigures figures = coverage.find(township, YEAR, PROVINCE).orElseThrow().figures();
        assertThat(figures.eligible()).as("still in this year's cohort").isEqualTo(1);
        assertThat(figures.served()).isEqualTo(1);

        services.voidService(seeker, id, "误录：本人未入职", PROVINCE);
        assertThat(employment.findHistory(seeker, PROVINCE).get(0).voided()).as("the job goes with the service").isTrue();
        assertThat(openIds(township)).containsExactly(seeker);
        assertThat(coverage.find(township, YEAR, PROVINCE).orElseThrow().figures().served()).isZero();
    }

    @Test
    void badInputSavesNothingAndNamesEveryProblem() {
        // 建设街道 (150602004).
        long person = people.register("150602004001", LocalDate.parse("1990-01-01"), Sex.MALE, 4, 3);
        long before = jdbc.sql("SELECT count(*) FROM casework_service WHERE person_id = ?").param(person).query(Long.class).single();
        assertThatThrownBy(() -> services.record(person, new ServiceInput("SERVICE", TODAY.toString(), "乌云", "推荐",
                "EMPLOYED", "REFERRAL", "开出租", null, null, "很多"), PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("jobForm", "monthlyIncome"));
        assertThatThrownBy(() -> services.record(person, new ServiceInput("ASSESSMENT", "2021-03-01", "乌云", "评估",
                "ABLE", null, null, null, null, null), PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("servedOn"))
                        .contains("2021"));
        assertThat(jdbc.sql("SELECT count(*) FROM casework_service WHERE person_id = ?").param(person).query(Long.class).single())
                .isEqualTo(before);
        assertThat(employment.findHistory(person, PROVINCE)).isEmpty();
        assertThatThrownBy(() -> services.voidService(person, 1, " ", PROVINCE)).isInstanceOf(CaseworkRuleException.class);
    }

    @Test
    void recordsCanOnlyBeVoidedNeverEditedOrDeleted() {
        long person = people.register("150602004002", LocalDate.parse("1991-01-01"), Sex.FEMALE, 4, 3);
        long id = services.record(person, input(ServiceKind.DEMAND), PROVINCE);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_service SET content = '改过' WHERE id = ?").param(id).update())
                .hasMessageContaining("only by being voided");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casework_service WHERE id = ?").param(id).update())
                .hasMessageContaining("never deleted");
        services.voidService(person, id, "重复登记", PROVINCE);
        assertThat(services.findForPerson(person, PROVINCE).get(0).voidReason()).isEqualTo("重复登记");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action LIKE 'CASEWORK_%'")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theCoverageApiAnswersTheFiguresAndKeepsToTheJurisdiction() {
        // 富兴街道 (150602005).
        long person = people.register("150602005001", LocalDate.parse("1979-07-07"), Sex.MALE, 3, 2);
        for (ServiceKind kind : ServiceKind.values()) {
            services.record(person, input(kind), PROVINCE);
        }
        Api admin = Api.basic(port, "admin", org.zhuye.testing.ZhuyeTest.ADMIN_PASSWORD);
        Api.Response response = admin.get("/api/v1/casework/coverage?region=150602005&year=" + YEAR);
        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        for (String field : List.of("eligible", "verified", "assessed", "demandRegistered", "served", "complete")) {
            assertThat(json.get(field).asLong()).as(field).isEqualTo(1);
        }
        assertThat(json.get("rates").get("complete").asDouble()).isEqualTo(1.0);
        assertThat(json.get("children").get(0).get("region").get("name").asText()).isEqualTo("沃热社区");
        assertThat(json.get("children").get(0).get("complete").asLong()).isEqualTo(1);

        assertThat(admin.get("/api/v1/casework/coverage?region=150602005&year=2019").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/casework/coverage?region=150602005&year=20x6").json().get("error").asText())
                .contains("年度须为四位数字");

        var county = accounts.create("cw-baotou", "150203000000", Role.STAFF);
        Api elsewhere = Api.basic(port, county.username(), AccountFixtures.PASSWORD);
        assertThat(elsewhere.get("/api/v1/casework/coverage?region=150602005&year=" + YEAR).status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/casework/coverage?year=" + YEAR).status()).isEqualTo(200);
    }

    /** Dates a registration back, as a record taken over from an older register is (the cohort starts at registration). */
    private void registeredOn(LocalDate date, long id) {
        jdbc.sql("UPDATE person SET registered_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(date), id).update();
        events.publishEvent(org.zhuye.person.PersonsChanged.of(id));
    }

    private List<Long> openIds(RegionCode region) {
        return workList.find(new WorkList.Query(region, YEAR, null, WorkList.Order.VILLAGE, 0, 50), PROVINCE)
                .entries().stream().map(e -> e.person().id()).toList();
    }

    private static ServiceInput input(ServiceKind kind) {
        return switch (kind) {
            case VERIFICATION -> new ServiceInput("VERIFICATION", TODAY.toString(), "乌云", "入户核对证件和电话", "CONFIRMED",
                    null, null, null, null, null);
            case ASSESSMENT -> new ServiceInput("ASSESSMENT", TODAY.toString(), "乌云", "面谈评估", "ABLE", null, null, null, null, null);
            case DEMAND -> new ServiceInput("DEMAND", TODAY.toString(), "乌云", "希望在附近做保洁", "WANTS_JOB", null, null, null, null, null);
            case SERVICE -> new ServiceInput("SERVICE", TODAY.toString(), "乌云", "讲解求职技巧", "ONGOING", "GUIDANCE", null, null, null, null);
        };
    }
}
