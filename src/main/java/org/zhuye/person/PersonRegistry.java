package org.zhuye.person;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Registering and correcting persons. Checks that need the database (the village exists and is
 * in the caller's area, the certificate is not registered already) sit here; field rules are in
 * {@link PersonInput}. Every change is audited with the fields before and after.
 */
@Service
public class PersonRegistry {

    private final PersonRepository persons;
    private final RegionRepository regions;
    private final CodeLists codes;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final DuplicateFlags duplicates;
    private final EmploymentHistory employment;
    private final ApplicationEventPublisher events;

    PersonRegistry(PersonRepository persons, RegionRepository regions, CodeLists codes, FieldCipher cipher,
                   AuditTrail audit, DuplicateFlags duplicates, EmploymentHistory employment,
                   ApplicationEventPublisher events) {
        this.employment = employment;
        this.persons = persons;
        this.regions = regions;
        this.codes = codes;
        this.cipher = cipher;
        this.audit = audit;
        this.duplicates = duplicates;
        this.events = events;
    }

    /** Validates and saves a new person; throws {@link PersonRuleException} with every problem. */
    @Transactional
    public long register(PersonInput input, Jurisdiction jurisdiction) {
        return register(input, null, jurisdiction);
    }

    /**
     * Registers a person with the employment status found at registration (a baseline, not a
     * move into work). Both are checked before anything is written, and every problem in either
     * is reported at once.
     */
    @Transactional
    public long register(PersonInput input, EmploymentInput status, Jurisdiction jurisdiction) {
        PersonData data;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            data = check(input, jurisdiction, null);
        } catch (PersonRuleException e) {
            errors.putAll(e.fieldErrors());
            data = null;
        }
        EmploymentInput.Employment baseline = null;
        if (status != null) {
            var birth = CertificateNumber.parse(input.certificateNumber()).number();
            var validated = status.validate(codes, java.time.LocalDate.now(), birth == null ? null : birth.birthDate());
            errors.putAll(validated.errors());
            baseline = validated.employment();
        }
        if (!errors.isEmpty()) {
            throw new PersonRuleException(errors);
        }
        long id = insertChecked(data);
        if (baseline != null) {
            employment.recordChecked(id, data.regionCode(), baseline, true);
        }
        return id;
    }

    private long insertChecked(PersonData data) {
        long id = persons.insert(data, encrypt(data));
        audit.record(AuditEntry.of(AuditAction.PERSON_REGISTERED, "person", String.valueOf(id), data.regionCode())
                .withChange(null, data.auditState()));
        duplicates.flagLookalikes(id, data);
        events.publishEvent(PersonsChanged.of(id));
        return id;
    }

    /** Applies a correction directly (staff). {@code version} guards against overwriting another edit. */
    @Transactional
    public void update(long id, int version, PersonInput input, Jurisdiction jurisdiction) {
        Person current = persons.require(id, jurisdiction);
        current.requireNotMerged();
        PersonData data = check(input, jurisdiction, id).registeredOnOr(current.registeredOn());
        PersonData before = dataOf(current, jurisdiction);
        if (!persons.update(id, version, data, encrypt(data))) {
            throw new PersonRuleException(Map.of("version", "此记录已被他人修改，请刷新后重新编辑"));
        }
        Map<String, Object> was = before.auditState();
        Map<String, Object> now = data.auditState();
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!java.util.Objects.equals(value, was.get(field))) {
                changedBefore.put(field, was.get(field));
                changedAfter.put(field, value);
            }
        });
        if (!changedAfter.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.PERSON_UPDATED, "person", String.valueOf(id), data.regionCode())
                    .withChange(changedBefore, changedAfter));
        }
        duplicates.flagLookalikes(id, data);
        events.publishEvent(PersonsChanged.of(id));
    }

    /** The validated data a change would save, or every problem with it. */
    public PersonData check(PersonInput input, Jurisdiction jurisdiction, Long existingId) {
        PersonInput.Validated validated = input.validate(codes);
        Map<String, String> errors = new LinkedHashMap<>(validated.errors());
        Optional<RegionCode> region = Optional.ofNullable(input.regionCode()).map(String::strip)
                .filter(code -> code.matches("\\d{12}")).flatMap(RegionCode::parse);
        if (region.isPresent() && !errors.containsKey("regionCode")) {
            if (!jurisdiction.contains(region.get())) {
                errors.put("regionCode", "居住地超出您的管辖范围");
            } else if (regions.find(region.get(), jurisdiction).filter(r -> r.level() == 5).isEmpty()) {
                errors.put("regionCode", "居住地须为系统中已有的村级（嘎查村、社区）区划");
            }
        }
        CertificateNumber certificate = CertificateNumber.parse(input.certificateNumber()).number();
        if (certificate != null) {
            byte[] hash = cipher.lookupHash(certificate.withoutReissue());
            Optional<PersonRepository.RegisteredElsewhere> registered = persons.findRegistration(hash);
            if (registered.isPresent() && (existingId == null || registered.get().id() != existingId)) {
                errors.put("certificateNumber", jurisdiction.contains(RegionCode.of(registered.get().regionCode()))
                        ? "此残疾人证号已登记（人员编号 " + registered.get().id() + "）"
                        : "此残疾人证号已在其他地区登记，如需迁入请联系原登记地");
            }
        }
        if (!errors.isEmpty()) {
            throw new PersonRuleException(errors);
        }
        return validated.data();
    }

    /**
     * Decrypts one sensitive number for display; the act itself is audited with its purpose. Who may
     * do it is {@link PersonPermissions#mayReveal}, checked by every page that offers it.
     */
    @Transactional
    public String reveal(long id, String field, RevealPurpose purpose, Jurisdiction jurisdiction) {
        Person person = persons.require(id, jurisdiction);
        PersonRepository.Sensitive sensitive = persons.findSensitive(id, jurisdiction).orElseThrow();
        byte[] stored = switch (field) {
            case "certificate" -> sensitive.certificateCipher();
            case "phone" -> sensitive.phoneCipher();
            case "guardianPhone" -> sensitive.guardianPhoneCipher();
            default -> throw new IllegalArgumentException("不能查看此字段：" + field);
        };
        audit.record(AuditEntry.of(AuditAction.SENSITIVE_REVEALED, "person", String.valueOf(id), person.regionCode())
                .withDetail(revealedLabel(field) + "；用途：" + purpose.text()));
        return stored == null ? null : cipher.decrypt(stored);
    }

    /** What a reveal showed, in the words of the audit page. */
    public static String revealedLabel(String field) {
        return switch (field) {
            case "certificate" -> "残疾人证号";
            case "phone" -> "联系电话";
            case "guardianPhone" -> "监护人电话";
            default -> field;
        };
    }

    /** The current record as validated data, decrypting what the form needs to show again. */
    public PersonData dataOf(Person person, Jurisdiction jurisdiction) {
        PersonRepository.Sensitive sensitive = persons.findSensitive(person.id(), jurisdiction).orElseThrow();
        CertificateNumber certificate = CertificateNumber.parse(cipher.decrypt(sensitive.certificateCipher())).number();
        return new PersonData(certificate, person.name(), person.ethnicity(), person.education(), person.regionCode(),
                person.hukou(), decryptOrNull(sensitive.phoneCipher()), person.multipleCategories(), person.certStatus(),
                person.certIssuedOn(), person.certValidUntil(), person.guardianName(), person.guardianRelation(),
                decryptOrNull(sensitive.guardianPhoneCipher()), person.registeredOn());
    }

    private String decryptOrNull(byte[] stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    /**
     * The registry facts for a certificate number, wherever the person is registered (the reissue
     * suffix is ignored, as for registration). For an employer's quota declaration, which names its
     * employees by number; it returns no contact data.
     */
    public Optional<PersonRepository.RegisteredFacts> factsFor(CertificateNumber number) {
        return persons.findFacts(cipher.lookupHash(number.withoutReissue()));
    }

    public PersonRepository.Encrypted encrypt(PersonData data) {
        String phone = data.phone();
        return new PersonRepository.Encrypted(
                cipher.lookupHash(data.certificate().withoutReissue()),
                cipher.encrypt(data.certificate().value()),
                phone == null ? null : cipher.lookupHash(phone),
                phone == null ? null : cipher.encrypt(phone),
                data.guardianPhone() == null ? null : cipher.encrypt(data.guardianPhone()),
                data.guardianPhone() == null ? null : cipher.lookupHash(data.guardianPhone()));
    }
}
