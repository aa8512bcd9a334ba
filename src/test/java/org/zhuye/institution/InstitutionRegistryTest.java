package org.zhuye.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.institution.InstitutionFixtures.HONGSHAN;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditEvent;
import org.zhuye.audit.AuditLog;
import org.zhuye.audit.AuditQuery;
import org.zhuye.audit.Histories;
import org.zhuye.institution.registry.InstitutionAccess;
import org.zhuye.institution.registry.InstitutionAccounts;
import org.zhuye.institution.registry.InstitutionInput;
import org.zhuye.institution.registry.InstitutionRegistry;
import org.zhuye.institution.served.ServedInput;
import org.zhuye.institution.served.ServedPersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class InstitutionRegistryTest {

    private static final LocalDate OPENED = LocalDate.now().minusYears(3);

    @Autowired
    AccountFixtures accounts;
    @Autowired
    InstitutionRegistry registry;
    @Autowired
    InstitutionRepository institutions;
    @Autowired
    InstitutionAccounts institutionAccounts;
    @Autowired
    InstitutionAccess access;
    @Autowired
    ServedPersons served;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Histories histories;

    private List<String> actions(long id) {
        return auditLog.find(new AuditQuery(null, null, null, "institution", String.valueOf(id), null, 0), HONGSHAN)
                .stream().map(AuditEvent::action).toList();
    }

    @Test
    void registeringAndCorrectingAreAuditedAndTheHistoryReadsInLabels() {
        long id = InstitutionFixtures.register(accounts, InstitutionKind.WARM_HOME, "登记测试温馨家园", 30, OPENED);
        Institution saved = institutions.find(id, HONGSHAN).orElseThrow();
        assertThat(saved.contactPhoneMasked()).isEqualTo("139****1111");
        assertThat(saved.accessibility()).containsExactly("ENTRANCE");

        InstitutionInput changed = new InstitutionInput("CARE_HOME", "登记测试托养中心", saved.creditCode(), saved.regionCode(),
                saved.address(), "50", List.of("ENTRANCE", "TOILET"), "乌兰", "13900001111", OPENED.toString());
        registry.update(id, saved.version(), changed, HONGSHAN);

        assertThat(institutions.find(id, HONGSHAN).orElseThrow().kind()).isEqualTo(InstitutionKind.CARE_HOME);
        assertThat(actions(id)).contains("INSTITUTION_REGISTERED", "INSTITUTION_UPDATED");
        String history = histories.of("institution", String.valueOf(id), HONGSHAN).toString();
        assertThat(history).contains("机构类型").contains("温馨家园").contains("残疾人托养机构").contains("无障碍卫生间");
    }

    @Test
    void aStaleVersionIsRefusedAndACreditCodeIsRegisteredOnce() {
        long id = InstitutionFixtures.register(accounts, InstitutionKind.MASSAGE, "版本测试按摩店", 8, OPENED);
        Institution saved = institutions.find(id, HONGSHAN).orElseThrow();
        InstitutionInput same = new InstitutionInput("MASSAGE", "版本测试按摩店（改）", saved.creditCode(), saved.regionCode(),
                saved.address(), "8", List.of(), null, null, OPENED.toString());
        registry.update(id, saved.version(), same, HONGSHAN);
        assertThatThrownBy(() -> registry.update(id, saved.version(), same, HONGSHAN)).isInstanceOf(StaleInstitutionException.class);

        InstitutionInput copy = new InstitutionInput("MASSAGE", "另一家", saved.creditCode(), saved.regionCode(), "地址", "8",
                List.of(), null, null, OPENED.toString());
        assertThatThrownBy(() -> registry.register(copy, HONGSHAN)).isInstanceOfSatisfying(InstitutionRuleException.class,
                e -> assertThat(e.fieldErrors().get("creditCode")).contains("已登记"));
    }

    @Test
    void aRegionOutsideTheJurisdictionIsRefusedAndAnInstitutionOutsideItIsNotFound() {
        long id = InstitutionFixtures.register(accounts, InstitutionKind.TRAINING_BASE, "辖区测试培训基地", 60, OPENED);
        Jurisdiction songshan = Jurisdiction.of("150404000000");
        assertThat(institutions.find(id, songshan)).isEmpty();
        UserAccount farStaff = accounts.create("inst-far", "150404000000", Role.STAFF);
        assertThatThrownBy(() -> access.visible(id, farStaff, songshan)).isInstanceOf(InstitutionNotFoundException.class);
        InstitutionInput outside = InstitutionFixtures.input(InstitutionKind.TRAINING_BASE, "外区基地", 10, OPENED);
        assertThatThrownBy(() -> registry.register(outside, songshan)).isInstanceOfSatisfying(InstitutionRuleException.class,
                e -> assertThat(e.fieldErrors().get("regionCode")).contains("管辖范围"));
        UserAccount employer = accounts.create("inst-emp", "150402000000", Role.EMPLOYER);
        assertThatThrownBy(() -> access.visible(id, employer, HONGSHAN)).isInstanceOf(InstitutionNotFoundException.class);
    }

    @Test
    void suspendingResumesAndClosingWaitsUntilNobodyIsServed() {
        long id = InstitutionFixtures.register(accounts, InstitutionKind.SHELTERED_WORKSHOP, "状态测试工场", 10, OPENED);
        registry.changeStatus(id, 0, "SUSPENDED", null, HONGSHAN);
        assertThat(institutions.find(id, HONGSHAN).orElseThrow().status()).isEqualTo(InstitutionStatus.SUSPENDED);
        registry.changeStatus(id, 1, "OPERATING", null, HONGSHAN);
        long person = InstitutionFixtures.person(accounts, 5, "状态测试人");
        Institution institution = institutions.find(id, HONGSHAN).orElseThrow();
        served.admit(institution, new ServedInput(String.valueOf(person), "SHELTERED_WORK", null,
                LocalDate.now().minusMonths(2).toString(), null), HONGSHAN);

        assertThatThrownBy(() -> registry.changeStatus(id, 2, "CLOSED", LocalDate.now().toString(), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors().get("status")).contains("仍在服务 1 人"));
        assertThatThrownBy(() -> registry.changeStatus(id, 2, "CLOSED", null, HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.fieldErrors()).containsKeys("closedOn", "status"));
        assertThat(actions(id)).contains("INSTITUTION_STATUS_CHANGED");
    }

    @Test
    void anInstitutionAccountSeesOnlyItsOwnInstitutionOnceLinked() {
        long own = InstitutionFixtures.register(accounts, InstitutionKind.CARE_HOME, "账号测试托养中心", 20, OPENED);
        long other = InstitutionFixtures.register(accounts, InstitutionKind.CARE_HOME, "账号测试另一中心", 20, OPENED);
        UserAccount account = accounts.create("inst-acc", InstitutionFixtures.VILLAGE, Role.INSTITUTION);
        assertThatThrownBy(() -> access.visible(own, account, account.jurisdiction())).isInstanceOf(InstitutionNotFoundException.class);

        institutionAccounts.link(own, account.username(), HONGSHAN);
        assertThat(access.visible(own, account, account.jurisdiction()).id()).isEqualTo(own);
        assertThatThrownBy(() -> access.visible(other, account, account.jurisdiction())).isInstanceOf(InstitutionNotFoundException.class);
        assertThatThrownBy(() -> institutionAccounts.link(other, account.username(), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.getMessage()).contains("已绑定其他机构"));
        UserAccount staff = accounts.create("inst-st", "150402000000", Role.STAFF);
        assertThatThrownBy(() -> institutionAccounts.link(own, staff.username(), HONGSHAN))
                .isInstanceOfSatisfying(InstitutionRuleException.class, e -> assertThat(e.getMessage()).contains("不是“服务机构”角色"));

        institutionAccounts.unlink(own, account.id(), HONGSHAN);
        assertThat(institutionAccounts.institutionOf(account)).isEmpty();
        assertThat(actions(own)).contains("INSTITUTION_ACCOUNT_LINKED", "INSTITUTION_ACCOUNT_UNLINKED");
    }
}
