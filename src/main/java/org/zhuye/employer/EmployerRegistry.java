package org.zhuye.employer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
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
 * Registering and correcting employers. Field rules are in {@link EmployerInput}; what needs the
 * database (the region exists and is in the caller's area, the credit code is not registered
 * yet) is checked here. Every change is audited with the fields before and after.
 */
@Service
public class EmployerRegistry {

    private final EmployerRepository employers;
    private final RegionRepository regions;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    EmployerRegistry(EmployerRepository employers, RegionRepository regions, FieldCipher cipher, AuditTrail audit) {
        this.employers = employers;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Validates and saves a new employer; throws {@link EmployerRuleException} with every problem. */
    @Transactional
    public long register(EmployerInput input, Jurisdiction jurisdiction) {
        EmployerData data = check(input, jurisdiction, null);
        long id;
        try {
            id = employers.insert(data, encrypt(data), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered();
        }
        audit.record(AuditEntry.of(AuditAction.EMPLOYER_REGISTERED, "employer", String.valueOf(id), data.regionCode())
                .withChange(null, data.auditState()));
        return id;
    }

    /** Replaces an employer's fields; {@code version} guards against overwriting another edit. */
    @Transactional
    public void update(long id, int version, EmployerInput input, Jurisdiction jurisdiction) {
        Employer current = employers.find(id, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(id));
        EmployerData data = check(input, jurisdiction, id);
        Map<String, Object> was = dataOf(current, jurisdiction).auditState();
        boolean applied;
        try {
            applied = employers.update(id, version, data, encrypt(data), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered();
        }
        if (!applied) {
            throw new EmployerRuleException(Map.of("version", "此单位已被他人修改，请刷新后重新编辑"));
        }
        Map<String, Object> now = data.auditState();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(value, was.get(field))) {
                before.put(field, was.get(field));
                after.put(field, value);
            }
        });
        if (!after.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.EMPLOYER_UPDATED, "employer", String.valueOf(id), data.regionCode())
                    .withChange(before, after));
        }
    }

    /** The validated data a change would save, or every problem with it (field rules and database rules together). */
    EmployerData check(EmployerInput input, Jurisdiction jurisdiction, Long existingId) {
        EmployerInput.Validated validated = input.validate();
        Map<String, String> errors = new LinkedHashMap<>(validated.errors());
        Optional<RegionCode> region = RegionCode.parse(input.regionCode() == null ? null : input.regionCode().strip());
        if (region.isPresent() && !errors.containsKey("regionCode")) {
            if (!jurisdiction.contains(region.get())) {
                errors.put("regionCode", "注册地超出您的管辖范围");
            } else if (regions.find(region.get(), jurisdiction).isEmpty()) {
                errors.put("regionCode", "系统中没有这个区划：" + region.get().value());
            }
        }
        UnifiedSocialCreditCode.Result code = UnifiedSocialCreditCode.parse(input.creditCode());
        if (code.valid()) {
            employers.findRegistration(code.code().value())
                    .filter(found -> existingId == null || found.id() != existingId)
                    .ifPresent(found -> errors.put("creditCode", jurisdiction.contains(RegionCode.of(found.regionCode()))
                            ? "此统一社会信用代码已登记（单位编号 " + found.id() + "），一个代码只登记一个单位"
                            : "此统一社会信用代码已在其他地区登记，一个代码只登记一个单位"));
        }
        if (!errors.isEmpty()) {
            throw new EmployerRuleException(errors);
        }
        return validated.data();
    }

    /** Decrypts the contact phone for display; the act is audited. */
    @Transactional
    public String revealPhone(long id, Jurisdiction jurisdiction) {
        Employer employer = employers.find(id, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(id));
        audit.record(AuditEntry.of(AuditAction.SENSITIVE_REVEALED, "employer", String.valueOf(id), employer.regionCode())
                .withDetail("contactPhone"));
        return employers.findContactPhoneCipher(id, jurisdiction).map(cipher::decrypt).orElse(null);
    }

    /** The stored record as data, the phone decrypted (for the edit form, which reveals it, and for audit diffs). */
    EmployerData dataOf(Employer employer, Jurisdiction jurisdiction) {
        String phone = employers.findContactPhoneCipher(employer.id(), jurisdiction).map(cipher::decrypt).orElse(null);
        return new EmployerData(new UnifiedSocialCreditCode(employer.creditCode()), employer.name(), employer.type(),
                employer.level(), employer.authorisedPosts(), employer.school(), employer.industry(),
                employer.regionCode(), employer.contactName(), phone);
    }

    /** Two clerks registering the same code at once: the second meets the unique index, not a 500. */
    private static EmployerRuleException alreadyRegistered() {
        return new EmployerRuleException(Map.of("creditCode", "此统一社会信用代码刚刚已被登记，一个代码只登记一个单位"));
    }

    private byte[] encrypt(EmployerData data) {
        return data.contactPhone() == null ? null : cipher.encrypt(data.contactPhone());
    }
}
