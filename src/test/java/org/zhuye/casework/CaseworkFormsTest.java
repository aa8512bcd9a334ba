package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.casework.assessment.AbilityLevel;
import org.zhuye.casework.assessment.Assessment;
import org.zhuye.casework.assessment.AssessmentInput;
import org.zhuye.casework.assessment.Assessments;
import org.zhuye.casework.demand.Demand;
import org.zhuye.casework.demand.DemandInput;
import org.zhuye.casework.demand.Demands;
import org.zhuye.casework.demand.OccupationClasses;
import org.zhuye.casework.followup.FollowupInput;
import org.zhuye.casework.followup.Followups;
import org.zhuye.casework.followup.RetentionFigures;
import org.zhuye.casework.followup.RetentionReport;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The structured forms of the 四个一 on the real database, in 集宁区 (150902) where no other test
 * puts anyone: assessments and demands in 新体路街道 (150902001), follow-ups in 桥东街道 (150902002);
 * the browser test uses 前进路街道 (150902003).
 */
@ZhuyeTest
class CaseworkFormsTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final Jurisdiction JINING = Jurisdiction.of("150902");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    CaseworkServices services;
    @Autowired
    Assessments assessments;
    @Autowired
    Demands demands;
    @Autowired
    OccupationClasses occupations;
    @Autowired
    Followups followups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    org.zhuye.person.PersonRepository persons;
    @Autowired
    org.zhuye.person.EmploymentHistory employment;
    @LocalServerPort
    int port;

    @Test
    void anAssessmentComputesItsLevelKeepsEarlierOnesAndIsSavedOnce() {
        long person = people.register("150902001001", LocalDate.parse("1986-02-02"), Sex.MALE, 4, 3);
        long earlier = services.record(person, service("ASSESSMENT", TODAY.minusDays(40), "ABLE"), PROVINCE);
        long later = services.record(person, service("ASSESSMENT", TODAY.minusDays(2), "SUPPORTED"), PROVINCE);

        Assessment first = assessments.record(person, earlier, scores("4", "3", "3", "3", "3", "3", List.of("QUOTA")), JINING);
        assertThat(first.level()).isEqualTo(AbilityLevel.ONE);
        assertThat(first.suggestedKinds()).containsExactly("QUOTA", "CONCENTRATED", "SELF");
        Assessment second = assessments.record(person, later, scores("2", "3", "3", "2", "2", "1", List.of("PUBLIC_WELFARE", "HOME")), JINING);
        assertThat(second.level()).isEqualTo(AbilityLevel.TWO);
        assertThat(second.suggestedKinds()).contains("HOME");
        assertThat(second.assessedOn()).isEqualTo(TODAY.minusDays(2));

        assertThat(assessments.findForPerson(person, PROVINCE)).extracting(Assessment::serviceId).containsExactly(later, earlier);
        assertThatThrownBy(() -> assessments.record(person, later, scores("4", "4", "4", "4", "4", "4", List.of("QUOTA")), JINING))
                .isInstanceOf(CaseworkRuleException.class).hasMessageContaining("已填写评估表");
        long demandService = services.record(person, service("DEMAND", TODAY, "WANTS_JOB"), PROVINCE);
        assertThatThrownBy(() -> assessments.record(person, demandService, scores("4", "4", "4", "4", "4", "4", List.of("QUOTA")), JINING))
                .isInstanceOf(CaseworkRuleException.class).hasMessageContaining("不是职业能力评估");
        assertThat(assessments.findForPerson(person, Jurisdiction.of("150203"))).isEmpty();
        assertThatThrownBy(() -> assessments.record(person, earlier, scores("4", "4", "4", "4", "4", "4", List.of()), Jurisdiction.of("150203")))
                .isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_assessment SET level = 1 WHERE service_id = ?").param(later).update())
                .hasMessageContaining("never changed");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'CASEWORK_ASSESSMENT_RECORDED'")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theLatestDemandIsCurrentAndVoidingItBringsBackTheOneBefore() {
        long person = people.register("150902001002", LocalDate.parse("1993-03-03"), Sex.FEMALE, 1, 4);
        long older = services.record(person, service("DEMAND", TODAY.minusDays(30), "WANTS_JOB"), PROVINCE);
        long newer = services.record(person, service("DEMAND", TODAY.minusDays(1), "WANTS_TRAINING"), PROVINCE);
        demands.record(person, older, demand(List.of("4-01"), List.of("150902000000"), "FULL_TIME", "2500"), JINING);
        Demand saved = demands.record(person, newer, new DemandInput(List.of("4-10", "6", ""), List.of("150902001000"),
                "PART_TIME", null, List.of("TOILET", "FLEX_TIME"), "需要轮椅可通行的工位", "true", null), JINING);
        assertThat(saved.current()).isTrue();
        assertThat(saved.fields().occupations()).containsExactly("4-10", "6");
        assertThat(saved.fields().accommodations()).containsExactly("TOILET", "FLEX_TIME");
        assertThat(saved.fields().wantsTraining()).isTrue();
        assertThat(saved.fields().wantsBusiness()).isFalse();
        assertThat(demands.findCurrent(person, PROVINCE).orElseThrow().serviceId()).isEqualTo(newer);

        services.voidService(person, newer, "登记错人", PROVINCE);
        Demand current = demands.findCurrent(person, PROVINCE).orElseThrow();
        assertThat(current.serviceId()).isEqualTo(older);
        assertThat(current.fields().expectedWage()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(demands.findForPerson(person, PROVINCE)).extracting(Demand::voided).containsExactly(true, false);
    }

    @Test
    void aDemandWithUnknownOccupationsOrPlacesOutsideSavesNothingAndNamesTheProblems() {
        long person = people.register("150902001004", LocalDate.parse("1990-04-04"), Sex.MALE, 2, 3);
        long id = services.record(person, service("DEMAND", TODAY, "WANTS_JOB"), PROVINCE);
        assertThatThrownBy(() -> demands.record(person, id, demand(List.of("4-77"), List.of("150203000000"), "NIGHT", "-5"), JINING))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("occupations", "hours", "expectedWage");
                    assertThat(e.fieldErrors().get("occupations")).contains("4-77");
                });
        assertThatThrownBy(() -> demands.record(person, id, demand(List.of("2-02"), List.of("150203000000"), "FLEXIBLE", null), JINING))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("places")).contains("150203000000"));
        assertThat(demands.findForPerson(person, PROVINCE)).isEmpty();
    }

    @Test
    void aVillageMemberIsOfferedThePersonsLeagueCountyAndTownshipsAndSavesTheDemand() {
        long person = people.register("150902001006", LocalDate.parse("1991-05-05"), Sex.FEMALE, 2, 3);
        long id = services.record(person, service("DEMAND", TODAY, "WANTS_JOB"), PROVINCE);
        var member = accounts.create("cw-forms-village", "150902001006", Role.GRASSROOTS);
        PageSession page = PageSession.signIn(port, member.username(), AccountFixtures.PASSWORD);
        String path = "/casework/persons/" + person + "/services/" + id + "/demand";

        // the places are where the person would work: the league's seat, the county town, another township
        assertThat(page.get(path).body()).contains("value=\"150900000000\"", "value=\"150902000000\"", "value=\"150902002000\"");
        PageSession.Page saved = page.post(path, Map.of("occupations", "4-01", "places", "150902002000", "hours", "FULL_TIME"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(demands.findCurrent(person, PROVINCE).orElseThrow().fields().places()).containsExactly("150902002000");
        // still only places of the person's county: another league's county is refused
        long again = services.record(person, service("DEMAND", TODAY, "WANTS_JOB"), PROVINCE);
        assertThatThrownBy(() -> demands.record(person, again, demand(List.of("2-02"), List.of("150203000000"), "FLEXIBLE", null),
                Jurisdiction.of("150902001006")))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("places")).contains("150203000000"));
    }

    @Test
    void theOccupationListHoldsTheEightMajorGroupsAndSeventyNineMinorGroupsOf2022() {
        assertThat(occupations.majors()).hasSize(8);
        assertThat(occupations.majors().stream().mapToInt(m -> m.minors().size()).sum()).isEqualTo(79);
        assertThat(occupations.label("4-01")).isEqualTo("4-01 批发与零售服务人员");
        assertThat(occupations.majors().get(5).minors()).hasSize(32);
    }

    @Test
    void followupsFallDueAfterAMoveIntoWorkAndRetentionCountsThoseStillEmployed() {
        // 桥东街道 (150902002): 龙湾社区 and 东民建社区.
        LocalDate longAgo = TODAY.minusMonths(13);
        Placed first = placed("150902002001", LocalDate.parse("1984-05-05"), Sex.MALE, longAgo.minusMonths(1), longAgo);
        long settled = first.person();
        long placement = first.service();
        Placed second = placed("150902002002", LocalDate.parse("1991-06-06"), Sex.FEMALE, TODAY.minusMonths(2), TODAY.minusDays(20));
        long recent = second.person();
        long recentPlacement = second.service();
        RegionCode township = RegionCode.of("150902002");

        List<Followups.DueFollowup> due = followups.findDue(township, TODAY, PROVINCE);
        assertThat(due).extracting(Followups.DueFollowup::serviceId, Followups.DueFollowup::month).containsExactly(
                org.assertj.core.groups.Tuple.tuple(placement, 1), org.assertj.core.groups.Tuple.tuple(placement, 3),
                org.assertj.core.groups.Tuple.tuple(placement, 6), org.assertj.core.groups.Tuple.tuple(placement, 12),
                org.assertj.core.groups.Tuple.tuple(recentPlacement, 1));
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(4).overdue()).as("due in about ten days").isFalse();

        followups.record(settled, placement, new FollowupInput("3", longAgo.plusMonths(3).toString(), "乌云", "true", "40", "2600", null), JINING);
        followups.record(settled, placement, new FollowupInput("6", longAgo.plusMonths(6).toString(), "乌云", "false", null, null, "工厂停产",
                longAgo.plusMonths(5).toString()), JINING);
        assertThatThrownBy(() -> followups.record(settled, placement,
                new FollowupInput("6", TODAY.toString(), "乌云", "true", "40", null, null), JINING))
                .isInstanceOf(CaseworkRuleException.class).hasMessageContaining("已登记");
        assertThat(followups.findDue(township, TODAY, PROVINCE)).extracting(Followups.DueFollowup::month).containsExactly(1, 12, 1);

        RetentionReport report = followups.findRetention(township, TODAY, PROVINCE).orElseThrow();
        assertThat(report.figures().get(3)).isEqualTo(new RetentionFigures(1, 1, 1));
        assertThat(report.figures().get(6)).isEqualTo(new RetentionFigures(1, 1, 0));
        assertThat(report.figures().get(12)).isEqualTo(new RetentionFigures(1, 0, 0));
        RetentionReport.Row longwan = report.children().stream().filter(r -> r.region().code().equals("150902002001")).findFirst().orElseThrow();
        assertThat(longwan.figures().get(3).rate()).isEqualTo(1.0);
        assertThat(followups.findRetention(RegionCode.of("150902"), TODAY, PROVINCE).orElseThrow().children()
                .stream().filter(r -> r.region().name().equals("桥东街道")).findFirst().orElseThrow().figures().get(6))
                .isEqualTo(new RetentionFigures(1, 1, 0));
        assertThat(followups.findDue(township, TODAY, Jurisdiction.of("150203"))).isEmpty();

        services.voidService(recent, recentPlacement, "误录", PROVINCE);
        assertThat(followups.findDue(township, TODAY, PROVINCE)).extracting(Followups.DueFollowup::serviceId).containsOnly(placement);
        long notAJob = services.record(recent, service("SERVICE", TODAY, "ONGOING"), PROVINCE);
        assertThatThrownBy(() -> followups.record(recent, notAJob, new FollowupInput("1", TODAY.toString(), "乌云", "true", "40", null, null), JINING))
                .isInstanceOf(CaseworkRuleException.class).hasMessageContaining("没有记录实现就业");
    }

    @Test
    void aFollowupThatFindsThePersonGoneRecordsTheDatedMoveOutOfWork() {
        LocalDate placedOn = TODAY.minusMonths(4);
        // 新体路街道, away from the township whose due list another test counts
        Placed placed = placed("150902001007", LocalDate.parse("1986-08-08"), Sex.FEMALE, placedOn.minusMonths(1), placedOn);
        long person = placed.person();
        long placement = placed.service();
        assertThat(persons.find(person, PROVINCE).orElseThrow().employed()).isTrue();

        LocalDate followedOn = placedOn.plusMonths(3);
        assertThatThrownBy(() -> followups.record(person, placement,
                new FollowupInput("3", followedOn.toString(), "乌云", "false", null, null, "工厂停产"), JINING))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("leftOn")).contains("离岗日期"));
        LocalDate leftOn = placedOn.plusMonths(2);
        followups.record(person, placement, new FollowupInput("3", followedOn.toString(), "乌云", "false", null, null, "工厂停产",
                leftOn.toString()), JINING);

        assertThat(persons.find(person, PROVINCE).orElseThrow().employed()).as("the registry no longer says 已就业").isFalse();
        assertThat(employment.findStatusOn(person, leftOn, PROVINCE).orElseThrow().employed()).isFalse();
        assertThat(employment.findStatusOn(person, leftOn.minusDays(1), PROVINCE).orElseThrow().employed()).isTrue();
        // a placement recorded late and dated before the day they left does not overwrite that later status
        services.record(person, job(leftOn.minusDays(10)), PROVINCE);
        assertThat(persons.find(person, PROVINCE).orElseThrow().employed()).isFalse();
    }

    @Test
    void theApiReadsTheFormsAndKeepsToTheJurisdiction() {
        long person = people.register("150902001005", LocalDate.parse("1989-07-07"), Sex.MALE, 4, 4);
        long id = services.record(person, service("ASSESSMENT", TODAY, "ABLE"), PROVINCE);
        assessments.record(person, id, scores("3", "3", "3", "3", "4", "2", List.of("QUOTA")), JINING);
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        var json = admin.get("/api/v1/casework/persons/" + person + "/assessments").json();
        assertThat(json.get(0).get("level").asText()).isEqualTo("ONE");
        assertThat(json.get(0).get("scores").get("workSkills").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/v1/casework/occupations").json().get(3).get("minors").get(0).get("code").asText()).isEqualTo("4-01");
        assertThat(admin.get("/api/v1/casework/followups/retention?region=150902").json().get("figures").get("3").has("due")).isTrue();
        assertThat(admin.get("/api/v1/casework/followups/due?region=150902").status()).isEqualTo(200);

        var county = accounts.create("cw-forms-baotou", "150203000000", Role.STAFF);
        Api elsewhere = Api.basic(port, county.username(), AccountFixtures.PASSWORD);
        assertThat(elsewhere.get("/api/v1/casework/persons/" + person + "/assessments").status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/casework/followups/retention?region=150902").status()).isEqualTo(404);
    }

    private static ServiceInput service(String kind, LocalDate on, String outcome) {
        return new ServiceInput(kind, on.toString(), "乌云", "入户面谈", outcome, kind.equals("SERVICE") ? "GUIDANCE" : null,
                null, null, null, null);
    }

    /** A person out of work since {@code outSince}, placed in a job on {@code placedOn} by an employment service. */
    private Placed placed(String village, LocalDate birth, Sex sex, LocalDate outSince, LocalDate placedOn) {
        long person = people.register(village, birth, sex, 4, 3);
        people.notEmployed(person, outSince.toString(), true);
        return new Placed(person, services.record(person, job(placedOn), PROVINCE));
    }

    private record Placed(long person, long service) {
    }

    private static ServiceInput job(LocalDate on) {
        return new ServiceInput("SERVICE", on.toString(), "乌云", "推荐到集宁区某物流公司分拣岗位", "EMPLOYED", "REFERRAL",
                "灵活就业", "集宁某物流公司", "分拣员", "2600");
    }

    private static AssessmentInput scores(String physical, String sensory, String cognition, String daily, String skills,
                                          String interests, List<String> kinds) {
        return new AssessmentInput(physical, sensory, cognition, daily, skills, interests, "行走稍慢", null, null, null, null, null, kinds);
    }

    private static DemandInput demand(List<String> occupations, List<String> places, String hours, String wage) {
        return new DemandInput(occupations, places, hours, wage, List.of(), null, null, null);
    }
}
