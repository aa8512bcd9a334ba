package org.zhuye.institution.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.institution.Accessibility;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.StaleInstitutionException;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.form.FormFields;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Registering, correcting and opening or closing service institutions. Field rules are in
 * {@link InstitutionInput}; what needs the database is checked here, every problem at once. Every
 * change is audited on object type {@code institution} in the change's transaction.
 */
@Service
public class InstitutionRegistry {

    private final InstitutionRepository institutions;
    private final InstitutionStore store;
    private final RegionRepository regions;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    InstitutionRegistry(InstitutionRepository institutions, InstitutionStore store, RegionRepository regions,
                        FieldCipher cipher, AuditTrail audit) {
        this.institutions = institutions;
        this.store = store;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional
    public long register(InstitutionInput input, Jurisdiction jurisdiction) {
        InstitutionData data = check(input, jurisdiction, null, LocalDate.now());
        long id;
        try {
            id = store.insert(data, encrypt(data), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered();
        }
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_REGISTERED, "institution", String.valueOf(id), data.regionCode())
                .withChange(null, data.auditState()));
        return id;
    }

    /** Replaces an institution's fields; {@code version} guards against overwriting another edit (409). */
    @Transactional
    public void update(long id, int version, InstitutionInput input, Jurisdiction jurisdiction) {
        Institution current = institutions.find(id, jurisdiction).orElseThrow(() -> new InstitutionNotFoundException(id));
        InstitutionData data = check(input, jurisdiction, id, LocalDate.now());
        if (current.status() == InstitutionStatus.CLOSED && current.closedOn().isBefore(data.openedOn())) {
            throw new InstitutionRuleException(Map.of("openedOn", "开办日期不能晚于关闭日期 " + current.closedOn()));
        }
        Map<String, Object> was = dataOf(current, jurisdiction).auditState();
        boolean applied;
        try {
            applied = store.update(id, version, data, encrypt(data), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw alreadyRegistered();
        }
        if (!applied) {
            throw new StaleInstitutionException("此机构");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        data.auditState().forEach((field, value) -> {
            if (!Objects.equals(value, was.get(field))) {
                before.put(field, was.get(field));
                after.put(field, value);
            }
        });
        if (!after.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.INSTITUTION_UPDATED, "institution", String.valueOf(id), data.regionCode())
                    .withChange(before, after));
        }
    }

