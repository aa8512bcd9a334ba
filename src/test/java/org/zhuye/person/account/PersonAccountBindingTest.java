package org.zhuye.person.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.UserRepository;
import org.zhuye.audit.AuditEvent;
import org.zhuye.audit.AuditLog;
import org.zhuye.audit.AuditQuery;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Binding a PERSON account to its registry person: by staff on the person page, or by the person with
 * certificate number, name and phone as the registry holds them (新城区 persons, phone 138 0000 1234).
 */
@ZhuyeTest
class PersonAccountBindingTest {

    private static final Jurisdiction XINCHENG = Jurisdiction.of("150102");
    private static final String PHONE = "13800001234";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonAccountBinding binding;
    @Autowired
    SelfBinding selfBinding;
    @Autowired
    PersonAccounts personAccounts;
    @Autowired
    DuplicateReview duplicates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserRepository users;

    private record Registered(long id, String certificate, String name) {
    }

    private Registered register(String name) {
        String certificate = PersonTestNumbers.next(4, 3);
        return new Registered(registry.register(PersonTestNumbers.input(certificate, name), XINCHENG), certificate, name);
    }

    private UserAccount personAccount(String prefix) {
        return accounts.create(prefix, "150102001001", Role.PERSON);
    }

    private List<AuditEvent> trail(String objectType, String objectId) {
        return auditLog.find(new AuditQuery(null, null, null, objectType, objectId, null, 0), Jurisdiction.of("15"));
    }

    @Test
    void staffBindAPersonAccountOfTheirJurisdictionAndUnbindItAuditedOnThePerson() {
        Registered person = register("绑定甲");
        UserAccount account = personAccount("pa-staff");
        assertThat(personAccounts.personOf(account)).isEmpty();

        binding.bind(person.id(), account.username(), XINCHENG);

        assertThat(personAccounts.personOf(account)).map(Person::id).contains(person.id());
        assertThat(binding.accountOf(person.id(), XINCHENG)).hasValueSatisfying(b -> assertThat(b.account().username()).isEqualTo(account.username()));
        binding.unbind(person.id(), account.id(), XINCHENG);
        assertThat(personAccounts.personOf(account)).isEmpty();
        assertThat(trail("person", String.valueOf(person.id()))).extracting(AuditEvent::action)
                .contains("PERSON_ACCOUNT_BOUND", "PERSON_ACCOUNT_UNBOUND");
    }

