package org.zhuye.employer.declaration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.employer.Employer;
import org.zhuye.employer.levy.LevyResult;
import org.zhuye.person.CertificateNumber;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;

/**
 * The annual declaration's workflow: draft → submitted → (returned → submitted) → confirmed.
 * Every step checks the employees again, stores the outcome, and is audited in the same
 * transaction; a step the status does not allow changes nothing.
 */
@Service
public class Declarations {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DeclarationRepository declarations;
    private final DeclarationParameters parameters;
    private final DeclarationChecker checker;
    private final DeclarationAccess access;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    Declarations(DeclarationRepository declarations, DeclarationParameters parameters, DeclarationChecker checker,
                 DeclarationAccess access, FieldCipher cipher, AuditTrail audit) {
        this.declarations = declarations;
        this.parameters = parameters;
        this.checker = checker;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Starts a draft for a unit and collection year; the unit's account, or staff on its behalf. */
    @Transactional
    public long create(Long employerId, String yearText, DeclarationInput input, UserAccount user, Jurisdiction jurisdiction) {
        Employer employer = access.unitToFileFor(employerId, user, jurisdiction);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = yearText != null && yearText.strip().matches("\\d{4}") ? Integer.parseInt(yearText.strip()) : null;
        if (year == null) {
            errors.put("year", "征收年度须为4位年份，如 2024");
        }
        DeclarationData data = null;
        try {
            data = input.validate();
        } catch (DeclarationRuleException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new DeclarationRuleException(errors);
        }
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), year);
        declarations.findFor(employer.id(), year, Jurisdiction.of(employer.regionCode())).ifPresent(existing -> {
            throw DeclarationRuleException.of("year", "本单位 " + year + " 年度已有申报（编号 " + existing.id() + "），请在原申报上修改");
        });
        long id;
        try {
            id = declarations.insert(employer.id(), year, data, AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw DeclarationRuleException.of("year", "本单位 " + year + " 年度的申报刚刚已由他人建立，请刷新后查看");
        }
        List<DeclarationRepository.StoredLine> lines = store(id, employer, rules, data.employees());
        audit.record(AuditEntry.of(AuditAction.DECLARATION_CREATED, "quota_declaration", String.valueOf(id),
                employer.regionCode()).withChange(null, state(year, data, lines)));
        return id;
    }

