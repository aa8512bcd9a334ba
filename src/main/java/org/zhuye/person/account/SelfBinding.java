package org.zhuye.person.account;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PhoneNumber;
import org.zhuye.platform.crypto.FieldCipher;

/**
 * A PERSON account binds itself to its registry record by certificate number, name and phone as the
 * registry holds them: the certificate by its lookup hash (reissue suffix ignored, as at registration),
 * the name exactly, the phone by its lookup hash. Every kind of mismatch — no such certificate, another
 * name, another phone, no phone registered — answers the one {@link #MISMATCH} message, so a try tells a
 * guesser nothing about which field was right. {@link BindingFailures#LIMIT} wrong tries lock self-binding
 * until staff bind the account or reset it. Every refusal is audited without the typed numbers.
 *
 * <p>Returns an outcome rather than throwing: a wrong try must be stored, and an exception would roll it back.
 */
@Service
public class SelfBinding {

    public static final String MISMATCH = "填写的信息与残疾人登记信息不一致，未能绑定。请核对残疾人证号、姓名和登记时留的电话后再试";
    public static final String LOCKED = "连续3次未能核验通过，自助绑定已锁定。请带上残疾人证到村（社区）残疾人专职委员或残联窗口，由工作人员为您绑定或解除锁定；等待不会自动解锁";

    private final PersonRepository persons;
    private final PersonAccountLinks links;
    private final BindingFailures failures;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    SelfBinding(PersonRepository persons, PersonAccountLinks links, BindingFailures failures, FieldCipher cipher,
                AuditTrail audit) {
        this.persons = persons;
        this.links = links;
        this.failures = failures;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Where the account stands: already bound, locked, or how many tries remain. */
    public State stateOf(UserAccount user) {
        if (links.findPersonIdOf(user.id()).isPresent()) {
            return new State(true, false, 0);
        }
        int failed = failures.countOf(user.id());
        return new State(false, failed >= BindingFailures.LIMIT, Math.max(0, BindingFailures.LIMIT - failed));
    }

    @Transactional
    public Outcome bind(UserAccount user, String certificateNumber, String name, String phone) {
        if (!user.roles().contains(Role.PERSON) || user.roles().stream().anyMatch(Role::staffSide)) {
            return Outcome.refused(Map.of("account", "只有“残疾人本人或家属”账号可以绑定本人档案"));
        }
        Map<String, String> blanks = new LinkedHashMap<>();
        if (certificateNumber == null || certificateNumber.isBlank()) {
            blanks.put("certificateNumber", "请填写残疾人证号");
        }
        if (name == null || name.isBlank()) {
            blanks.put("name", "请填写姓名");
        }
        if (phone == null || phone.isBlank()) {
            blanks.put("phone", "请填写登记时留的联系电话");
        }
        CertificateNumber.Result certificate = blanks.containsKey("certificateNumber") ? null : CertificateNumber.parse(certificateNumber);
        if (certificate != null && !certificate.valid()) {
            // The number's own form is public knowledge; saying it is malformed reveals nothing about the registry.
            blanks.put("certificateNumber", "残疾人证号的格式不对：" + String.join("；", certificate.errors()));
        }
        failures.serialise(user.id());
        State state = stateOf(user);
        if (state.bound()) {
            return Outcome.refused(Map.of("account", "您的账号已绑定本人档案"));
        }
        if (state.locked()) {
            refuse(user, "自助绑定已锁定，本次未核验");
            return Outcome.refused(Map.of("account", LOCKED));
        }
        if (!blanks.isEmpty()) {
            // An empty or malformed field is not a try against the registry: nothing was compared.
            return Outcome.refused(blanks);
        }
        Optional<PersonRepository.BindingFacts> found = persons.findForBinding(
                cipher.lookupHash(certificate.number().withoutReissue()));
        String typedPhone = PhoneNumber.normalise(phone);
        boolean matches = found.isPresent() && found.get().name().equals(name.strip())
                && found.get().phoneHash() != null
                && MessageDigest.isEqual(found.get().phoneHash(), cipher.lookupHash(typedPhone));
        if (!matches) {
            failures.add(user.id());
            int left = BindingFailures.LIMIT - failures.countOf(user.id());
            refuse(user, left <= 0 ? "信息不一致，自助绑定已锁定" : "信息不一致（还可再试 " + left + " 次）");
            return Outcome.refused(Map.of("account", left <= 0 ? LOCKED : MISMATCH + "（还可再试 " + left + " 次）"));
        }
        PersonRepository.BindingFacts person = found.get();
        // The caller has proved all three facts, so saying why the record cannot be bound reveals nothing new.
        if (person.mergedInto() != null) {
            refuse(user, "信息一致，但该档案已合并到另一条记录");
            return Outcome.refused(Map.of("account", "您的档案已与另一条记录合并，请联系村（社区）残疾人专职委员为您绑定"));
        }
        if (links.isBound(person.id())) {
            refuse(user, "信息一致，但该档案已绑定其他账号");
            return Outcome.refused(Map.of("account", "您的档案已绑定另一个账号。如不是您本人绑定的，请联系村（社区）残疾人专职委员"));
        }
        try {
            links.insert(user.id(), person.id(), user.username());
        } catch (DuplicateKeyException e) {
            return Outcome.refused(Map.of("account", "您的档案或账号刚刚已被绑定，请刷新页面查看"));
        }
        failures.clear(user.id());
        audit.record(AuditEntry.of(AuditAction.PERSON_ACCOUNT_BOUND, "person", String.valueOf(person.id()),
                person.regionCode()).withDetail(user.username() + "（本人核验证号、姓名和电话后自助绑定）"));
        return new Outcome(person.id(), Map.of());
    }

    /** Audited on the account, never with what was typed: the trail must not become a list of numbers tried. */
    private void refuse(UserAccount user, String why) {
        audit.record(AuditEntry.of(AuditAction.PERSON_BINDING_FAILED, "user", user.username(), user.regionCode())
                .withDetail(why));
    }

    public record State(boolean bound, boolean locked, int triesLeft) {
    }

    /** The bound person's id, or the messages (keyed by field, {@code account} for the form as a whole). */
    public record Outcome(Long personId, Map<String, String> errors) {

        static Outcome refused(Map<String, String> errors) {
            return new Outcome(null, errors);
        }

        public boolean bound() {
            return personId != null;
        }
    }
}
