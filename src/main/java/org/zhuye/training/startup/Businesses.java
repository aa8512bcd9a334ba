package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Businesses started by registry persons, their 创业补贴 and loans with 贷款贴息; every change in one
 * transaction with its audit entry (object type {@value #OBJECT_TYPE}). Staff-side accounts read; STAFF,
 * ADMIN and GRASSROOTS register and correct businesses; only STAFF and ADMIN grant subsidies and record
 * loans (money). Others are answered as if the business did not exist. Each step has a package-private
 * form taking the day, which the demo uses to place records in the past.
 */
@Service
public class Businesses {

    static final String OBJECT_TYPE = "business";
    /** 就业形式 3: 个体就业（含自主创业）(rules.md §4.1). */
    static final String SELF_EMPLOYED = "3";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final BusinessRepository businesses;
    private final PersonRepository persons;
    private final WorkingAgeRules workingAge;
    private final EmploymentHistory employment;
    private final InstitutionRepository institutions;
    private final StartupRules rules;
    private final AuditTrail audit;
    private final JsonMapper json;

    Businesses(JdbcClient jdbc, BusinessRepository businesses, PersonRepository persons, WorkingAgeRules workingAge,
               EmploymentHistory employment, InstitutionRepository institutions, StartupRules rules, AuditTrail audit,
               JsonMapper json) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.persons = persons;
        this.workingAge = workingAge;
        this.employment = employment;
        this.institutions = institutions;
        this.rules = rules;
        this.audit = audit;
        this.json = json;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    static boolean reader(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    static boolean editor(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN) || user.roles().contains(Role.GRASSROOTS);
    }

    static boolean payer(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    public Business read(long id, UserAccount user, Jurisdiction jurisdiction) {
        if (!reader(user)) {
            throw new TrainingNotFoundException("创业实体", id);
        }
        return businesses.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("创业实体", id));
    }

    @Transactional
    public long create(BusinessInput input, UserAccount user, Jurisdiction jurisdiction) {
        if (!editor(user)) {
            throw new TrainingNotFoundException("创业实体", 0);
        }
        return create(input, jurisdiction, today());
    }

    /**
     * Registers a business and records the owner's move into work from its start: employed, 就业形式 3, the
     * business's name as employer, unless the registry's status on the start date is already exactly that
     * (employed, form 3, same name: entered before by a grassroots worker), whose event the business then keeps.
     */
    @Transactional
    long create(BusinessInput input, Jurisdiction jurisdiction, LocalDate today) {
        BusinessData data = check(input, null, jurisdiction, today);
        Optional<EmploymentRecord> status = employment.findStatusOn(data.personId(), data.startedOn(), jurisdiction);
        long eventId = status.filter(s -> s.employed() && Integer.valueOf(3).equals(s.form())
                        && data.name().equals(s.employerName()))
                .map(EmploymentRecord::id)
                .orElseGet(() -> employment.record(data.personId(), new EmploymentInput(data.startedOn().toString(), "是",
                        SELF_EMPLOYED, data.name(), null, null, null, null, null), false, jurisdiction));
        String actor = AuditTrail.currentActor();
        long id = jdbc.sql("""
                INSERT INTO business (person_id, kind, name, credit_code, industry, started_on, region_code, address,
                    jobs_created, jobs_for_disabled, incubator_id, incubated_from, incubated_until, employment_event_id,
                    created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(data.personId(), data.kind().name(), data.name(), data.creditCode(), data.industry().name(),
                        data.startedOn(), data.regionCode(), data.address(), data.jobsCreated(), data.jobsForDisabled(),
                        data.incubatorId(), data.incubatedFrom(), data.incubatedUntil(), eventId, actor, actor)
                .query(Long.class).single();
        Map<String, Object> after = state(data);
        after.put("employmentEventId", eventId);
        audit.record(AuditEntry.of(AuditAction.BUSINESS_REGISTERED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(null, after));
        return id;
    }

    /** Corrects a business. The registry event stays as recorded: a wrong start is corrected in the registry. */
    @Transactional
    public void update(long id, int version, BusinessInput input, UserAccount user, Jurisdiction jurisdiction) {
        Business business = read(id, user, jurisdiction);
        if (!editor(user)) {
            throw new TrainingNotFoundException("创业实体", id);
        }
        if (business.personId() != parseOr(input.personId(), business.personId())) {
            throw TrainingRuleException.of("personId", "创业者不能更改；登记错了人请注销此记录后为正确的人员登记");
        }
        BusinessData data = check(input, business, jurisdiction, today());
        int changed = jdbc.sql("""
                UPDATE business SET kind = ?, name = ?, credit_code = ?, industry = ?, started_on = ?, region_code = ?,
                    address = ?, jobs_created = ?, jobs_for_disabled = ?, incubator_id = ?, incubated_from = ?,
                    incubated_until = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(data.kind().name(), data.name(), data.creditCode(), data.industry().name(), data.startedOn(),
                        data.regionCode(), data.address(), data.jobsCreated(), data.jobsForDisabled(), data.incubatorId(),
                        data.incubatedFrom(), data.incubatedUntil(), AuditTrail.currentActor(), id, version)
                .update();
        if (changed == 0) {
            throw StaleTrainingRecordException.of("此创业实体");
        }
        audit.record(AuditEntry.of(AuditAction.BUSINESS_UPDATED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(state(business), state(data)));
    }

    @Transactional
    public void close(long id, int version, String closedOn, UserAccount user, Jurisdiction jurisdiction) {
        read(id, user, jurisdiction);
        if (!editor(user)) {
            throw new TrainingNotFoundException("创业实体", id);
        }
        close(id, version, closedOn, jurisdiction, today());
    }

    @Transactional
    void close(long id, int version, String closedOn, Jurisdiction jurisdiction, LocalDate today) {
        Business business = businesses.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("创业实体", id));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = BusinessInput.date(closedOn, "closedOn", "注销日期", true, errors);
        if (business.status() == BusinessStatus.CLOSED) {
            errors.put("closedOn", "此创业实体已于 " + business.closedOn() + " 注销");
        } else if (day != null && day.isAfter(today)) {
            errors.put("closedOn", "注销日期不能晚于今天");
        } else if (day != null && day.isBefore(business.startedOn())) {
            errors.put("closedOn", "注销日期不能早于成立日期（" + business.startedOn() + "）");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        int changed = jdbc.sql("""
                UPDATE business SET status = 'CLOSED', closed_on = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(day, AuditTrail.currentActor(), id, version).update();
        if (changed == 0) {
            throw StaleTrainingRecordException.of("此创业实体");
        }
        audit.record(AuditEntry.of(AuditAction.BUSINESS_CLOSED, OBJECT_TYPE, String.valueOf(id), business.regionCode())
                .withChange(Map.of("status", "OPERATING"), Map.of("status", "CLOSED", "closedOn", day.toString())));
    }

    /** What the 创业补贴 rule says today about a business: the amount and each condition. */
    public StartupSubsidyRule.Judgement judgeSubsidy(long id, UserAccount user, Jurisdiction jurisdiction) {
        return judge(read(id, user, jurisdiction), jurisdiction, today());
    }

    @Transactional
    public void grantSubsidy(long id, UserAccount user, Jurisdiction jurisdiction) {
        read(id, user, jurisdiction);
        if (!payer(user)) {
            throw new TrainingRuleException(Map.of("grant", "只有残联工作人员可以核发创业补贴"));
        }
        grantSubsidy(id, jurisdiction, today());
    }

    /** Grants the 创业补贴 on {@code day}, refused with every unmet condition named. */
    @Transactional
    StartupSubsidyRule.Judgement grantSubsidy(long id, Jurisdiction jurisdiction, LocalDate day) {
        Business business = businesses.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("创业实体", id));
        // One grant per person ever: the row lock on the person orders concurrent grants for them.
        jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(business.personId()).query(Long.class).single();
        StartupSubsidyRule rule = rules.subsidyOn(business.regionCode(), day);
        StartupSubsidyRule.Judgement judgement = judge(business, rule, day);
        if (!judgement.granted()) {
            Map<String, String> errors = new LinkedHashMap<>();
            judgement.unmet().forEach(c -> errors.put(c.key(), "不符合：" + c.label()));
            throw new TrainingRuleException(errors);
        }
        List<Map<String, Object>> conditions = new ArrayList<>();
        judgement.conditions().forEach(c -> conditions.add(Map.of("key", c.key(), "label", c.label(), "met", c.met())));
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("conditions", conditions);
        basis.put("source", rule.source());
        basis.put("evidence", rule.evidence().code());
        basis.put("minOperatingMonths", rule.minOperatingMonths());
        jdbc.sql("""
                INSERT INTO startup_subsidy (business_id, person_id, amount, granted_on, basis, granted_by)
                VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
                .params(id, business.personId(), judgement.amount(), day, json.writeValueAsString(basis),
                        AuditTrail.currentActor())
                .update();
        audit.record(AuditEntry.of(AuditAction.STARTUP_SUBSIDY_GRANTED, OBJECT_TYPE, String.valueOf(id), business.regionCode())
                .withChange(null, Map.of("subsidyAmount", judgement.amount().toPlainString(), "grantedOn", day.toString())));
        return judgement;
    }

    /** What the rule says on {@code day}, without granting (the demo asks before it grants). */
    StartupSubsidyRule.Judgement judgeOn(long id, Jurisdiction jurisdiction, LocalDate day) {
        Business business = businesses.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("创业实体", id));
        return judge(business, jurisdiction, day);
    }

    private StartupSubsidyRule.Judgement judge(Business business, Jurisdiction jurisdiction, LocalDate day) {
        return judge(business, rules.subsidyOn(business.regionCode(), day), day);
    }

    private StartupSubsidyRule.Judgement judge(Business business, StartupSubsidyRule rule, LocalDate day) {
        Person owner = owner(business.personId());
        boolean first = !jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM business WHERE person_id = ? AND id <> ? AND (started_on, id) < (?, ?))""")
                .params(business.personId(), business.id(), business.startedOn(), business.id()).query(Boolean.class).single();
        boolean granted = jdbc.sql("SELECT EXISTS (SELECT 1 FROM startup_subsidy WHERE person_id = ?)")
                .param(business.personId()).query(Boolean.class).single();
        boolean ofAge = workingAge.on(owner.regionCode(), day).isOfWorkingAge(owner.sex(), owner.birthDate(), day);
        boolean certificate = owner.certStatus() == CertificateStatus.VALID
                && (owner.certValidUntil() == null || !owner.certValidUntil().isBefore(day));
        return rule.judge(new StartupSubsidyRule.Facts(business.startedOn(), business.closedOn(), day, first, granted,
                ofAge, certificate));
    }

    /**
     * The owner as stored, read in the area of their own address: the owner may have moved out of the caller's
     * area since, and the business's place already admitted the caller.
     */
    private Person owner(long personId) {
        return persons.find(personId, Jurisdiction.of(ownerRegion(personId)))
                .orElseThrow(() -> new TrainingNotFoundException("人员", personId));
    }

    private String ownerRegion(long personId) {
        return jdbc.sql("SELECT region_code FROM person WHERE id = ?").param(personId).query(String.class).single();
    }

    @Transactional
    public long recordLoan(long id, LoanInput input, UserAccount user, Jurisdiction jurisdiction) {
        read(id, user, jurisdiction);
        if (!payer(user)) {
            throw new TrainingRuleException(Map.of("bank", "只有残联工作人员可以登记贷款和核算贴息"));
        }
        return recordLoan(id, input, jurisdiction, today());
    }

    /** Records a loan and its 贷款贴息 under the rule in force on the loan's start, kept with its basis. */
    @Transactional
    long recordLoan(long id, LoanInput input, Jurisdiction jurisdiction, LocalDate today) {
        Business business = businesses.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("创业实体", id));
        LoanInput.Validated validated = input.validate(business.startedOn(), today);
        if (validated.loan() == null) {
            throw new TrainingRuleException(validated.errors());
        }
        LoanInput.Loan loan = validated.loan();
        LoanInterestRule rule = rules.loanOn(business.regionCode(), loan.startedOn());
        LoanInterestRule.Subsidy subsidy = rule.compute(loan.amount(), loan.annualRate(), loan.termMonths());
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("subsidyPercent", rule.subsidyPercent().toPlainString());
        basis.put("rateCapPercent", rule.rateCapPercent().toPlainString());
        basis.put("maxAmount", rule.maxAmount().toPlainString());
        basis.put("maxTermMonths", rule.maxTermMonths());
        basis.put("evidence", rule.evidence().code());
        basis.put("source", rule.source());
        basis.put("method", "等额本金按月计息，按贷款年度汇总后四舍五入到分");
        long loanId = jdbc.sql("""
                INSERT INTO business_loan (business_id, bank, amount, annual_rate, term_months, started_on, interest_total,
                    subsidy_total, subsidy_by_year, basis, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::numeric[], ?::jsonb, ?) RETURNING id""")
                .params(id, loan.bank(), loan.amount(), loan.annualRate(), loan.termMonths(), loan.startedOn(),
                        subsidy.interestTotal(), subsidy.subsidyTotal(), pgArray(subsidy.subsidyByYear()),
                        json.writeValueAsString(basis), AuditTrail.currentActor())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("loanId", loanId);
        after.put("bank", loan.bank());
        after.put("loanAmount", loan.amount().toPlainString());
        after.put("annualRate", loan.annualRate().toPlainString());
        after.put("termMonths", loan.termMonths());
        after.put("loanStartedOn", loan.startedOn().toString());
        audit.record(AuditEntry.of(AuditAction.BUSINESS_LOAN_RECORDED, OBJECT_TYPE, String.valueOf(id), business.regionCode())
                .withChange(null, after));
        Map<String, Object> computed = new LinkedHashMap<>(basis);
        computed.put("loanId", loanId);
        computed.put("interestTotal", subsidy.interestTotal().toPlainString());
        computed.put("subsidyTotal", subsidy.subsidyTotal().toPlainString());
        audit.record(AuditEntry.of(AuditAction.LOAN_INTEREST_SUBSIDY_CALCULATED, OBJECT_TYPE, String.valueOf(id),
                business.regionCode()).withChange(null, computed));
        return loanId;
    }

    private static String pgArray(List<BigDecimal> values) {
        return "{" + String.join(",", values.stream().map(BigDecimal::toPlainString).toList()) + "}";
    }

    /** Every rule of a business at once: the input's own and those that need the database. */
    private BusinessData check(BusinessInput input, Business current, Jurisdiction jurisdiction, LocalDate today) {
        BusinessInput.Validated validated = input.validate(today);
        Map<String, String> errors = new LinkedHashMap<>(validated.errors());
        Long personId = current != null ? Long.valueOf(current.personId()) : parseOr(input.personId(), null);
        if (personId != null && !errors.containsKey("personId")) {
            Optional<Person> person = persons.find(personId, jurisdiction);
            if (person.isEmpty()) {
                errors.put("personId", "您的管辖范围内没有此人员（编号 " + personId + "）");
            } else if (person.get().merged()) {
                errors.put("personId", "此记录已合并到人员 " + person.get().mergedInto() + "，请为保留的记录登记");
            } else {
                LocalDate started = validated.ok() ? validated.data().startedOn()
                        : BusinessInput.date(input.startedOn(), "startedOn", "成立日期", false, new LinkedHashMap<>());
                if (started != null && !started.isBefore(person.get().birthDate())
                        && !workingAge.on(person.get().regionCode(), started)
                        .isOfWorkingAge(person.get().sex(), person.get().birthDate(), started)) {
                    errors.put("personId", person.get().name() + " 在成立日期（" + started + "）不在就业年龄段，不能登记为创业者");
                }
            }
        }
        String region = BusinessInput.text(input.regionCode());
        if (region != null && !errors.containsKey("regionCode")) {
            RegionCode code = RegionCode.of(region);
            if (!jurisdiction.contains(code) || !jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)")
                    .param(code.value()).query(Boolean.class).single()) {
                errors.put("regionCode", "经营地点须为您管辖范围内的区划");
            }
        }
        Long incubatorId = parseOr(input.incubatorId(), null);
        if (incubatorId != null && !errors.containsKey("incubatorId")) {
            Optional<Institution> incubator = institutions.find(incubatorId, jurisdiction);
            if (incubator.isEmpty() || incubator.get().kind() != InstitutionKind.INCUBATOR) {
                errors.put("incubatorId", "请选择您管辖范围内的创业孵化基地");
            }
        }
        if (validated.ok()) {
            boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM business WHERE credit_code = ? AND id <> ?)")
                    .params(validated.data().creditCode(), current == null ? -1L : current.id())
                    .query(Boolean.class).single();
            if (taken) {
                errors.put("creditCode", "统一社会信用代码 " + validated.data().creditCode() + " 已登记为另一个创业实体");
            }
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return validated.data();
    }

    private static Long parseOr(String text, Long otherwise) {
        String value = BusinessInput.text(text);
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : otherwise;
    }

    private static Map<String, Object> state(BusinessData d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", d.personId());
        state.put("kind", d.kind().name());
        state.put("name", d.name());
        state.put("creditCode", d.creditCode());
        state.put("industry", d.industry().name());
        state.put("startedOn", d.startedOn().toString());
        state.put("regionCode", d.regionCode());
        state.put("address", d.address());
        state.put("jobsCreated", d.jobsCreated());
        state.put("jobsForDisabled", d.jobsForDisabled());
        state.put("incubatorId", d.incubatorId());
        state.put("incubatedFrom", d.incubatedFrom() == null ? null : d.incubatedFrom().toString());
        state.put("incubatedUntil", d.incubatedUntil() == null ? null : d.incubatedUntil().toString());
        return state;
    }

    private static Map<String, Object> state(Business b) {
        return state(new BusinessData(b.personId(), b.kind(), b.name(), b.creditCode(), b.industry(), b.startedOn(),
                b.regionCode(), b.address(), b.jobsCreated(), b.jobsForDisabled(), b.incubatorId(), b.incubatedFrom(),
                b.incubatedUntil()));
    }
}
