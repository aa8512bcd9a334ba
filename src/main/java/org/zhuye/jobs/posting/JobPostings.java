package org.zhuye.jobs.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.OccupationList;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.jobs.ClosedReason;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.PostingsChanged;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.person.CodeLists;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * A posting's workflow: draft → submitted → published (after the staff check) or returned with a reason →
 * closed (filled, withdrawn, or expired the day after its open-until date). Every step is guarded by the
 * status and the version read (a concurrent change is refused with 409, never overwritten) and audited in
 * its transaction as {@code job_posting}.
 * <p>
 * Each step has a package-private twin that takes the day it happens on, for {@link DemoPostings} alone:
 * the demo replays two years of postings through the real rules, judged on the day they were made (an
 * open-until date is "not in the past" on the day it was typed). Production calls pass today.
 */
@Service
public class JobPostings {

    static final String OBJECT_TYPE = "job_posting";

    private final PostingStore store;
    private final PostingAccess access;
    private final EmployerRepository employers;
    private final RegionRepository regions;
    private final CodeLists codes;
    private final OccupationList occupations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JobPostings(PostingStore store, PostingAccess access, EmployerRepository employers, RegionRepository regions,
                CodeLists codes, OccupationList occupations, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.employers = employers;
        this.regions = regions;
        this.codes = codes;
        this.occupations = occupations;
        this.audit = audit;
        this.events = events;
    }

    public static LocalDate today() {
        return LocalDate.now();
    }

    /**
     * A published posting past its open-until date reads as closed (已到期) everywhere, even before the
     * nightly {@link PostingExpiry} has stored it so.
     */
    public static JobPosting effective(JobPosting p, LocalDate today) {
        if (p.status() != PostingStatus.PUBLISHED || !p.openUntil().isBefore(today)) {
            return p;
        }
        return new JobPosting(p.id(), p.employerId(), p.employerName(), p.employerRegionCode(), p.title(),
                p.occupationCode(), p.occupationLabel(), p.headcount(), p.regionCode(), p.address(), p.workMode(),
                p.employmentForm(), p.hoursPerWeek(), p.shift(), p.wageMin(), p.wageMax(), p.contractType(),
                p.socialInsurance(), p.minEducation(), p.suitableCategories(), p.features(), p.demands(),
                p.description(), p.openUntil(), PostingStatus.CLOSED, p.returnReason(), p.checkedBy(), p.checkedAt(),
                p.checkNote(), p.publishedOn(), ClosedReason.EXPIRED, p.openUntil().plusDays(1), p.createdAt(),
                p.createdBy(), p.updatedAt(), p.updatedBy(), p.version());
    }

    /** The posting as the user may see it, expiry applied; 404 when they may not. */
    @Transactional(readOnly = true)
    public JobPosting read(long id, UserAccount user, Jurisdiction jurisdiction) {
        return effective(access.visible(id, user, jurisdiction), today());
    }