    /**
     * Suspends, resumes or closes. OPERATING ⇄ SUSPENDED; either → CLOSED with a date between the opening and
     * today, and only once nobody is served any more (their spans must be ended first, so the registry's
     * statuses that rest on them are settled by a person, not by the closing). A closed institution stays closed.
     */
    @Transactional
    public void changeStatus(long id, int version, String status, String closedOn, Jurisdiction jurisdiction) {
        Institution current = institutions.find(id, jurisdiction).orElseThrow(() -> new InstitutionNotFoundException(id));
        Map<String, String> errors = new LinkedHashMap<>();
        InstitutionStatus next = null;
        for (InstitutionStatus s : InstitutionStatus.values()) {
            if (s.name().equals(status) || s.label().equals(status)) {
                next = s;
            }
        }
        LocalDate closed = null;
        if (next == null) {
            errors.put("status", "状态须为正常运营、暂停服务或已关闭");
        } else if (current.status() == InstitutionStatus.CLOSED) {
            errors.put("status", "机构已于 " + current.closedOn() + " 关闭，不能再变更状态");
        } else if (next == current.status()) {
            errors.put("status", "机构已是“" + next.label() + "”状态");
        } else if (next == InstitutionStatus.CLOSED) {
            closed = FormFields.pastDate(closedOn, "closedOn", "关闭日期", true, LocalDate.now(), errors);
            if (closed != null && closed.isBefore(current.openedOn())) {
                errors.put("closedOn", "关闭日期不能早于开办日期 " + current.openedOn());
            }
            int open = store.openSpans(id);
            if (open > 0) {
                errors.put("status", "机构仍在服务 " + open + " 人，须先为他们办理服务结束，才能关闭");
            }
        } else if (InstitutionInput.text(closedOn) != null) {
            errors.put("closedOn", "只有关闭机构时才填写关闭日期");
        }
        if (!errors.isEmpty()) {
            throw new InstitutionRuleException(errors);
        }
        if (!store.updateStatus(id, version, next, closed, AuditTrail.currentActor())) {
            throw new StaleInstitutionException("此机构");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", current.status().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", next.name());
        if (closed != null) {
            after.put("closedOn", closed.toString());
        }
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_STATUS_CHANGED, "institution", String.valueOf(id),
                current.regionCode()).withChange(before, after));
    }

    /** The validated data a change would save, or every problem with it (field and database rules together). */
    InstitutionData check(InstitutionInput input, Jurisdiction jurisdiction, Long existingId, LocalDate today) {
        InstitutionInput.Validated validated = input.validate(today);
        Map<String, String> errors = new LinkedHashMap<>(validated.errors());
        RegionCode.parse(InstitutionInput.text(input.regionCode())).filter(r -> !errors.containsKey("regionCode"))
                .ifPresent(region -> {
                    if (!jurisdiction.contains(region)) {
                        errors.put("regionCode", "所在地超出您的管辖范围");
                    } else if (regions.find(region, jurisdiction).isEmpty()) {
                        errors.put("regionCode", "系统中没有这个区划：" + region.value());
                    }
                });
        if (validated.ok() && validated.data().creditCode() != null) {
            store.findRegistration(validated.data().creditCode())
                    .filter(found -> existingId == null || found.id() != existingId)
                    .ifPresent(found -> errors.put("creditCode", jurisdiction.contains(RegionCode.of(found.regionCode()))
                            ? "此统一社会信用代码已登记（机构编号 " + found.id() + "），一个代码只登记一个机构"
                            : "此统一社会信用代码已在其他地区登记，一个代码只登记一个机构"));
        }
        if (!errors.isEmpty()) {
            throw new InstitutionRuleException(errors);
        }
        return validated.data();
    }

    /** Decrypts the contact phone for display; the act is audited. */
    @Transactional
    public String revealPhone(long id, Jurisdiction jurisdiction) {
        Institution institution = institutions.find(id, jurisdiction).orElseThrow(() -> new InstitutionNotFoundException(id));
        audit.record(AuditEntry.of(AuditAction.SENSITIVE_REVEALED, "institution", String.valueOf(id), institution.regionCode())
                .withDetail("contactPhone"));
        return store.findContactPhoneCipher(id, jurisdiction).map(cipher::decrypt).orElse(null);
    }

    /** The stored record as data, the phone decrypted (for the edit form and audit diffs). */
    InstitutionData dataOf(Institution i, Jurisdiction jurisdiction) {
        String phone = store.findContactPhoneCipher(i.id(), jurisdiction).map(cipher::decrypt).orElse(null);
        return new InstitutionData(i.kind(), i.name(), i.creditCode(), i.regionCode(), i.address(), i.capacity(),
                i.accessibility().stream().map(Accessibility::valueOf).toList(), i.contactName(), phone, i.openedOn());
    }

    /** The form's text for an institution (the edit form). */
    InstitutionInput inputOf(Institution i, Jurisdiction jurisdiction) {
        InstitutionData d = dataOf(i, jurisdiction);
        return new InstitutionInput(d.kind().name(), d.name(), d.creditCode(), d.regionCode(), d.address(),
                String.valueOf(d.capacity()), i.accessibility(), d.contactName(), d.contactPhone(), d.openedOn().toString());
    }

    private static InstitutionRuleException alreadyRegistered() {
        return new InstitutionRuleException(Map.of("creditCode", "此统一社会信用代码刚刚已被登记，一个代码只登记一个机构"));
    }

    private byte[] encrypt(InstitutionData data) {
        return data.contactPhone() == null ? null : cipher.encrypt(data.contactPhone());
    }
}
