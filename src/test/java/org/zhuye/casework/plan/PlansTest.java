package org.zhuye.casework.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** 一人一策 on the real database, in 科尔沁区 科尔沁街道 民航社区 (150502001001). */
@ZhuyeTest
class PlansTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    OverviewFixtures people;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonRepository persons;
    @LocalServerPort
    int port;

    @Test
    void studentsAreLedgeredByGraduationYearAndSchoolAndOverdueReviewsReachTheResponsibleStaffMember() {
        UserAccount staff = accounts.create("plan-horqin", "150502000000", Role.STAFF);
        long older = people.register("150502001001", LocalDate.parse("2001-03-03"), Sex.MALE, 1, 3);
        long newer = people.register("150502001001", LocalDate.parse("2003-04-04"), Sex.FEMALE, 2, 3);
        long hard = people.register("150502001001", LocalDate.parse("1975-04-04"), Sex.MALE, 4, 2);

        long overduePlan = plans.create(older, new PlanInput("STUDENT", "内蒙古民族大学", "2025", "毕业半年内就业",
                "岗位推介、求职补贴", staff.username(), TODAY.minusDays(3).toString()), PROVINCE);
        plans.create(newer, new PlanInput("STUDENT", "通辽职业学院", "2026", "实习转正", "联系实习单位",
                staff.username(), TODAY.plusDays(20).toString()), PROVINCE);
        plans.create(hard, new PlanInput("HARD_CASE", "", "", "辅助性就业", "推荐到辅助性就业机构",
                staff.username(), TODAY.plusDays(40).toString()), PROVINCE);

        assertThat(plans.findLedger(RegionCode.of("150502001001"), PlanKind.STUDENT, PROVINCE))
                .extracting(Plan::graduationYear).containsExactly(2026, 2025);
        assertThat(plans.findLedger(RegionCode.of("150502001001"), PlanKind.HARD_CASE, PROVINCE))
                .extracting(Plan::personId).containsExactly(hard);

        var mine = plans.findResponsible(staff.username(), PROVINCE).visible();
        assertThat(mine).hasSize(3);
        assertThat(mine.get(0).id()).isEqualTo(overduePlan);
        assertThat(mine.stream().filter(p -> p.overdueOn(TODAY)).map(Plan::id)).containsExactly(overduePlan);
        var api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/casework/plans/mine").body()).contains("内蒙古民族大学");

        plans.review(older, overduePlan, TODAY.toString(), "已推荐两个岗位，待面试", TODAY.plusMonths(1).toString(), PROVINCE);
        assertThat(plans.findResponsible(staff.username(), PROVINCE).visible().stream().filter(p -> p.overdueOn(TODAY))).isEmpty();
        assertThat(plans.findForPerson(older, PROVINCE).get(0).reviews()).singleElement()
                .extracting(Plan.Review::note).isEqualTo("已推荐两个岗位，待面试");

        plans.close(hard, plans.findForPerson(hard, PROVINCE).get(0).id(), "已在辅助性就业机构上岗", PROVINCE);
        assertThat(plans.findResponsible(staff.username(), PROVINCE).visible()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action LIKE 'CASEWORK_PLAN_%'"
                + " AND object_id IN (?, ?, ?)").params(String.valueOf(older), String.valueOf(newer), String.valueOf(hard))
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aStudentPlanNeedsSchoolGraduationYearAndAKnownResponsibleAndSavesNothingOtherwise() {
        long person = people
                .register("150502001002", LocalDate.parse("2002-05-05"), Sex.FEMALE, 1, 2);
        assertThatThrownBy(() -> plans.create(person, new PlanInput("STUDENT", "", "明年", "就业", "推荐", "nobody-here",
                TODAY.toString()), PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("school", "graduationYear", "responsible"));
        assertThat(plans.findForPerson(person, PROVINCE)).isEmpty();
    }

    @Test
    void aPersonHasOnePlanInProgressAtATimeAndNoneOnAMergedRecord() {
        UserAccount staff = accounts.create("plan-one-at-a-time", "150502000000", Role.STAFF);
        long person = people.register("150502001003", LocalDate.parse("1980-06-06"), Sex.MALE, 4, 2);
        PlanInput input = new PlanInput("HARD_CASE", "", "", "辅助性就业", "推荐到辅助性就业机构", staff.username(),
                TODAY.plusDays(30).toString());
        long first = plans.create(person, input, PROVINCE);

        assertThatThrownBy(() -> plans.create(person, input, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("plans"))
                        .contains("第 " + first + " 号"));
        plans.close(person, first, "已到辅助性就业机构", PROVINCE);
        long second = plans.create(person, input, PROVINCE);
        assertThat(plans.findForPerson(person, PROVINCE)).extracting(Plan::id).containsExactlyInAnyOrder(first, second);

        long duplicate = people.register("150502001003", LocalDate.parse("1980-06-06"), Sex.MALE, 4, 2);
        jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ?").params(person, duplicate).update();
        assertThatThrownBy(() -> plans.create(duplicate, input, PROVINCE))
                .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("plans"))
                        .contains("已合并到人员 " + person));
        assertThat(plans.findForPerson(duplicate, PROVINCE)).isEmpty();
    }

    @Test
    void onlyAnAccountWhoseJurisdictionCoversThePersonMayBeResponsibleAndTheFormOffersOnlySuch() {
        UserAccount horqin = accounts.create("plan-cover-horqin", "150502000000", Role.STAFF);
        UserAccount baotou = accounts.create("plan-cover-baotou", "150203000000", Role.STAFF);
        UserAccount viewer = accounts.create("plan-cover-viewer", "150502000000", Role.VIEWER);
        long person = people.register("150502001004", LocalDate.parse("1990-07-07"), Sex.MALE, 4, 2);

        for (UserAccount wrong : new UserAccount[]{baotou, viewer}) {
            assertThatThrownBy(() -> plans.create(person, new PlanInput("HARD_CASE", "", "", "稳定就业", "岗位推介",
                    wrong.username(), TODAY.plusDays(30).toString()), PROVINCE))
                    .as(wrong.username())
                    .isInstanceOfSatisfying(CaseworkRuleException.class, e -> assertThat(e.fieldErrors().get("responsible"))
                            .contains("管辖范围覆盖此人居住地", wrong.username()));
        }
        assertThat(plans.findForPerson(person, PROVINCE)).isEmpty();

        PageSession session = PageSession.signIn(port, horqin.username(), AccountFixtures.PASSWORD);
        String form = session.get("/casework/persons/" + person + "/plans").body();
        assertThat(form).contains("value=\"" + horqin.username() + "\"", "value=\"admin\"")
                .doesNotContain(baotou.username(), viewer.username());
        Map<String, String> fields = Map.of("kind", "HARD_CASE", "goals", "稳定就业", "actions", "岗位推介",
                "responsible", baotou.username(), "nextReviewOn", TODAY.plusDays(30).toString());
        PageSession.Page refused = session.post("/casework/persons/" + person + "/plans", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("责任人须为管辖范围覆盖此人居住地");
        assertThat(plans.findForPerson(person, PROVINCE)).isEmpty();

        Map<String, String> good = new java.util.HashMap<>(fields);
        good.put("responsible", horqin.username());
        PageSession.Page saved = session.post("/casework/persons/" + person + "/plans", good);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/casework/persons/" + person + "/plans");
        assertThat(plans.findForPerson(person, PROVINCE)).singleElement()
                .extracting(Plan::responsible).isEqualTo(horqin.username());
    }

    @Test
    void aPlanWhosePersonMovedOutOfTheResponsiblesJurisdictionIsCountedNotNamedInTheirList() {
        UserAccount staff = accounts.create("plan-moved", "150502000000", Role.STAFF);
        String certificate = PersonTestNumbers.next(4, 2);
        long person = registry.register(villager(certificate, "迁往包头者", "150502001005"), PROVINCE);
        long stays = people.register("150502001005", LocalDate.parse("1985-08-08"), Sex.FEMALE, 4, 2);
        plans.create(person, new PlanInput("HARD_CASE", "", "", "稳定就业", "岗位推介", staff.username(),
                TODAY.plusDays(10).toString()), PROVINCE);
        long kept = plans.create(stays, new PlanInput("HARD_CASE", "", "", "稳定就业", "岗位推介", staff.username(),
                TODAY.plusDays(20).toString()), PROVINCE);
        registry.update(person, persons.find(person, PROVINCE).orElseThrow().version(),
                villager(certificate, "迁往包头者", "150203001015"), PROVINCE);

        var mine = plans.findResponsible(staff.username(), Jurisdiction.of("150502"));
        assertThat(mine.visible()).extracting(Plan::id).containsExactly(kept);
        assertThat(mine.hidden()).isEqualTo(1);
        assertThat(PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD).get("/casework/plans/mine").body())
                .contains("另有 1 名帮扶对象在您的管辖范围外").doesNotContain("迁往包头者");
        assertThat(Api.basic(port, staff.username(), AccountFixtures.PASSWORD).get("/api/v1/casework/plans/mine").body())
                .contains("\"hidden\":1").doesNotContain("迁往包头者");
    }

    private static PersonInput villager(String certificate, String name, String village) {
        return new PersonInput(certificate, name, null, null, village, "农村", null, null, null, null, null, null, null, null);
    }
}
