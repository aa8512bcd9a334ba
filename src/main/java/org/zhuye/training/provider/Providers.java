package org.zhuye.training.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.person.PhoneNumber;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * Training providers: STAFF and ADMIN register outside schools of their area or take on one of our
 * institutions that trains (培训基地, and 盲人按摩机构 and 就业服务机构, which also run courses), and edit
 * them; staff-side users read them; an INSTITUTION account sees its own institution's provider.
 * Audited as {@code training_provider}.
 */
@Service
public class Providers {

    public static final String OBJECT_TYPE = "training_provider";
    /** The institution kinds that train, besides outside schools. */
    public static final Set<InstitutionKind> TRAINING_KINDS = Set.of(InstitutionKind.TRAINING_BASE, InstitutionKind.MASSAGE,
            InstitutionKind.EMPLOYMENT_SERVICE);

    private final ProviderStore store;
    private final InstitutionRepository institutions;
    private final RegionRepository regions;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    Providers(ProviderStore store, InstitutionRepository institutions, RegionRepository regions, FieldCipher cipher,
              AuditTrail audit) {
        this.store = store;
        this.institutions = institutions;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
    }

    static boolean staffEditor(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    /** A provider the user may see: staff-side, of their area; an INSTITUTION account, its own. 404 otherwise. */
    @Transactional(readOnly = true)
    public Provider read(long id, UserAccount user, Jurisdiction jurisdiction) {
        Optional<Provider> found = staffSide(user) ? store.find(id, jurisdiction)
                : ownProvider(user).filter(p -> p.id() == id);
        return found.orElseThrow(() -> new TrainingNotFoundException("培训机构", id));
    }

    /** The provider of the institution an INSTITUTION account (without staff-side roles) acts for, if it is one. */
    @Transactional(readOnly = true)
    public Optional<Provider> ownProvider(UserAccount user) {
        if (staffSide(user) || !user.roles().contains(Role.INSTITUTION)) {
            return Optional.empty();
        }
        return institutions.findLinkedTo(user.id()).flatMap(i -> store.findOfInstitution(i.id()));
    }

    /** Providers of the area, by place and name; staff-side users only. */
    @Transactional(readOnly = true)
    public Page<Provider> list(PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        if (!staffSide(user)) {
            throw new TrainingNotFoundException("培训机构列表", 0);
        }
        return paging.of(store.list(jurisdiction, paging.size(), paging.offset()), store.count(jurisdiction));
    }

    /** Institutions of the area that train and are not yet providers, for the register form. */
    @Transactional(readOnly = true)
    public java.util.List<Institution> institutionsToTakeOn(Jurisdiction jurisdiction) {
        return TRAINING_KINDS.stream().flatMap(k -> institutions.findOfKind(k, jurisdiction).stream())
                .filter(i -> store.findOfInstitution(i.id()).isEmpty())
                .sorted(java.util.Comparator.comparing(Institution::regionCode).thenComparing(Institution::name))
                .toList();
    }

    @Transactional
    public long register(ProviderInput input, UserAccount user, Jurisdiction jurisdiction) {
        requireEditor(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Long institutionId = input.institution();
        long id;
        Map<String, Object> state = new LinkedHashMap<>();
        if (institutionId != null) {
            ProviderInput.Contact contact = input.contact(errors);
            Institution institution = institutions.find(institutionId, jurisdiction).orElse(null);
            if (institution == null) {
                errors.put("institutionId", "您的管辖范围内没有编号为 " + institutionId + " 的服务机构");
            } else if (!TRAINING_KINDS.contains(institution.kind())) {
                errors.put("institutionId", institution.kind().label() + "不开展培训；只有残疾人职业培训基地、盲人按摩机构和残疾人就业服务机构可作为培训机构");
            } else if (store.findOfInstitution(institutionId).isPresent()) {
                errors.put("institutionId", "“" + institution.name() + "”已是培训机构");
            }
            if (!errors.isEmpty()) {
                throw new TrainingRuleException(errors);
            }
            id = store.insert(institutionId, institution.name(), institution.creditCode(), institution.regionCode(),
                    contact.name(), encrypt(contact.phone()), PhoneNumber.mask(contact.phone()), AuditTrail.currentActor());
            state.put("institutionId", String.valueOf(institutionId));
            state.put("name", institution.name());
            state.put("regionCode", institution.regionCode());
            state.put("contactName", contact.name());
            state.put("contactPhone", PhoneNumber.mask(contact.phone()));
            audit.record(AuditEntry.of(AuditAction.TRAINING_PROVIDER_REGISTERED, OBJECT_TYPE, String.valueOf(id),
                    institution.regionCode()).withChange(null, state));
            return id;
        }
        ProviderInput.School school = school(input, jurisdiction, 0);
        id = store.insert(null, school.name(), school.creditCode(), school.regionCode(), school.contact().name(),
                encrypt(school.contact().phone()), PhoneNumber.mask(school.contact().phone()), AuditTrail.currentActor());
        audit.record(AuditEntry.of(AuditAction.TRAINING_PROVIDER_REGISTERED, OBJECT_TYPE, String.valueOf(id),
                school.regionCode()).withChange(null, state(school, true)));
        return id;
    }

    /**
     * Edits an outside school's fields, or an institution provider's contact (its name and place are the
     * institution's own); {@code active} false retires a provider from new courses.
     */
    @Transactional
    public void update(long id, int version, ProviderInput input, boolean active, UserAccount user, Jurisdiction jurisdiction) {
        requireEditor(user);
        Provider current = read(id, user, jurisdiction);
        if (current.version() != version) {
            throw StaleTrainingRecordException.of("此培训机构");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        boolean saved;
        if (current.ourInstitution()) {
            Map<String, String> errors = new LinkedHashMap<>();
            ProviderInput.Contact contact = input.contact(errors);
            if (!errors.isEmpty()) {
                throw new TrainingRuleException(errors);
            }
            saved = store.update(id, version, current.name(), current.creditCode(), current.regionCode(), contact.name(),
                    encrypt(contact.phone()), PhoneNumber.mask(contact.phone()), active, AuditTrail.currentActor());
            after.put("contactName", contact.name());
            after.put("contactPhone", PhoneNumber.mask(contact.phone()));
            after.put("active", active);
        } else {
            ProviderInput.School school = school(input, jurisdiction, id);
            saved = store.update(id, version, school.name(), school.creditCode(), school.regionCode(),
                    school.contact().name(), encrypt(school.contact().phone()), PhoneNumber.mask(school.contact().phone()),
                    active, AuditTrail.currentActor());
            after.putAll(state(school, active));
            before.put("name", current.name());
            before.put("creditCode", current.creditCode());
            before.put("regionCode", current.regionCode());
        }
        before.put("contactName", current.contactName());
        before.put("contactPhone", current.contactPhoneMasked());
        before.put("active", current.active());
        if (!saved) {
            throw StaleTrainingRecordException.of("此培训机构");
        }
        before.keySet().removeIf(k -> java.util.Objects.equals(before.get(k), after.get(k)));
        after.keySet().retainAll(before.keySet());
        audit.record(AuditEntry.of(AuditAction.TRAINING_PROVIDER_UPDATED, OBJECT_TYPE, String.valueOf(id),
                current.regionCode()).withChange(before, after));
    }

    private ProviderInput.School school(ProviderInput input, Jurisdiction jurisdiction, long exceptId) {
        ProviderInput.School school;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            school = input.validateSchool(jurisdiction);
        } catch (TrainingRuleException e) {
            errors.putAll(e.fieldErrors());
            school = null;
        }
        if (school != null && !regions.exists(RegionCode.of(school.regionCode()))) {
            errors.put("regionCode", "没有这个区划：" + school.regionCode());
        }
        if (school != null && store.creditCodeTaken(school.creditCode(), exceptId)) {
            errors.put("creditCode", "统一社会信用代码 " + school.creditCode() + " 已登记为另一个培训机构");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return school;
    }

    private static Map<String, Object> state(ProviderInput.School school, boolean active) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", school.name());
        state.put("creditCode", school.creditCode());
        state.put("regionCode", school.regionCode());
        state.put("contactName", school.contact().name());
        state.put("contactPhone", PhoneNumber.mask(school.contact().phone()));
        state.put("active", active);
        return state;
    }

    private byte[] encrypt(String phone) {
        return phone == null ? null : cipher.encrypt(phone);
    }

    private static void requireEditor(UserAccount user) {
        if (!staffEditor(user)) {
            throw new TrainingNotFoundException("培训机构", 0);
        }
    }
}
