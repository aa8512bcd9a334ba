package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.audit.HistoryEntry;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.review.DuplicateReview;
import org.springframework.ui.ExtendedModelMap;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

@ZhuyeTest
@SuppressWarnings("unchecked")
class BusinessesTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    BusinessRepository repository;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    Histories histories;
    @Autowired
    JdbcClient jdbc;

    StartupFixtures fixtures;
    UserAccount staff;
    Jurisdiction area;

    @BeforeEach
    void setUp() {
        fixtures = new StartupFixtures(accounts);
        staff = accounts.create("startup-staff", StartupFixtures.HONGSHAN, Role.STAFF);
        area = staff.jurisdiction();
    }

    @Test
    void aFirstBusinessRecordsTheMoveIntoWorkAndEarnsTheStartupSubsidyOnceOnly() {
        long owner = fixtures.owner("创业甲");
        LocalDate started = Businesses.today().minusMonths(8);
        long before = employment.countNewEmployment(started, started, area);

        long id = businesses.create(StartupFixtures.input(owner, "甲的奶茶店", started), staff, area);

        Business business = businesses.read(id, staff, area);
        EmploymentRecord status = employment.findStatusOn(owner, started, area).orElseThrow();
        assertThat(status.employed()).isTrue();
        assertThat(status.form()).as("就业形式 3 个体就业（含自主创业）").isEqualTo(3);
        assertThat(status.effectiveOn()).isEqualTo(started);
        assertThat(status.employerName()).isEqualTo("甲的奶茶店");
        assertThat(business.employmentEventId()).isEqualTo(status.id());
        assertThat(employment.countNewEmployment(started, started, area)).as("the period's new employment").isEqualTo(before + 1);

        businesses.grantSubsidy(id, staff, area);
        StartupSubsidy subsidy = repository.findSubsidy(id, area).orElseThrow();
        assertThat(subsidy.amount()).isEqualByComparingTo("5000");
        assertThat(subsidy.conditions()).hasSize(5).allMatch(StartupSubsidyRule.Condition::met);
        assertThatThrownBy(() -> businesses.grantSubsidy(id, staff, area))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("once"));

        long second = businesses.create(StartupFixtures.input(owner, "甲的第二家店", started.plusMonths(1)), staff, area);
        assertThatThrownBy(() -> businesses.grantSubsidy(second, staff, area))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("firstBusiness", "once");
                    assertThat(e.fieldErrors().get("firstBusiness")).contains("本人首次创业");
                });
        assertThat(employment.countNewEmployment(started, started.plusMonths(1), area))
                .as("already at work: the second business is no new move").isEqualTo(before + 1);
        List<HistoryEntry> history = histories.of(Businesses.OBJECT_TYPE, String.valueOf(id), area);
        assertThat(history).extracting(h -> h.action()).contains("核发创业补贴", "登记创业实体");
    }

    @Test
    void aBusinessTooYoungIsRefusedWithTheConditionNamed() {
        long owner = fixtures.owner("创业乙");
        long id = businesses.create(StartupFixtures.input(owner, "乙的修理铺", Businesses.today().minusMonths(2)), staff, area);
        assertThatThrownBy(() -> businesses.grantSubsidy(id, staff, area))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("operating");
                    assertThat(e.fieldErrors().get("operating")).contains("正常经营满 6 个月");
                });
        assertThat(repository.findSubsidy(id, area)).isEmpty();
    }

    @Test
    void aLoanIsStoredWithItsSubsidyByYearAndTheRuleItWasComputedUnder() {
        long owner = fixtures.owner("创业丙");
        long id = businesses.create(StartupFixtures.input(owner, "丙的农家乐", Businesses.today().minusYears(2)), staff, area);
        businesses.recordLoan(id, new LoanInput("农村信用社", "120000", "4.35", "12",
                Businesses.today().minusYears(1).toString()), staff, area);
        BusinessLoan loan = repository.findLoans(id, area).get(0);
        assertThat(loan.interestTotal()).isEqualByComparingTo("2827.50");
        assertThat(loan.subsidyTotal()).isEqualByComparingTo("2827.50");
        assertThat(loan.subsidyByYear()).containsExactly(new BigDecimal("2827.50"));
        assertThat(loan.basis()).contains("\"maxAmount\": \"200000.00\"").contains("等额本金");
        assertThat(histories.of(Businesses.OBJECT_TYPE, String.valueOf(id), area)).extracting(h -> h.action())
                .contains("登记创业贷款", "核算贷款贴息");
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsSaved() {
        long owner = fixtures.owner("创业丁");
        long incubatorElsewhere = fixtures.incubator("外地孵化基地", "150102001001");
        String code = StartupFixtures.individualCode();
        businesses.create(new BusinessInput(String.valueOf(owner), "INDIVIDUAL", "丁的店", code, "F",
                Businesses.today().minusMonths(1).toString(), StartupFixtures.VILLAGE, "地址", "1", "0", null, null, null),
                staff, area);
        long count = jdbc.sql("SELECT count(*) FROM business").query(Long.class).single();
        assertThatThrownBy(() -> businesses.create(new BusinessInput(String.valueOf(owner), "INDIVIDUAL", "丁的另一家店", code,
                "F", Businesses.today().minusMonths(1).toString(), "150102001001", "地址", "1", "0",
                String.valueOf(incubatorElsewhere), Businesses.today().minusMonths(1).toString(), null), staff, area))
                .isInstanceOfSatisfying(TrainingRuleException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("creditCode", "regionCode", "incubatorId"));
        assertThat(jdbc.sql("SELECT count(*) FROM business").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void anIncubatorTenantIsListedUnderItsIncubator() {
        long owner = fixtures.owner("创业戊");
        long incubator = fixtures.incubator("红山创业孵化园", StartupFixtures.VILLAGE);
        BusinessInput base = StartupFixtures.input(owner, "戊的工作室", Businesses.today().minusMonths(3));
        long id = businesses.create(new BusinessInput(base.personId(), base.kind(), base.name(), base.creditCode(),
                base.industry(), base.startedOn(), base.regionCode(), base.address(), "1", "0", String.valueOf(incubator),
                base.startedOn(), null), staff, area);
        assertThat(repository.findTenants(incubator, area)).extracting(Business::id).containsExactly(id);
        assertThat(repository.list(new BusinessFilter(null, null, null, String.valueOf(incubator), null),
                org.zhuye.platform.paging.PageRequest.first(), area).rows()).extracting(Business::id).containsExactly(id);
    }

    @Test
    void aBusinessOutsideTheCallersAreaIsNotFoundAndAStaleEditIsRefused() {
        long owner = fixtures.owner("创业己");
        long id = businesses.create(StartupFixtures.input(owner, "己的小店", Businesses.today().minusMonths(3)), staff, area);
        UserAccount elsewhere = accounts.create("startup-other", "150102000000", Role.STAFF);
        assertThatThrownBy(() -> businesses.read(id, elsewhere, elsewhere.jurisdiction()))
                .isInstanceOf(TrainingNotFoundException.class);
        UserAccount person = accounts.create("startup-person", StartupFixtures.HONGSHAN, Role.PERSON);
        assertThatThrownBy(() -> businesses.read(id, person, person.jurisdiction())).isInstanceOf(TrainingNotFoundException.class);

        Business b = businesses.read(id, staff, area);
        BusinessInput edit = new BusinessInput(String.valueOf(owner), "INDIVIDUAL", "己的小店（改）", b.creditCode(), "F",
                b.startedOn().toString(), b.regionCode(), b.address(), "4", "2", null, null, null);
        businesses.update(id, b.version(), edit, staff, area);
        assertThat(businesses.read(id, staff, area).jobsForDisabled()).isEqualTo(2);
        assertThatThrownBy(() -> businesses.update(id, b.version(), edit, staff, area))
                .isInstanceOf(StaleTrainingRecordException.class);
        businesses.close(id, b.version() + 1, Businesses.today().toString(), staff, area);
        assertThat(businesses.read(id, staff, area).status()).isEqualTo(BusinessStatus.CLOSED);
    }

    @Test
    void aMergedOwnersBusinessesAndSubsidyMoveToTheKeptRecordAndShowOnTheirPage() {
        Jurisdiction province = Jurisdiction.of("15");
        Jurisdiction xincheng = Jurisdiction.of("150102");
        String first = PersonTestNumbers.next(4, 3);
        long keep = accounts.bean(PersonRegistry.class).register(PersonTestNumbers.input(first, "合并创业者"), xincheng);
        long gone = accounts.bean(PersonRegistry.class).register(
                PersonTestNumbers.input(PersonTestNumbers.sameBirthday(first, 450, "43"), "合并创业者"), xincheng);
        long id = businesses.create(StartupFixtures.input(gone, "合并前的店", Businesses.today().minusYears(1)), province,
                Businesses.today());
        businesses.grantSubsidy(id, province, Businesses.today());
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(keep, gone), Math.max(keep, gone)).query(Long.class).single();

        accounts.bean(DuplicateReview.class).merge(flag, keep, xincheng);

        assertThat(repository.findOfPerson(keep, province)).extracting(Business::id).containsExactly(id);
        assertThat(repository.findSubsidy(id, province).orElseThrow().personId()).isEqualTo(keep);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'TRAINING_MERGED' AND object_id = ?")
                .param(String.valueOf(keep)).query(Long.class).single()).isEqualTo(1);
        ExtendedModelMap model = new ExtendedModelMap();
        accounts.bean(BusinessPersonSection.class).addTo(keep, province, model);
        assertThat((List<BusinessPersonSection.Entry>) model.get("businesses")).singleElement()
                .satisfies(e -> assertThat(e.subsidy().amount()).isEqualByComparingTo("5000"));
    }
}