    /** Replaces a draft's or returned declaration's figures; {@code version} guards against overwriting another edit. */
    @Transactional
    public void update(long id, int version, DeclarationInput input, UserAccount user, Jurisdiction jurisdiction) {
        Declaration current = access.visible(id, declarations, user, jurisdiction);
        requireFiler(current, user, jurisdiction);
        if (!current.status().editable()) {
            throw new DeclarationStateException("申报状态为“" + current.status().label() + "”，不能修改"
                    + (current.status() == DeclarationStatus.CONFIRMED ? "（已确认的申报已锁定）" : "（待审核期间须先由审核人员退回）"));
        }
        DeclarationData data = input.validate();
        Employer employer = access.unitOf(current, user, jurisdiction);
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), current.year());
        Map<String, Object> before = stateOf(current, jurisdiction(employer));
        if (!declarations.updateFigures(id, version, data, AuditTrail.currentActor())) {
            throw new DeclarationStateException("此申报已被他人修改或已提交，请刷新后重新编辑");
        }
        List<DeclarationRepository.StoredLine> lines = store(id, employer, rules, data.employees());
        audit.record(AuditEntry.of(AuditAction.DECLARATION_UPDATED, "quota_declaration", String.valueOf(id),
                employer.regionCode()).withChange(before, state(current.year(), data, lines)));
    }

    /** Draft or returned → submitted. A first submission after the year's deadline is refused. */
    @Transactional
    public void submit(long id, int version, UserAccount user, Jurisdiction jurisdiction) {
        submit(id, version, today(), user, jurisdiction);
    }

    /**
     * As {@link #submit(long, int, UserAccount, Jurisdiction)}, with the deadline judged on {@code filedOn}
     * instead of today. Package-private for {@link DemoDeclarations} alone, which replays a past year's
     * filing season through the real workflow; every other check is the same.
     */
    @Transactional
    void submit(long id, int version, LocalDate filedOn, UserAccount user, Jurisdiction jurisdiction) {
        Declaration current = access.visible(id, declarations, user, jurisdiction);
        requireFiler(current, user, jurisdiction);
        Employer employer = access.unitOf(current, user, jurisdiction);
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), current.year());
        if (!current.status().editable()) {
            throw new DeclarationStateException("申报状态为“" + current.status().label() + "”，不能提交");
        }
        if (current.status() == DeclarationStatus.DRAFT && filedOn.isAfter(rules.filingDeadline())) {
            throw new DeclarationStateException(current.year() + " 年度申报已于 " + rules.filingDeadline()
                    + " 截止，不能再提交；逾期未申报的单位按未安排残疾人就业处理");
        }
        recheck(current, employer, rules);
        move(current, version, DeclarationStatus.SUBMITTED, null);
        audit.record(AuditEntry.of(AuditAction.DECLARATION_SUBMITTED, "quota_declaration", String.valueOf(id),
                employer.regionCode()));
    }

    /** Submitted → returned, with the reason the unit will see. */
    @Transactional
    public void returnForCorrection(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction) {
        Declaration current = access.visible(id, declarations, user, jurisdiction);
        Employer employer = access.unitOf(current, user, jurisdiction);
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), current.year());
        requireReviewer(user, rules);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw DeclarationRuleException.of("reason", "请填写退回理由（不超过1000字），单位将看到它");
        }
        if (current.status() != DeclarationStatus.SUBMITTED) {
            throw new DeclarationStateException("只有已提交待审核的申报可以退回，此申报为“" + current.status().label() + "”");
        }
        move(current, version, DeclarationStatus.RETURNED, text);
        audit.record(AuditEntry.of(AuditAction.DECLARATION_RETURNED, "quota_declaration", String.valueOf(id),
                employer.regionCode()).withDetail(text));
    }

    /** Submitted → confirmed: the employees are checked a last time and the levy frozen; the declaration is locked. */
    @Transactional
    public void confirm(long id, int version, UserAccount user, Jurisdiction jurisdiction) {
        Declaration current = access.visible(id, declarations, user, jurisdiction);
        Employer employer = access.unitOf(current, user, jurisdiction);
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), current.year());
        requireReviewer(user, rules);
        if (current.status() != DeclarationStatus.SUBMITTED) {
            throw new DeclarationStateException("只有已提交待审核的申报可以确认，此申报为“" + current.status().label() + "”");
        }
        List<DeclarationRepository.StoredLine> lines = recheck(current, employer, rules);
        DeclarationChecker.LevyOutcome levy = checker.levy(employer, current.year(), current.headcount(),
                current.wageTotal(), counted(lines));
        if (levy.result() == null) {
            throw new DeclarationStateException("无法计算残保金，不能确认：" + levy.error());
        }
        LevyResult r = levy.result();
        // An exempt unit's levy needs no required number, but the lists and the disclosure still show one.
        java.math.BigDecimal required = r.required() != null ? r.required()
                : r.staff().multiply(checker.quotaRatio(employer, current.year()));
        java.math.BigDecimal shortfall = r.shortfall() != null ? r.shortfall()
                : required.subtract(r.counted()).max(java.math.BigDecimal.ZERO);
        Declaration.Result result = new Declaration.Result(r.staff(), r.counted(), required, shortfall, r.due(), r.exempt());
        if (!declarations.confirm(id, version, result, AuditTrail.currentActor())) {
            throw new DeclarationStateException("此申报已被他人处理，请刷新后查看");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("staff", r.staff());
        after.put("counted", r.counted());
        after.put("due", r.due().toPlainString());
        after.put("exempt", r.exempt());
        audit.record(AuditEntry.of(AuditAction.DECLARATION_CONFIRMED, "quota_declaration", String.valueOf(id),
                employer.regionCode()).withChange(null, after));
    }

    /** The declaration as the viewer sees it: checks as of now (as frozen once confirmed), the levy and the next steps. */
    @Transactional(readOnly = true)
    public DeclarationView view(long id, UserAccount user, Jurisdiction jurisdiction) {
        Declaration declaration = access.visible(id, declarations, user, jurisdiction);
        Employer employer = access.unitOf(declaration, user, jurisdiction);
        DeclarationRules rules = parameters.rulesFor(employer.regionCode(), declaration.year());
        List<DeclaredEmployee> stored = declarations.findEmployees(id, jurisdiction(employer));
        List<DeclarationView.Row> rows = new ArrayList<>();
        List<DeclarationChecker.CountedEmployee> counted = new ArrayList<>();
        if (declaration.status() == DeclarationStatus.CONFIRMED) {
            for (DeclaredEmployee e : stored) {
                rows.add(new DeclarationView.Row(e, e.problems()));
                if (e.counted()) {
                    counted.add(new DeclarationChecker.CountedEmployee(e.category(), e.grade(), e.months()));
                }
            }
        } else {
            List<EmployeeLine> lines = linesOf(declaration, employer);
            List<EmployeeCheck.Outcome> outcomes = checker.check(employer, rules, lines);
            for (int i = 0; i < stored.size(); i++) {
                EmployeeCheck.Outcome outcome = outcomes.get(i);
                DeclaredEmployee e = stored.get(i);
                rows.add(new DeclarationView.Row(new DeclaredEmployee(e.line(), e.name(), e.certificateMasked(),
                        outcome.personId(), outcome.category(), outcome.grade(), e.months(), e.contract(),
                        e.monthlyWage(), e.socialInsurance(), e.dispatch(), outcome.problems(), outcome.counted()),
                        outcome.problems()));
                if (outcome.counted()) {
                    counted.add(new DeclarationChecker.CountedEmployee(outcome.category(), outcome.grade(), e.months()));
                }
            }
        }
        DeclarationChecker.LevyOutcome levy = checker.levy(employer, declaration.year(), declaration.headcount(),
                declaration.wageTotal(), counted);
        Long ownUnit = access.scope(user, jurisdiction).employerId();
        boolean filer = DeclarationAccess.mayFile(user, declaration, ownUnit);
        boolean deadlinePassed = today().isAfter(rules.filingDeadline());
        DeclarationView.Actions actions = new DeclarationView.Actions(
                filer && declaration.status().editable(),
                filer && (declaration.status() == DeclarationStatus.RETURNED
                        || (declaration.status() == DeclarationStatus.DRAFT && !deadlinePassed)),
                DeclarationAccess.mayReview(user, rules) && declaration.status() == DeclarationStatus.SUBMITTED,
                deadlinePassed);
        return new DeclarationView(declaration, employer, rules, rows, levy, actions);
    }

    /** The stored figures as form input, certificate numbers in full (the caller audits showing them). */
    @Transactional(readOnly = true)
    public DeclarationInput inputOf(Declaration declaration, Employer employer) {
        List<DeclaredEmployee> stored = declarations.findEmployees(declaration.id(), jurisdiction(employer));
        List<byte[]> ciphers = declarations.findCertificateCiphers(declaration.id(), jurisdiction(employer));
        List<EmployeeInput> employees = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            DeclaredEmployee e = stored.get(i);
            employees.add(new EmployeeInput(e.name(), cipher.decrypt(ciphers.get(i)), String.valueOf(e.months()),
                    String.valueOf(e.contract()), e.monthlyWage().toPlainString(), String.valueOf(e.socialInsurance()),
                    e.dispatch().name()));
        }
        return new DeclarationInput(declaration.staffCount() == null ? "" : String.valueOf(declaration.staffCount()),
                declaration.monthlyHeadcounts() == null ? List.of()
                        : declaration.monthlyHeadcounts().stream().map(String::valueOf).toList(),
                declaration.wageTotal().toPlainString(), employees);
    }

    /** The day in Inner Mongolia's time zone: what filing deadlines are judged against. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private void requireFiler(Declaration declaration, UserAccount user, Jurisdiction jurisdiction) {
        if (!DeclarationAccess.mayFile(user, declaration, access.scope(user, jurisdiction).employerId())) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN,
                    "只有本单位账号或残联工作人员可以填报、提交年审申报");
        }
    }

    private static void requireReviewer(UserAccount user, DeclarationRules rules) {
        if (!DeclarationAccess.mayReview(user, rules)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN,
                    rules.year() + " 年度的申报由" + rules.reviewLevel().label() + "工作人员审核，您无权退回或确认");
        }
    }

    private void move(Declaration current, int version, DeclarationStatus to, String reason) {
        if (!declarations.transition(current.id(), version, current.status(), to, AuditTrail.currentActor(), reason)) {
            throw new DeclarationStateException("此申报已被他人修改或处理，请刷新后查看");
        }
    }

    /** Checks the stored employees again and stores the outcomes (other units' filings may have changed). */
    private List<DeclarationRepository.StoredLine> recheck(Declaration declaration, Employer employer, DeclarationRules rules) {
        return store(declaration.id(), employer, rules, linesOf(declaration, employer));
    }

    private List<DeclarationRepository.StoredLine> store(long id, Employer employer, DeclarationRules rules,
                                                         List<EmployeeLine> lines) {
        List<EmployeeCheck.Outcome> outcomes = checker.check(employer, rules, lines);
        List<DeclarationRepository.StoredLine> stored = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            stored.add(new DeclarationRepository.StoredLine(i + 1, lines.get(i),
                    cipher.encrypt(lines.get(i).certificateText()), outcomes.get(i)));
        }
        declarations.replaceEmployees(id, stored);
        return stored;
    }

    private List<EmployeeLine> linesOf(Declaration declaration, Employer employer) {
        List<DeclaredEmployee> stored = declarations.findEmployees(declaration.id(), jurisdiction(employer));
        List<byte[]> ciphers = declarations.findCertificateCiphers(declaration.id(), jurisdiction(employer));
        List<EmployeeLine> lines = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            DeclaredEmployee e = stored.get(i);
            String number = cipher.decrypt(ciphers.get(i));
            lines.add(new EmployeeLine(e.name(), number, CertificateNumber.parse(number), e.months(), e.contract(),
                    e.monthlyWage(), e.socialInsurance(), e.dispatch()));
        }
        return lines;
    }

    private static List<DeclarationChecker.CountedEmployee> counted(List<DeclarationRepository.StoredLine> lines) {
        return lines.stream().filter(l -> l.outcome().counted())
                .map(l -> new DeclarationChecker.CountedEmployee(l.outcome().category(), l.outcome().grade(),
                        l.employee().months()))
                .toList();
    }

    /** The unit's own area: the declaration's rows are read there, whoever asks (access was decided already). */
    private static Jurisdiction jurisdiction(Employer employer) {
        return Jurisdiction.of(employer.regionCode());
    }

    private Map<String, Object> stateOf(Declaration declaration, Jurisdiction area) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("staffCount", declaration.staffCount());
        state.put("monthlyHeadcounts", declaration.monthlyHeadcounts());
        state.put("wageTotal", declaration.wageTotal().toPlainString());
        state.put("employees", declarations.findEmployees(declaration.id(), area).stream()
                .map(e -> e.certificateMasked() + " " + e.name() + " " + e.months() + "个月" + (e.counted() ? "" : "（不计入）"))
                .toList());
        return state;
    }

    /** What the audit trail keeps of a declaration's figures: certificate numbers masked, never in full. */
    private static Map<String, Object> state(int year, DeclarationData data, List<DeclarationRepository.StoredLine> lines) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("staffCount", data.headcount().staffCount());
        state.put("monthlyHeadcounts", data.headcount().monthly());
        state.put("wageTotal", data.wageTotal().toPlainString());
        state.put("employees", lines.stream()
                .map(l -> l.employee().masked() + " " + l.employee().name() + " " + l.employee().months() + "个月"
                        + (l.outcome().counted() ? "" : "（不计入）"))
                .toList());
        return state;
    }
}
