package org.zhuye.institution.served;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.institution.EndReason;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.ServedService;
import org.zhuye.institution.StaleInstitutionException;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.platform.form.FormFields;
import org.zhuye.region.Jurisdiction;

/**
 * The persons an institution serves, over dated spans, and what those spans make the registry say. Sheltered
 * work records the person employed with 就业形式 5 (辅助性就业) from the first day; massage work with 就业形式 2
 * (集中就业) when the institution then has at least 5 persons in open massage work, else 7 (灵活就业). Ending a
 * work span whose event is still the registry's status in force records the next status in the same
 * transaction, so the registry never keeps someone employed at a place they left. Every change is audited on
 * the institution. The caller has already resolved the institution through {@code InstitutionAccess}.
 */
@Service
public class ServedPersons {

    /**
     * rules.md §4.1 [I]: a 盲人按摩机构 with at least this many blind masseurs counts as 集中就业 (the 集中就业
     * 单位 threshold of the 2007 条例 family read for massage); fewer, each is 灵活就业. Unconfirmed for Inner
     * Mongolia; kept here rather than as a dated parameter because it decides a code, not an amount.
     */
    static final int CONCENTRATED_MASSAGE_WORKERS = 5;

    private static final String SHELTERED_FORM = "5";
    private static final String CONCENTRATED_FORM = "2";
    private static final String FLEXIBLE_FORM = "7";

    private final ServedStore store;
    private final PersonRepository persons;
    private final EmploymentHistory employment;
    private final AuditTrail audit;

    ServedPersons(ServedStore store, PersonRepository persons, EmploymentHistory employment, AuditTrail audit) {
        this.store = store;
        this.persons = persons;
        this.employment = employment;
        this.audit = audit;
    }

