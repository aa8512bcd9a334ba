package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.assessment.AssessmentInput;
import org.zhuye.casework.assessment.Assessments;
import org.zhuye.casework.demand.DemandInput;
import org.zhuye.casework.demand.Demands;
import org.zhuye.casework.dibao.DibaoTapers;
import org.zhuye.casework.followup.FollowupInput;
import org.zhuye.casework.followup.Followups;
import org.zhuye.casework.plan.Plan;
import org.zhuye.casework.plan.PlanInput;
import org.zhuye.casework.plan.Plans;
import org.zhuye.casework.publicpost.Placement;
import org.zhuye.casework.publicpost.PlacementInput;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.Sex;
import org.zhuye.person.household.Households;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * Casework follows a merged person (person.PersonsMerged), on the real database, in 海拉尔区
 * (150702), where no other test puts anyone: each test uses its own 街道 and its own birth date, so
 * its pair of lookalikes is flagged only with each other and its counts are exact.
 */
@ZhuyeTest
class MergedCaseworkTest {

    static final Jurisdiction HAILAR = Jurisdiction.of("150702");
    static final LocalDate TODAY = LocalDate.now();
    static final int YEAR = TODAY.getYear();

    @Autowired
    OverviewFixtures people;
    @Autowired
    DuplicateReview duplicates;
    @Autowired
    CaseworkServices services;
    @Autowired
    CaseworkCoverage coverage;
    @Autowired
    WorkList workList;
    @Autowired
    Assessments assessments;
    @Autowired
    Demands demands;
    @Autowired
    Followups followups;
    @Autowired
    Plans plans;
    @Autowired
    PublicPosts posts;
    @Autowired
    DibaoTapers tapers;
    @Autowired
    Households households;
    @Autowired
    PersonRepository persons;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMergeMovesEveryKindOfCaseworkRecordToTheKeptPersonAndRecordsTheCounts() {
        // 正阳街道 (150702001): the kept record in 天润, its duplicate in 向华.
        LocalDate birth = LocalDate.parse("1985-01-11");
        long kept = people.register("150702001001", birth, Sex.MALE, 4, 3);
        long gone = people.register("150702001002", birth, Sex.MALE, 4, 3);
        people.notEmployed(gone, "2025-01-01", true);
        long household = households.createFor(gone, "天润小区1号", LocalDate.parse("2020-01-01"), HAILAR);
        households.startDibao(household, LocalDate.parse("2024-01-01"), HAILAR);

        services.record(gone, service("VERIFICATION", "CONFIRMED"), HAILAR);
        long mistaken = services.record(gone, service("VERIFICATION", "CONFIRMED"), HAILAR);
        services.voidService(gone, mistaken, "登记错人", HAILAR);
        long assessed = services.record(gone, service("ASSESSMENT", "ABLE"), HAILAR);
        assessments.record(gone, assessed, new AssessmentInput("3", "3", "3", "3", "3", "3", null, null, null, null, null, null,
                List.of("QUOTA")), HAILAR);
        long demand = services.record(gone, service("DEMAND", "WANTS_JOB"), HAILAR);
        demands.record(gone, demand, new DemandInput(List.of("4-01"), List.of("150702000000"), "FULL_TIME", "2500",
                List.of(), null, null, null), HAILAR);
        long job = services.record(gone, new ServiceInput("SERVICE", TODAY.minusDays(40).toString(), "乌云",
                "推荐到海拉尔区某超市理货岗位", "EMPLOYED", "REFERRAL", "灵活就业", "海拉尔某超市", "理货员", "2600"), HAILAR);
        followups.record(gone, job, new FollowupInput("1", TODAY.toString(), "乌云", "true", "40", "2600", null), HAILAR);
        long plan = plans.create(gone, new PlanInput("HARD_CASE", "", "", "稳定就业", "岗位推介", "admin",
                TODAY.plusDays(30).toString()), HAILAR);
        long placement = posts.place(gone, new PlacementInput("护路员", "", "正阳街道", TODAY.minusDays(5).toString(),
                TODAY.plusYears(1).toString(), ""), false, HAILAR);
        assertThat(tapers.findInTaper(RegionCode.of("150702001"), TODAY, false, HAILAR))
                .as("the job found through casework started a taper").extracting(DibaoTapers.Taper::personId).containsExactly(gone);

        duplicates.merge(flag(kept, gone), kept, HAILAR);

        for (String table : List.of("casework_service", "casework_plan", "public_post_placement", "dibao_taper")) {
            assertThat(countFor(table, gone)).as(table + " left on the merged record").isZero();
        }
        assertThat(services.findForPerson(kept, HAILAR)).hasSize(5)
                .filteredOn(ServiceRecord::voided).singleElement().extracting(ServiceRecord::id).isEqualTo(mistaken);
        assertThat(assessments.findForPerson(kept, HAILAR)).singleElement().extracting(a -> a.serviceId()).isEqualTo(assessed);
        assertThat(demands.findCurrent(kept, HAILAR).orElseThrow().serviceId()).isEqualTo(demand);
        assertThat(jdbc.sql("SELECT s.person_id FROM casework_followup f JOIN casework_service s ON s.id = f.service_id WHERE s.id = ?")
                .param(job).query(Long.class).single()).isEqualTo(kept);
        assertThat(plans.findForPerson(kept, HAILAR)).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(plan)).satisfies(p -> assertThat(p.open()).isTrue());
        assertThat(posts.forPerson(kept, HAILAR)).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(placement)).satisfies(p -> assertThat(p.voided()).isFalse());
        assertThat(tapers.findInTaper(RegionCode.of("150702001"), TODAY, false, HAILAR))
                .extracting(DibaoTapers.Taper::personId).containsExactly(kept);

        assertThat(movedCounts(kept)).isEqualTo("assessments=1 demands=1 dibaoTapers=1 dibaoTapersVoided=0 followups=1 plans=1 "
                + "plansClosed=0 publicPostEventsVoided=0 publicPostPlacements=1 publicPostPlacementsVoided=0 services=5 mergedFrom=" + gone);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_service SET person_id = ? WHERE person_id = ?").params(gone, kept).update())
                .as("a record moves only to the person its own was merged into").hasMessageContaining("merged into");
    }

    @Test
    void whenBothRecordsHoldWhatMayExistOnlyOnceTheKeptOneStandsAndTheOtherIsMarkedWithTheReason() {
        // 健康街道 (150702002): both records on 低保, placed in 公益性岗位 over the same days, each with a plan.
        LocalDate birth = LocalDate.parse("1986-02-12");
        long kept = people.register("150702002001", birth, Sex.FEMALE, 4, 3);
        long gone = people.register("150702002002", birth, Sex.FEMALE, 4, 3);
        for (long id : List.of(kept, gone)) {
            people.notEmployed(id, "2023-01-01", true);
            long household = households.createFor(id, "南开小区" + id + "号", LocalDate.parse("2020-01-01"), HAILAR);
            households.startDibao(household, LocalDate.parse("2023-01-01"), HAILAR);
            services.record(id, service("VERIFICATION", "CONFIRMED"), HAILAR);
        }
        // An earlier placement of the duplicate, with its own taper, that clashes with nothing.
        long earlier = posts.place(gone, new PlacementInput("保洁员", "", "健康街道", "2024-01-01", "2024-12-31", ""), false, HAILAR);
        people.notEmployed(gone, "2025-01-01", false);
        long keptPost = posts.place(kept, new PlacementInput("护路员", "", "健康街道", TODAY.minusDays(20).toString(),
                TODAY.plusYears(1).toString(), ""), false, HAILAR);
        long gonePost = posts.place(gone, new PlacementInput("护路员", "", "健康街道", TODAY.minusDays(18).toString(),
                TODAY.plusYears(1).toString(), ""), false, HAILAR);
        long keptTaper = taperOf(kept, TODAY.minusDays(20));
        long goneTaper = taperOf(gone, TODAY.minusDays(18));
        long earlierTaper = taperOf(gone, LocalDate.parse("2024-01-01"));
        long keptPlan = plans.create(kept, new PlanInput("HARD_CASE", "", "", "稳定在岗", "定期回访", "admin",
                TODAY.plusDays(30).toString()), HAILAR);
        long gonePlan = plans.create(gone, new PlanInput("HARD_CASE", "", "", "稳定在岗", "联系用人单位", "admin",
                TODAY.plusDays(10).toString()), HAILAR);

        duplicates.merge(flag(kept, gone), kept, HAILAR);

        List<Placement> placements = posts.forPerson(kept, HAILAR);
        assertThat(placements).extracting(Placement::id).containsExactlyInAnyOrder(keptPost, gonePost, earlier);
        assertThat(placements).filteredOn(Placement::voided).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(gonePost);
            assertThat(p.voidReason()).contains("人员记录合并", "人员 " + kept, "编号 " + keptPost);
        });
        assertThat(tapers.findInTaper(RegionCode.of("150702002"), TODAY, false, HAILAR))
                .extracting(DibaoTapers.Taper::id).containsExactly(keptTaper);
        assertThat(jdbc.sql("SELECT void_reason FROM dibao_taper WHERE id = ?").param(goneTaper).query(String.class).single())
                .contains("人员记录合并", "编号 " + keptTaper);
        assertThat(jdbc.sql("SELECT person_id || ':' || (voided_at IS NULL) FROM dibao_taper WHERE id = ?").param(earlierTaper)
                .query(String.class).single()).as("a taper of another time moves as it is").isEqualTo(kept + ":true");
        List<Plan> keptPlans = plans.findForPerson(kept, HAILAR);
        assertThat(keptPlans).filteredOn(Plan::open).extracting(Plan::id).containsExactly(keptPlan);
        assertThat(keptPlans).filteredOn(p -> p.id() == gonePlan).singleElement().satisfies(p -> {
            assertThat(p.closedOn()).isEqualTo(TODAY);
            assertThat(p.outcome()).contains("人员记录合并", "编号 " + keptPlan);
            assertThat(p.goals()).isEqualTo("稳定在岗");
        });
        assertThat(services.findForPerson(kept, HAILAR)).as("two verifications are no clash: both stand")
                .hasSize(2).noneMatch(ServiceRecord::voided);
        assertThat(jdbc.sql("""
                SELECT e.void_reason FROM employment_event e JOIN public_post_placement x ON x.employment_event_id = e.id
                WHERE x.id = ?""").param(gonePost).query(String.class).single())
                .as("the duplicate placement's move into work is voided with it").contains("人员记录合并");
        assertThat(jdbc.sql("""
                SELECT e.voided_at IS NULL FROM employment_event e JOIN public_post_placement x ON x.employment_event_id = e.id
                WHERE x.id = ?""").param(keptPost).query(Boolean.class).single()).isTrue();
        assertThat(employment.findStatusOn(kept, TODAY, HAILAR).orElseThrow().employed()).isTrue();
        assertThat(employment.countNewEmployment(TODAY.minusDays(30), TODAY, Jurisdiction.of("150702002")))
                .as("one move into work, not two").isEqualTo(1);
        assertThat(movedCounts(kept)).isEqualTo("assessments=0 demands=0 dibaoTapers=2 dibaoTapersVoided=1 followups=0 plans=1 plansClosed=1 "
                + "publicPostEventsVoided=1 publicPostPlacements=2 publicPostPlacementsVoided=1 services=1 mergedFrom=" + gone);
    }

    @Test
    void aFailureWhileMovingCaseworkUndoesTheWholeMerge() {
        // 靠山街道 (150702003).
        LocalDate birth = LocalDate.parse("1987-03-13");
        long kept = people.register("150702003001", birth, Sex.MALE, 2, 2);
        long gone = people.register("150702003002", birth, Sex.MALE, 2, 2);
        long event = people.notEmployed(gone, "2025-01-01", true);
        long service = services.record(gone, service("VERIFICATION", "CONFIRMED"), HAILAR);
        plans.create(gone, new PlanInput("HARD_CASE", "", "", "稳定就业", "岗位推介", "admin", TODAY.plusDays(30).toString()), HAILAR);
        long flag = flag(kept, gone);
        // The plans are moved after the services: a refusal there must undo the services' move too.
        jdbc.sql("CREATE FUNCTION merge_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'merge test: plan move refused'; END $$")
                .update();
        jdbc.sql("CREATE TRIGGER merge_test_refuse BEFORE UPDATE ON casework_plan FOR EACH ROW WHEN (OLD.person_id = " + gone
                + ") EXECUTE FUNCTION merge_test_refuse()").update();
        try {
            assertThatThrownBy(() -> duplicates.merge(flag, kept, HAILAR)).hasMessageContaining("plan move refused");
        } finally {
            jdbc.sql("DROP TRIGGER merge_test_refuse ON casework_plan").update();
            jdbc.sql("DROP FUNCTION merge_test_refuse()").update();
        }

        assertThat(persons.find(gone, HAILAR).orElseThrow().mergedInto()).isNull();
        assertThat(jdbc.sql("SELECT person_id FROM casework_service WHERE id = ?").param(service).query(Long.class).single()).isEqualTo(gone);
        assertThat(jdbc.sql("SELECT person_id FROM employment_event WHERE id = ?").param(event).query(Long.class).single()).isEqualTo(gone);
        assertThat(jdbc.sql("SELECT status FROM duplicate_flag WHERE id = ?").param(flag).query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('DUPLICATE_MERGED', 'CASEWORK_MERGED') AND object_id IN (?, ?)")
                .params(String.valueOf(kept), String.valueOf(gone)).query(Long.class).single()).isZero();

        duplicates.merge(flag, kept, HAILAR);
        assertThat(jdbc.sql("SELECT person_id FROM casework_service WHERE id = ?").param(service).query(Long.class).single()).isEqualTo(kept);
    }

    @Test
    void coverageCountsTheMergedPairAsOnePersonWithTheServicesOfBoth() {
        // 胜利街道 (150702004): the kept record in 秀水, its duplicate in 新春.
        LocalDate birth = LocalDate.parse("1988-04-14");
        long kept = people.register("150702004001", birth, Sex.FEMALE, 1, 4);
        long gone = people.register("150702004002", birth, Sex.FEMALE, 1, 4);
        people.notEmployed(kept, "2025-01-01", true);
        people.notEmployed(gone, "2025-01-01", true);
        services.record(kept, service("VERIFICATION", "CONFIRMED"), HAILAR);
        services.record(kept, service("ASSESSMENT", "ABLE"), HAILAR);
        services.record(gone, service("DEMAND", "WANTS_JOB"), HAILAR);
        services.record(gone, service("SERVICE", "ONGOING"), HAILAR);
        RegionCode township = RegionCode.of("150702004");
        assertThat(coverage.find(township, YEAR, HAILAR).orElseThrow().figures())
                .isEqualTo(new CoverageFigures(2, 1, 1, 1, 1, 0, 2));

        duplicates.merge(flag(kept, gone), kept, HAILAR);

        CoverageReport report = coverage.find(township, YEAR, HAILAR).orElseThrow();
        assertThat(report.figures()).isEqualTo(new CoverageFigures(1, 1, 1, 1, 1, 1, 0));
        assertThat(report.children()).filteredOn(row -> row.region().code().equals("150702004002"))
                .singleElement().extracting(CoverageReport.Row::figures).isEqualTo(CoverageFigures.NONE);
        assertThat(workList.find(new WorkList.Query(township, YEAR, null, WorkList.Order.VILLAGE, 0, 50), HAILAR).total()).isZero();
    }

    private long flag(long a, long b) {
        return jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ? AND status = 'OPEN'")
                .params(Math.min(a, b), Math.max(a, b)).query(Long.class).single();
    }

    private long countFor(String table, long personId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?").param(personId).query(Long.class).single();
    }

    private long taperOf(long personId, LocalDate started) {
        return jdbc.sql("SELECT id FROM dibao_taper WHERE person_id = ? AND work_started_on = ?")
                .params(personId, java.sql.Date.valueOf(started)).query(Long.class).single();
    }

    /** The merge's casework audit record as "key=value …" by key, then where the records came from. */
    private String movedCounts(long kept) {
        return jdbc.sql("""
                SELECT (SELECT string_agg(key || '=' || value, ' ' ORDER BY key COLLATE "C") FROM jsonb_each_text(after_state))
                       || ' mergedFrom=' || (before_state ->> 'mergedFrom')
                FROM audit_event WHERE action = 'CASEWORK_MERGED' AND object_id = ?
                """).param(String.valueOf(kept)).query(String.class).single();
    }

    private static ServiceInput service(String kind, String outcome) {
        return new ServiceInput(kind, TODAY.toString(), "乌云", "入户面谈", outcome, kind.equals("SERVICE") ? "GUIDANCE" : null,
                null, null, null, null);
    }
}