    @Test
    void staffCannotBindAnAccountThatIsNotAPersonAccountOrOneAlreadyBoundOrOutsideTheirArea() {
        Registered first = register("绑定乙");
        Registered second = register("绑定丙");
        UserAccount staff = accounts.create("pa-notperson", "150102000000", Role.STAFF);
        assertThatThrownBy(() -> binding.bind(first.id(), staff.username(), XINCHENG))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> assertThat(e.fieldErrors().get("username")).contains("不是“残疾人本人或家属”角色"));
        UserAccount far = accounts.create("pa-far", "150103000000", Role.PERSON);
        assertThatThrownBy(() -> binding.bind(first.id(), far.username(), XINCHENG))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> assertThat(e.getMessage()).contains("管辖范围内没有"));

        UserAccount account = personAccount("pa-once");
        binding.bind(first.id(), account.username(), XINCHENG);
        assertThatThrownBy(() -> binding.bind(second.id(), account.username(), XINCHENG))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> assertThat(e.getMessage()).contains("已绑定其他人员"));
        UserAccount other = personAccount("pa-twice");
        assertThatThrownBy(() -> binding.bind(first.id(), other.username(), XINCHENG))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> assertThat(e.getMessage()).contains("此人已绑定其他账号"));
    }

    @Test
    void anAdministratorCreatesAPersonAccountAtThePersonsVillageAndStaffCannot() {
        Registered person = register("新建甲");
        UserAccount admin = accounts.create("pa-admin", "150102000000", Role.ADMIN);
        String username = "person-" + System.nanoTime() % 1_000_000;
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin.username(), null, List.of()));
        String password;
        try {
            password = binding.createAndBind(admin, person.id(), username, "", XINCHENG);
        } finally {
            SecurityContextHolder.clearContext();
        }
        UserAccount created = users.findCredentials(username).orElseThrow().account();
        assertThat(password).isNotBlank();
        assertThat(created.roles()).containsExactly(Role.PERSON);
        assertThat(created.regionCode()).isEqualTo("150102001001");
        assertThat(created.displayName()).isEqualTo("新建甲");
        assertThat(personAccounts.personOf(created)).map(Person::id).contains(person.id());

        Registered another = register("新建乙");
        UserAccount staff = accounts.create("pa-nocreate", "150102000000", Role.STAFF);
        String refused = "person-refused-" + System.nanoTime() % 1_000_000;
        assertThatThrownBy(() -> binding.createAndBind(staff, another.id(), refused, "", XINCHENG))
                .isInstanceOfSatisfying(PersonRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("newAccount"));
        assertThat(users.findCredentials(refused)).isEmpty();
    }

    @Test
    void aPersonBindsThemselfWhenCertificateNameAndPhoneAllMatchTheRegistry() {
        Registered person = register("自助甲");
        UserAccount account = personAccount("pa-self");

        SelfBinding.Outcome outcome = selfBinding.bind(account, person.certificate(), " 自助甲 ", "+86 138 0000 1234");

        assertThat(outcome.bound()).isTrue();
        assertThat(personAccounts.personOf(account)).map(Person::id).contains(person.id());
        assertThat(trail("person", String.valueOf(person.id()))).extracting(AuditEvent::action).contains("PERSON_ACCOUNT_BOUND");
        assertThat(selfBinding.stateOf(account).bound()).isTrue();
    }

    @Test
    void aMismatchOfAnyOneFieldFailsWithOneAndTheSameMessageAndIsAuditedWithoutTheNumbers() {
        Registered person = register("自助乙");
        Registered someoneElse = register("自助丙");
        String wrongCertificate = someoneElse.certificate();
        List<String[]> tries = List.of(
                new String[]{wrongCertificate, person.name(), PHONE},
                new String[]{person.certificate(), "自助丁", PHONE},
                new String[]{person.certificate(), person.name(), "13900009999"},
                new String[]{PersonTestNumbers.next(4, 3), person.name(), PHONE});
        List<String> messages = new java.util.ArrayList<>();
        for (int i = 0; i < tries.size(); i++) {
            UserAccount account = personAccount("pa-wrong" + i);
            String[] typed = tries.get(i);
            SelfBinding.Outcome outcome = selfBinding.bind(account, typed[0], typed[1], typed[2]);
            assertThat(outcome.bound()).isFalse();
            messages.add(outcome.errors().toString());
            List<AuditEvent> audited = trail("user", account.username()).stream()
                    .filter(e -> e.action().equals("PERSON_BINDING_FAILED")).toList();
            assertThat(audited).hasSize(1);
            assertThat(audited).allSatisfy(e -> assertThat(String.join("|", String.valueOf(e.detail()),
                    String.valueOf(e.beforeState()), String.valueOf(e.afterState())))
                    .doesNotContain(typed[0], typed[0].substring(6, 14), typed[2], "13900009999", person.certificate()));
        }
        assertThat(messages).containsOnly(messages.get(0));
        assertThat(messages.get(0)).contains(SelfBinding.MISMATCH);
        assertThat(jdbc.sql("SELECT count(*) FROM person_account WHERE person_id = ?").param(person.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theThirdWrongTryLocksSelfBindingEvenForACorrectFourthUntilStaffLiftIt() {
        Registered person = register("锁定甲");
        UserAccount account = personAccount("pa-lock");
        for (int i = 0; i < 3; i++) {
            assertThat(selfBinding.bind(account, person.certificate(), person.name(), "1390000000" + i).bound()).isFalse();
        }
        assertThat(selfBinding.stateOf(account).locked()).isTrue();

        SelfBinding.Outcome correct = selfBinding.bind(account, person.certificate(), person.name(), PHONE);

        assertThat(correct.bound()).isFalse();
        assertThat(correct.errors().get("account")).isEqualTo(SelfBinding.LOCKED);
        assertThat(personAccounts.personOf(account)).isEmpty();

        binding.resetTries(account.username(), XINCHENG);
        assertThat(selfBinding.bind(account, person.certificate(), person.name(), PHONE).bound()).isTrue();
    }

    @Test
    void aMergedOrAlreadyBoundPersonIsRefusedEvenWhenAllThreeMatch() {
        Registered bound = register("已绑甲");
        binding.bind(bound.id(), personAccount("pa-first").username(), XINCHENG);
        UserAccount late = personAccount("pa-late");
        SelfBinding.Outcome refused = selfBinding.bind(late, bound.certificate(), bound.name(), PHONE);
        assertThat(refused.bound()).isFalse();
        assertThat(refused.errors().get("account")).contains("已绑定另一个账号");

        Registered kept = register("合并甲");
        String goneCertificate = PersonTestNumbers.sameBirthday(kept.certificate(), 450, "43");
        long gone = registry.register(PersonTestNumbers.input(goneCertificate, "合并甲"), XINCHENG);
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(kept.id(), gone), Math.max(kept.id(), gone)).query(Long.class).single();
        duplicates.merge(flag, kept.id(), XINCHENG);
        UserAccount mergedTry = personAccount("pa-merged");
        SelfBinding.Outcome merged = selfBinding.bind(mergedTry, goneCertificate, "合并甲", PHONE);
        assertThat(merged.bound()).isFalse();
        assertThat(merged.errors().get("account")).contains("合并");
        assertThat(personAccounts.personOf(mergedTry)).isEmpty();
        // Refusals that are not mismatches do not count towards the lock.
        assertThat(selfBinding.stateOf(mergedTry).triesLeft()).isEqualTo(3);
    }

    @Test
    void aMergeMovesTheDuplicatesAccountToTheKeptRecordWhenThatHasNone() {
        Registered kept = register("合并乙");
        String goneCertificate = PersonTestNumbers.sameBirthday(kept.certificate(), 451, "43");
        long gone = registry.register(PersonTestNumbers.input(goneCertificate, "合并乙"), XINCHENG);
        UserAccount account = personAccount("pa-moved");
        binding.bind(gone, account.username(), XINCHENG);
        long flag = jdbc.sql("SELECT id FROM duplicate_flag WHERE person_id = ? AND other_id = ?")
                .params(Math.min(kept.id(), gone), Math.max(kept.id(), gone)).query(Long.class).single();

        duplicates.merge(flag, kept.id(), XINCHENG);

        assertThat(personAccounts.personOf(account)).map(Person::id).contains(kept.id());
    }
}