    /**
     * The job list: for staff-side users the postings of their area, for an employer account its unit's;
     * newest change first, expiry applied. Anyone else may not list postings here (404).
     */
    @Transactional(readOnly = true)
    public Page<JobPosting> list(PostingFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        LocalDate today = today();
        if (PostingAccess.staffSide(user)) {
            return paging.of(store.search(filter, jurisdiction, today, paging.size(), paging.offset()).stream()
                    .map(p -> effective(p, today)).toList(), store.count(filter, jurisdiction, today));
        }
        Employer unit = access.ownUnit(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return paging.of(store.searchOfEmployer(filter, unit.id(), today, paging.size(), paging.offset()).stream()
                .map(p -> effective(p, today)).toList(), store.countOfEmployer(filter, unit.id(), today));
    }

    /** Submitted postings of the area for the check, oldest submission first; STAFF and ADMIN only. */
    @Transactional(readOnly = true)
    public Page<JobPosting> toCheck(PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        if (!PostingAccess.staffEditor(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return paging.of(store.findSubmitted(jurisdiction, paging.size(), paging.offset()), store.countSubmitted(jurisdiction));
    }

    @Transactional
    public long create(PostingInput input, UserAccount user, Jurisdiction jurisdiction) {
        return create(input, user, jurisdiction, today());
    }

    @Transactional
    long create(PostingInput input, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Map<String, String> errors = new LinkedHashMap<>();
        Employer unit = unitFor(input.employerId(), user, jurisdiction, errors);
        PostingData data = validate(input, on, errors);
        long id = store.insert(unit.id(), data, AuditTrail.currentActor(), instant(on));
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_CREATED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(null, withUnit(unit, data.auditState())));
        events.publishEvent(PostingsChanged.of(id));
        return id;
    }

    /** Replaces a draft's or a returned posting's fields. */
    @Transactional
    public void update(long id, int version, PostingInput input, UserAccount user, Jurisdiction jurisdiction) {
        JobPosting current = editable(id, version, user, jurisdiction, "修改");
        if (current.status() != PostingStatus.DRAFT && current.status() != PostingStatus.RETURNED) {
            throw new PostingStepException("岗位为“" + current.status().label() + "”，只有草稿和已退回的岗位可以修改");
        }
        PostingData data = validate(input, today(), new LinkedHashMap<>());
        if (!store.update(id, version, data, AuditTrail.currentActor(), Instant.now())) {
            throw new StaleJobRecordException("此岗位");
        }
        // Only what changed, so the history says what the edit did rather than repeating the form.
        Map<String, Object> before = new LinkedHashMap<>(PostingData.of(current).auditState());
        Map<String, Object> after = new LinkedHashMap<>(data.auditState());
        before.keySet().removeIf(field -> java.util.Objects.equals(before.get(field), after.get(field)));
        after.keySet().retainAll(before.keySet());
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_UPDATED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(before, after));
        events.publishEvent(PostingsChanged.of(id));
    }

    @Transactional
    public void submit(long id, int version, UserAccount user, Jurisdiction jurisdiction) {
        submit(id, version, user, jurisdiction, today());
    }

    /** Draft or returned → submitted, for the staff check. A posting whose date has passed cannot be. */
    @Transactional
    void submit(long id, int version, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        JobPosting current = editable(id, version, user, jurisdiction, "提交");
        if (current.status() != PostingStatus.DRAFT && current.status() != PostingStatus.RETURNED) {
            throw new PostingStepException("岗位为“" + current.status().label() + "”，只有草稿和已退回的岗位可以提交审核");
        }
        requireOpenDate(current, on);
        if (!store.submit(id, version, AuditTrail.currentActor(), instant(on))) {
            throw new StaleJobRecordException("此岗位");
        }
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_SUBMITTED, OBJECT_TYPE, String.valueOf(id), current.regionCode()));
        events.publishEvent(PostingsChanged.of(id));
    }

    @Transactional
    public void publish(long id, int version, PostingCheck check, UserAccount user, Jurisdiction jurisdiction) {
        publish(id, version, check, user, jurisdiction, today());
    }

    /** Submitted → published, with the staff check recorded (who, when, both boxes, the note). */
    @Transactional
    void publish(long id, int version, PostingCheck check, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        JobPosting current = checkable(id, version, user, jurisdiction, "发布");
        Map<String, String> errors = new LinkedHashMap<>();
        if (check == null || !Boolean.TRUE.equals(check.unitChecked())) {
            errors.put("unitChecked", "请先核实用人单位（真实存在、可以招用），再勾选“已核实用人单位”");
        }
        if (check == null || !Boolean.TRUE.equals(check.workplaceChecked())) {
            errors.put("workplaceChecked", "请先核实工作地点及其无障碍条件与填报相符，再勾选“已核实工作地点”");
        }
        String note = check == null ? null : blankToNull(check.checkNote());
        if (note != null && note.length() > 500) {
            errors.put("checkNote", "审核意见不超过500个字");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        requireOpenDate(current, on);
        if (!store.publish(id, version, note, on, AuditTrail.currentActor(), instant(on))) {
            throw new StaleJobRecordException("此岗位");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitChecked", true);
        after.put("workplaceChecked", true);
        after.put("checkNote", note);
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_PUBLISHED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, after));
        events.publishEvent(PostingsChanged.of(id));
    }

    /** Submitted → returned, with the reason the unit will see. */
    @Transactional
    public void returnForCorrection(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction) {
        JobPosting current = checkable(id, version, user, jurisdiction, "退回");
        String text = blankToNull(reason);
        if (text == null || text.length() > 500) {
            throw JobRuleException.of("reason", "请填写退回理由（不超过500个字），单位将看到它");
        }
        if (!store.returnForCorrection(id, version, text, AuditTrail.currentActor(), Instant.now())) {
            throw new StaleJobRecordException("此岗位");
        }
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_RETURNED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withDetail(text));
        events.publishEvent(PostingsChanged.of(id));
    }

    @Transactional
    public void close(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction) {
        close(id, version, reason, user, jurisdiction, today());
    }

    /**
     * Closes a posting as filled (a published one) or withdrawn (any that is not closed), by the unit or
     * staff. Expiry is the system's: {@link #expire}.
     */
    @Transactional
    void close(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        ClosedReason why = "FILLED".equals(reason) ? ClosedReason.FILLED
                : "WITHDRAWN".equals(reason) ? ClosedReason.WITHDRAWN : null;
        if (why == null) {
            throw JobRuleException.of("reason", "关闭原因须为已招满（FILLED）或撤回（WITHDRAWN）；到期由系统关闭");
        }
        JobPosting current = editable(id, version, user, jurisdiction, "关闭");
        JobPosting seen = effective(current, on);
        if (seen.status() == PostingStatus.CLOSED) {
            throw new PostingStepException("岗位已关闭（" + seen.closedReason().label() + "），不能再关闭");
        }
        if (why == ClosedReason.FILLED && seen.status() != PostingStatus.PUBLISHED) {
            throw new PostingStepException("岗位为“" + seen.status().label() + "”，只有已发布的岗位可以标记为已招满；未发布的请撤回");
        }
        if (!store.close(id, version, why, on, AuditTrail.currentActor(), instant(on))) {
            throw new StaleJobRecordException("此岗位");
        }
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_CLOSED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, Map.of("closedReason", why.name())));
        events.publishEvent(PostingsChanged.of(id));
    }

    /**
     * Closes a published posting as 已招满 once its hires reach the headcount: a consequence of the hire a
     * referral records in the same transaction, so it is the system's step, needing no user or version of its
     * own (it is guarded by the status alone). Does nothing to a posting that is no longer published.
     */
    @Transactional
    public void closeFilled(long id, String regionCode, LocalDate on) {
        if (!store.closeFilled(id, on, AuditTrail.currentActor(), instant(on))) {
            return;
        }
        audit.record(AuditEntry.of(AuditAction.JOB_POSTING_CLOSED, OBJECT_TYPE, String.valueOf(id), regionCode)
                .withChange(null, Map.of("closedReason", ClosedReason.FILLED.name(), "closedOn", on.toString())));
        events.publishEvent(PostingsChanged.of(id));
    }

    /** Closes every published posting whose open-until date is before {@code today} as expired; audited as the system. */
    @Transactional
    public int expire(LocalDate today) {
        List<PostingStore.Expired> expired = store.expire(today, AuditTrail.currentActor());
        for (PostingStore.Expired e : expired) {
            audit.record(AuditEntry.of(AuditAction.JOB_POSTING_CLOSED, OBJECT_TYPE, String.valueOf(e.id()), e.regionCode())
                    .withChange(null, Map.of("closedReason", ClosedReason.EXPIRED.name(), "closedOn", e.closedOn().toString())));
        }
        if (!expired.isEmpty()) {
            events.publishEvent(new PostingsChanged(expired.stream().map(PostingStore.Expired::id)
                    .collect(java.util.stream.Collectors.toSet()), false));
        }
        return expired.size();
    }

    private JobPosting editable(long id, int version, UserAccount user, Jurisdiction jurisdiction, String step) {
        JobPosting current = access.visible(id, user, jurisdiction);
        if (!access.mayEdit(user, current)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位账号或所在地区的残联工作人员可以" + step + "此岗位");
        }
        requireVersion(current, version);
        return current;
    }

    private JobPosting checkable(long id, int version, UserAccount user, Jurisdiction jurisdiction, String step) {
        JobPosting current = access.visible(id, user, jurisdiction);
        if (!PostingAccess.staffEditor(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员可以审核" + step + "岗位");
        }
        requireVersion(current, version);
        if (current.status() != PostingStatus.SUBMITTED) {
            throw new PostingStepException("岗位为“" + current.status().label() + "”，只有待审核的岗位可以" + step);
        }
        return current;
    }

    private static void requireVersion(JobPosting current, int version) {
        if (current.version() != version) {
            throw new StaleJobRecordException("此岗位");
        }
    }

    private static void requireOpenDate(JobPosting current, LocalDate on) {
        if (current.openUntil().isBefore(on)) {
            throw JobRuleException.of("openUntil", "招聘截止日期（" + current.openUntil() + "）已过，请先修改截止日期");
        }
    }

    private PostingData validate(PostingInput input, LocalDate on, Map<String, String> errors) {
        PostingData data = null;
        try {
            data = input.validate(codes, occupations, on);
        } catch (JobRuleException e) {
            errors.putAll(e.fieldErrors());
        }
        if (data != null && !regions.exists(RegionCode.of(data.regionCode()))) {
            errors.put("regionCode", "没有这个区划：" + data.regionCode() + "，请从列表中选择工作地点");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        return data;
    }

    /** The unit a new posting is for: an employer account's own, or one in the staff member's area. */
    private Employer unitFor(String employerId, UserAccount user, Jurisdiction jurisdiction, Map<String, String> errors) {
        if (PostingAccess.staffEditor(user)) {
            Long id = employerId == null || !employerId.strip().matches("[0-9]{1,18}") ? null : Long.valueOf(employerId.strip());
            Employer unit = id == null ? null : employers.find(id, jurisdiction).orElse(null);
            if (unit == null) {
                errors.put("employerId", id == null ? "请选择招聘的用人单位" : "您的管辖范围内没有编号为 " + id + " 的用人单位");
            }
            return unit;  // null only with the error recorded, which validate() then throws
        }
        return access.ownUnit(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "只有已绑定单位的用人单位账号或残联工作人员可以发布岗位"));
    }

    private static Map<String, Object> withUnit(Employer unit, Map<String, Object> state) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("employerId", String.valueOf(unit.id()));
        all.putAll(state);
        return all;
    }

    /** Today's steps at the moment they happen; a replayed day's at ten in the morning of it. */
    private static Instant instant(LocalDate on) {
        return on.equals(today()) ? Instant.now() : on.atTime(LocalTime.of(10, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
