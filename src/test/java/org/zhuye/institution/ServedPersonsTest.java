package org.zhuye.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.institution.InstitutionFixtures.HONGSHAN;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.institution.served.EndInput;
import org.zhuye.institution.served.ServedInput;
import org.zhuye.institution.served.ServedPersons;
import org.zhuye.institution.served.ServedStore;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.PersonsMerged;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class ServedPersonsTest {

    private static final LocalDate OPENED = LocalDate.now().minusYears(3);

    @Autowired
    AccountFixtures accounts;
    @Autowired
    InstitutionRepository institutions;
    @Autowired
    ServedPersons served;
    @Autowired
    ServedStore store;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private Institution institution(InstitutionKind kind, String name, int capacity) {
        return institutions.find(InstitutionFixtures.register(accounts, kind, name, capacity, OPENED), HONGSHAN).orElseThrow();
    }

    private static ServedInput admission(long person, String service, String careMode, LocalDate from) {
        return new ServedInput(String.valueOf(person), service, careMode, from.toString(), null);
    }

    @Test
    void shelteredWorkMakesTheRegistrySayEmployedWithForm5FromThatDate() {
        Institution workshop = institution(InstitutionKind.SHELTERED_WORKSHOP, "辅助就业测试工场", 10);
        long person = InstitutionFixtures.person(accounts, 5, "辅助就业甲");
        LocalDate from = LocalDate.now().minusMonths(5);

        ServedPersons.Admitted admitted = served.admit(workshop, admission(person, "SHELTERED_WORK", null, from), HONGSHAN);

        EmploymentRecord status = employment.findStatusOn(person, from, HONGSHAN).orElseThrow();
        assertThat(status.employed()).isTrue();
        assertThat(status.form()).isEqualTo(5);
        assertThat(status.employerName()).isEqualTo("辅助就业测试工场");
        assertThat(status.id()).isEqualTo(admitted.employmentEventId());
        assertThat(employment.findStatusOn(person, from.minusDays(1), HONGSHAN).map(EmploymentRecord::employed)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void endingWithOpenWorkRecordsTheNewJobInTheSameStep() {
        Institution home = institution(InstitutionKind.WARM_HOME, "转岗测试温馨家园", 10);
        long person = InstitutionFixtures.person(accounts, 6, "转岗乙");
        long span = served.admit(home, admission(person, "SHELTERED_WORK", null, LocalDate.now().minusMonths(8)), HONGSHAN).spanId();
        LocalDate until = LocalDate.now().minusDays(3);

        served.end(home, span, new EndInput(until.toString(), "OPEN_WORK", "0", "按比例就业", "赤峰某物流公司", "分拣员", null, null), HONGSHAN);

        EmploymentRecord now = employment.findStatusOn(person, LocalDate.now(), HONGSHAN).orElseThrow();
        assertThat(now.employed()).isTrue();
        assertThat(now.form()).isEqualTo(1);
        assertThat(now.employerName()).isEqualTo("赤峰某物流公司");
        assertThat(now.effectiveOn()).isEqualTo(until);
        assertThat(store.findSpan(home.id(), span).orElseThrow().endReason()).isEqualTo(EndReason.OPEN_WORK);
    }

    @Test
    void endingAWorkSpanWithoutTheNextStatusNamesWhatIsMissingAndSavesNothing() {
        Institution workshop = institution(InstitutionKind.SHELTERED_WORKSHOP, "缺项测试工场", 10);
        long person = InstitutionFixtures.person(accounts, 5, "缺项丙");
        long span = served.admit(workshop, admission(person, "SHELTERED_WORK", null, LocalDate.now().minusMonths(3)), HONGSHAN).spanId();

        assertThatThrownBy(() -> served.end(workshop, span, new EndInput(LocalDate.now().toString(), "LEFT", "0", null, null, null, null, null), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(store.findSpan(workshop.id(), span).orElseThrow().open()).isTrue();
    }

    @Test
    void aSecondOpenSpanOfTheSameServiceIsRefusedAndExceedingCapacityOnlyWarns() {
        Institution care = institution(InstitutionKind.CARE_HOME, "容量测试托养中心", 1);
        long first = InstitutionFixtures.person(accounts, 4, "容量丁");
        long second = InstitutionFixtures.person(accounts, 4, "容量戊");
        LocalDate from = LocalDate.now().minusMonths(1);
        assertThat(served.admit(care, admission(first, "CARE", "DAY", from), HONGSHAN).warning()).isNull();

        assertThatThrownBy(() -> served.admit(care, admission(first, "CARE", "DAY", from), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors().get("personId")).contains("同一服务一次只记一段"));
        assertThat(served.admit(care, admission(second, "CARE", "RESIDENTIAL", from), HONGSHAN).warning()).contains("已超过服务容量 1");
        assertThatThrownBy(() -> served.admit(care, admission(second, "CARE", null, from), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("careMode"));
    }

    @Test
    void massageIsForVisuallyDisabledPersonsAndCountsAsFlexibleWorkBelowFiveWorkers() {
        Institution massage = institution(InstitutionKind.MASSAGE, "按摩测试店", 10);
        long blind = InstitutionFixtures.person(accounts, 1, "按摩己");
        long physical = InstitutionFixtures.person(accounts, 4, "按摩庚");
        LocalDate from = LocalDate.now().minusMonths(2);

        assertThatThrownBy(() -> served.admit(massage, admission(physical, "MASSAGE_HEALTH", null, from), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors().get("service")).contains("视力残疾"));
        served.admit(massage, admission(blind, "MASSAGE_MEDICAL", null, from), HONGSHAN);
        assertThat(employment.findStatusOn(blind, from, HONGSHAN).orElseThrow().form()).isEqualTo(7);
        assertThatThrownBy(() -> served.admit(massage, admission(blind, "SHELTERED_WORK", null, from), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors().get("service")).contains("不提供"));
        assertThatThrownBy(() -> served.admit(massage, admission(blind, "OTHER", null, OPENED.minusDays(1)), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors().get("fromOn")).contains("开办日期"));
    }

    @Test
    void aMergeMovesTheDuplicatesSpansToTheKeptPersonButNotASecondOpenSpanOfTheSameService() {
        Institution care = institution(InstitutionKind.CARE_HOME, "合并测试托养中心", 10);
        long kept = InstitutionFixtures.person(accounts, 5, "合并保留");
        long duplicate = InstitutionFixtures.person(accounts, 5, "合并重复");
        LocalDate from = LocalDate.now().minusMonths(4);
        served.admit(care, admission(kept, "CARE", "DAY", from), HONGSHAN);
        long sameService = served.admit(care, admission(duplicate, "CARE", "HOME", from), HONGSHAN).spanId();
        long otherService = served.admit(care, admission(duplicate, "OTHER", null, from), HONGSHAN).spanId();

        // The listener runs inside the registry's merge transaction; here the event alone, in a transaction of its own.
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(new PersonsMerged(duplicate, kept, InstitutionFixtures.VILLAGE)));

        assertThat(store.findSpan(care.id(), otherService).orElseThrow().personId()).isEqualTo(kept);
        assertThat(store.findSpan(care.id(), sameService).orElseThrow().personId()).isEqualTo(duplicate);
    }
}