    /**
     * Admits a person from a day up to today (the demo runner admits with past days through this same path);
     * the answer carries a warning when open spans exceed capacity.
     */
    @Transactional
    public Admitted admit(Institution institution, ServedInput input, Jurisdiction jurisdiction) {
        LocalDate today = LocalDate.now();
        Person person = personOf(input.personId(), jurisdiction);
        ServedInput.Checked checked = input.check(institution, person == null ? null : person.category(), today);
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        if (checked.personId() != null && person == null) {
            errors.put("personId", "您的管辖范围内没有编号为 " + checked.personId() + " 的人员");
        } else if (person != null && person.merged()) {
            errors.put("personId", "此人员记录已合并到人员 " + person.mergedInto() + "，请接收保留的记录");
        }
        if (institution.status() != InstitutionStatus.OPERATING) {
            errors.put("institution", "机构" + institution.status().label() + "，不能接收新的服务对象");
        }
        if (errors.isEmpty() && store.openSpanExists(institution.id(), person.id(), checked.service())) {
            errors.put("personId", person.name() + "已在本机构接受“" + checked.service().label() + "”，同一服务一次只记一段；须先结束原服务");
        }
        if (!errors.isEmpty()) {
            throw new InstitutionRuleException(errors);
        }
        String actor = AuditTrail.currentActor();
        long spanId = store.insert(institution.id(), person.id(), checked.service(), checked.careMode(), checked.fromOn(),
                checked.note(), actor);
        Long eventId = null;
        if (ServedInput.isWork(checked.service())) {
            String form = checked.service() == ServedService.SHELTERED_WORK ? SHELTERED_FORM
                    : store.openMassageWorkers(institution.id()) >= CONCENTRATED_MASSAGE_WORKERS ? CONCENTRATED_FORM : FLEXIBLE_FORM;
            eventId = recordStatus(person.id(), new EmploymentInput(checked.fromOn().toString(), "是", form, institution.name(),
                    null, null, null, null, null), jurisdiction);
            store.setEvent(spanId, eventId);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", person.id());
        state.put("service", checked.service().name());
        state.put("careMode", checked.careMode() == null ? null : checked.careMode().name());
        state.put("fromOn", checked.fromOn().toString());
        state.put("note", checked.note());
        state.put("employmentEventId", eventId);
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_PERSON_ADMITTED, "institution", String.valueOf(institution.id()),
                institution.regionCode()).withChange(null, state));
        int open = store.openSpans(institution.id());
        String warning = open > institution.capacity()
                ? "提示：本机构在服 " + open + " 人次，已超过服务容量 " + institution.capacity() + "，请核实容量或安排。" : null;
        return new Admitted(spanId, eventId, warning);
    }

    /** Ends a span on a day with a reason, and for a work span still in force records the person's next status. */
    @Transactional
    public void end(Institution institution, long spanId, EndInput input, Jurisdiction jurisdiction) {
        ServedSpan span = store.findSpan(institution.id(), spanId).orElseThrow(() -> new InstitutionNotFoundException(institution.id()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!span.open()) {
            errors.put("untilOn", "此服务已于 " + span.untilOn() + " 结束");
        }
        LocalDate until = FormFields.pastDate(input.untilOn(), "untilOn", "服务结束日期", true, LocalDate.now(), errors);
        if (until != null && until.isBefore(span.fromOn())) {
            errors.put("untilOn", "服务结束日期不能早于开始日期 " + span.fromOn());
        }
        EndReason reason = EndReason.parse(input.reason()).orElse(null);
        if (reason == null) {
            errors.put("reason", "结束原因须为转入一般性就业、本人退出、转介其他机构、死亡或其他");
        }
        int version = version(input.version(), errors);
        EmploymentInput next = null;
        if (reason != null && until != null && errors.isEmpty() && registryStillSays(span, jurisdiction)) {
            next = reason == EndReason.OPEN_WORK
                    ? new EmploymentInput(until.toString(), "是", input.form(), input.employerName(), input.occupation(),
                    null, null, null, null)
                    : new EmploymentInput(until.toString(), "否", null, null, null, null, null, input.notEmployedReason(),
                    input.livelihood());
        }
        if (!errors.isEmpty()) {
            throw new InstitutionRuleException(errors);
        }
        if (!store.end(spanId, version, until, reason, AuditTrail.currentActor())) {
            throw new StaleInstitutionException("此服务记录");
        }
        Long nextEvent = null;
        if (next != null) {
            nextEvent = recordStatus(span.personId(), next, jurisdiction);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", span.personId());
        state.put("service", span.service().name());
        state.put("untilOn", until.toString());
        state.put("endReason", reason.name());
        state.put("employmentEventId", nextEvent);
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_PERSON_ENDED, "institution", String.valueOf(institution.id()),
                institution.regionCode()).withChange(Map.of("personId", span.personId()), state));
    }

    /** Corrects a span's dates and note (a typing mistake); the registry's events stay as recorded. */
    @Transactional
    public void correct(Institution institution, long spanId, String version, String fromOn, String untilOn, String note) {
        ServedSpan span = store.findSpan(institution.id(), spanId).orElseThrow(() -> new InstitutionNotFoundException(institution.id()));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = FormFields.pastDate(fromOn, "fromOn", "服务开始日期", true, LocalDate.now(), errors);
        LocalDate until = FormFields.pastDate(untilOn, "untilOn", "服务结束日期", !span.open(), LocalDate.now(), errors);
        if (span.open() && until != null) {
            errors.put("untilOn", "结束服务请用“结束服务”，须填写结束原因");
        }
        if (from != null && from.isBefore(institution.openedOn())) {
            errors.put("fromOn", "服务开始日期不能早于机构开办日期 " + institution.openedOn());
        }
        if (from != null && until != null && until.isBefore(from)) {
            errors.put("untilOn", "服务结束日期不能早于开始日期");
        }
        String cleanNote = ServedInput.text(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            errors.put("note", "备注不超过500个字");
        }
        int v = version(version, errors);
        if (!errors.isEmpty()) {
            throw new InstitutionRuleException(errors);
        }
        if (!store.correct(spanId, v, from, until, cleanNote, AuditTrail.currentActor())) {
            throw new StaleInstitutionException("此服务记录");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("fromOn", span.fromOn().toString());
        after.put("fromOn", from.toString());
        before.put("untilOn", span.untilOn() == null ? null : span.untilOn().toString());
        after.put("untilOn", until == null ? null : until.toString());
        before.put("note", span.note());
        after.put("note", cleanNote);
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_PERSON_CORRECTED, "institution", String.valueOf(institution.id()),
                institution.regionCode()).withChange(before, after).withDetail("人员 " + span.personId()));
    }

    /** Whether the registry's status in force today is still the event this work span made. */
    public boolean registryStillSays(ServedSpan span, Jurisdiction jurisdiction) {
        if (span.employmentEventId() == null) {
            return false;
        }
        return employment.findStatusOn(span.personId(), LocalDate.now(), jurisdiction)
                .map(EmploymentRecord::id).filter(id -> id.equals(span.employmentEventId())).isPresent();
    }

    /** Records through the registry; its rule messages come back under this module's exception. */
    private long recordStatus(long personId, EmploymentInput input, Jurisdiction jurisdiction) {
        try {
            return employment.record(personId, input, false, jurisdiction);
        } catch (PersonRuleException e) {
            throw new InstitutionRuleException(e.fieldErrors());
        }
    }

    private Person personOf(String raw, Jurisdiction jurisdiction) {
        String id = ServedInput.text(raw);
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return persons.find(Long.parseLong(id), jurisdiction).orElse(null);
    }

    private static int version(String raw, Map<String, String> errors) {
        String v = ServedInput.text(raw);
        if (v == null || !v.matches("\\d{1,9}")) {
            errors.put("version", "缺少记录版本号，请刷新后重新操作");
            return -1;
        }
        return Integer.parseInt(v);
    }

    /** The new span, the registry event it made (work only), and a capacity warning or null. */
    public record Admitted(long spanId, Long employmentEventId, String warning) {
    }
}
