package org.zhuye.training.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.OccupationList;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.training.provider.Provider;
import org.zhuye.training.provider.Providers;

/**
 * A course's application and its life: draft → submitted (开班申请, refused until its teaching plan,
 * teachers, assessment method and a roster are there) → approved by a reviewer of the course's region who
 * did not submit it, or returned with a reason → finished (结业) once every enrolment has a result;
 * cancelled with a reason at any point before. Every step is guarded by the status and the version read
 * (409 when stale) and audited in its transaction as {@code course}.
 * <p>
 * Steps that depend on the day have a package-private twin taking it, for {@link DemoCourses} alone: the demo
 * replays three years of courses through these rules on the days they happened. Production passes today.
 */
@Service
public class Courses {

    public static final String OBJECT_TYPE = "course";

    private final CourseStore store;
    private final CourseAccess access;
    private final Providers providers;
    private final RegionRepository regions;
    private final OccupationList occupations;
    private final AuditTrail audit;

    Courses(CourseStore store, CourseAccess access, Providers providers, RegionRepository regions,
            OccupationList occupations, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.providers = providers;
        this.regions = regions;
        this.occupations = occupations;
        this.audit = audit;
    }

    public static LocalDate today() {
        return LocalDate.now();
    }

    @Transactional(readOnly = true)
    public Course read(long id, UserAccount user, Jurisdiction jurisdiction) {
        return access.visible(id, user, jurisdiction);
    }

    /**
     * Staff-side users: the courses held in their area (or the named region inside it); an INSTITUTION account:
     * its own institution's; newest start first. Anyone else may not list courses (404).
     */
    @Transactional(readOnly = true)
    public Page<Course> list(CourseFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        if (CourseAccess.staffSide(user)) {
            String scope = jurisdiction.likePatternFor(filter.region());
            return paging.of(store.search(filter, scope, null, paging.size(), paging.offset()),
                    store.count(filter, scope, null));
        }
        Provider own = access.ownProvider(user).orElseThrow(() -> new TrainingNotFoundException("培训班列表", 0));
        CourseFilter mine = new CourseFilter(null, filter.kind(), filter.status(), null, null, filter.from(), filter.to());
        return paging.of(store.search(mine, "%", own.id(), paging.size(), paging.offset()), store.count(mine, "%", own.id()));
    }

    /** Submitted applications of the area, oldest first; STAFF and ADMIN only. */
    @Transactional(readOnly = true)
    public Page<Course> toApprove(PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        if (!CourseAccess.staffEditor(user)) {
            throw new TrainingNotFoundException("待审批开班申请", 0);
        }
        return paging.of(store.findSubmitted(jurisdiction, paging.size(), paging.offset()), store.countSubmitted(jurisdiction));
    }

    @Transactional
    public long create(CourseInput input, UserAccount user, Jurisdiction jurisdiction) {
        if (!CourseAccess.staffEditor(user) && access.ownProvider(user).isEmpty()) {
            throw new TrainingNotFoundException("培训机构", 0);
        }
        CourseData data = validate(input, user, jurisdiction);
        long id = store.insert(data, AuditTrail.currentActor());
        audit.record(AuditEntry.of(AuditAction.COURSE_CREATED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(null, data.auditState()));
        return id;
    }

    /** Replaces a draft's or a returned application's fields; what changed is audited. */
    @Transactional
    public void update(long id, int version, CourseInput input, UserAccount user, Jurisdiction jurisdiction) {
        Course current = at(access.runnable(id, user, jurisdiction, "修改培训班"), version);
        if (!current.editable()) {
            throw new StaleTrainingRecordException("培训班为“" + current.status().label() + "”，只有草稿和已退回的开班申请可以修改");
        }
        CourseData data = validate(input, user, jurisdiction);
        if (data.capacity() < current.enrolled()) {
            throw TrainingRuleException.of("capacity", "名单上已有" + current.enrolled() + "人，计划招收人数不能少于此数");
        }
        if (!store.update(id, version, data, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        Map<String, Object> before = new LinkedHashMap<>(CourseData.of(current).auditState());
        Map<String, Object> after = new LinkedHashMap<>(data.auditState());
        before.keySet().removeIf(field -> Objects.equals(before.get(field), after.get(field)));
        after.keySet().retainAll(before.keySet());
        audit.record(AuditEntry.of(AuditAction.COURSE_UPDATED, OBJECT_TYPE, String.valueOf(id), data.regionCode())
                .withChange(before, after));
    }

    @Transactional
    public void submit(long id, int version, UserAccount user, Jurisdiction jurisdiction) {
        submit(id, version, user, jurisdiction, today());
    }

    /** 开班申请: refused, every missing part named, until plan, teachers, assessment method and roster are there. */
    @Transactional
    void submit(long id, int version, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Course current = at(access.runnable(id, user, jurisdiction, "提交开班申请"), version);
        if (!current.editable()) {
            throw new StaleTrainingRecordException("培训班为“" + current.status().label() + "”，只有草稿和已退回的可以提交开班申请");
        }
        Map<String, String> missing = new LinkedHashMap<>();
        if (current.teachingPlan() == null) {
            missing.put("teachingPlan", "开班申请须有教学计划");
        }
        if (current.teachers().isEmpty()) {
            missing.put("teachers", "开班申请须至少有一位授课教师（姓名和资质）");
        }
        if (current.assessmentMethod() == null) {
            missing.put("assessmentMethod", "开班申请须写明考核方式");
        }
        if (current.enrolled() == 0) {
            missing.put("roster", "开班申请须附学员名单，请先报名至少一人");
        }
        if (!missing.isEmpty()) {
            throw new TrainingRuleException(missing);
        }
        if (!store.submit(id, version, on, user.username())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        audit.record(AuditEntry.of(AuditAction.COURSE_SUBMITTED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, Map.of("enrolled", current.enrolled())));
    }

    @Transactional
    public void approve(long id, int version, String note, UserAccount user, Jurisdiction jurisdiction) {
        approve(id, version, note, user, jurisdiction, today());
    }

    /** Submitted → approved (批准开班), with the reviewer's note. */
    @Transactional
    void approve(long id, int version, String note, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Course current = reviewable(id, version, user, jurisdiction, "批准");
        String text = CourseInput.clean(note);
        if (text != null && text.length() > 500) {
            throw TrainingRuleException.of("note", "审批意见不超过500个字");
        }
        if (!store.approve(id, version, text, on, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("approvalNote", text);
        audit.record(AuditEntry.of(AuditAction.COURSE_APPROVED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, after));
    }

    /** Submitted → returned, with the reason the provider will see. */
    @Transactional
    public void returnForCorrection(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction) {
        Course current = reviewable(id, version, user, jurisdiction, "退回");
        String text = CourseInput.clean(reason);
        if (text == null || text.length() > 500) {
            throw TrainingRuleException.of("reason", "请填写退回理由（不超过500个字），培训机构将看到它");
        }
        if (!store.returnForCorrection(id, version, text, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        audit.record(AuditEntry.of(AuditAction.COURSE_RETURNED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, Map.of("returnReason", text)));
    }

    /** Any course not finished nor cancelled, with the reason. */
    @Transactional
    public void cancel(long id, int version, String reason, UserAccount user, Jurisdiction jurisdiction) {
        Course current = at(access.runnable(id, user, jurisdiction, "取消培训班"), version);
        if (current.status() == CourseStatus.FINISHED || current.status() == CourseStatus.CANCELLED) {
            throw new StaleTrainingRecordException("培训班为“" + current.status().label() + "”，不能再取消");
        }
        String text = CourseInput.clean(reason);
        if (text == null || text.length() > 500) {
            throw TrainingRuleException.of("reason", "请填写取消原因（不超过500个字）");
        }
        if (!store.cancel(id, version, text, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        audit.record(AuditEntry.of(AuditAction.COURSE_CANCELLED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, Map.of("cancelReason", text)));
    }

    @Transactional
    public void finish(long id, int version, UserAccount user, Jurisdiction jurisdiction) {
        finish(id, version, user, jurisdiction, today());
    }

    /** 结业: an approved course whose end date has come, once every enrolment has a result. */
    @Transactional
    void finish(long id, int version, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Course current = at(access.runnable(id, user, jurisdiction, "办理结业"), version);
        if (current.status() != CourseStatus.APPROVED) {
            throw new StaleTrainingRecordException("培训班为“" + current.status().label() + "”，只有已批准开班的培训班可以结业");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (on.isBefore(current.endsOn())) {
            errors.put("endsOn", "结业日期（" + current.endsOn() + "）未到，不能结业");
        }
        long open = store.countWithoutResult(id);
        if (open > 0) {
            errors.put("results", "还有" + open + "名学员没有结业结果（合格、不合格或中途退出），请先记录");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        if (!store.finish(id, version, on, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        audit.record(AuditEntry.of(AuditAction.COURSE_FINISHED, OBJECT_TYPE, String.valueOf(id), current.regionCode())
                .withChange(null, Map.of("finishedOn", on.toString(), "completed", current.completed())));
    }

    private Course reviewable(long id, int version, UserAccount user, Jurisdiction jurisdiction, String step) {
        Course current = access.visible(id, user, jurisdiction);
        if (!CourseAccess.staffEditor(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员可以审批" + step + "开班申请");
        }
        at(current, version);
        if (current.status() != CourseStatus.SUBMITTED) {
            throw new StaleTrainingRecordException("培训班为“" + current.status().label() + "”，只有待审批的开班申请可以" + step);
        }
        if (user.username().equals(current.submittedBy())) {
            throw TrainingRuleException.of("reviewer", "开班申请由您本人提交，须由另一位工作人员审批");
        }
        return current;
    }

    static Course at(Course current, int version) {
        if (current.version() != version) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        return current;
    }

    /**
     * The input's rules, and what needs the database: the provider is one the user may run courses for
     * (an INSTITUTION account: its own, whatever id it sends) and in use; the place exists.
     */
    private CourseData validate(CourseInput input, UserAccount user, Jurisdiction jurisdiction) {
        Map<String, String> errors = new LinkedHashMap<>();
        CourseInput checked = input;
        Provider own = access.ownProvider(user).orElse(null);
        if (own != null) {
            checked = new CourseInput(String.valueOf(own.id()), input.kind(), input.title(), input.occupationCode(),
                    input.delivery(), input.regionCode(), input.address(), input.startsOn(), input.endsOn(), input.hours(),
                    input.capacity(), input.subsidyStandard(), input.teachingPlan(), input.teachers(),
                    input.assessmentMethod());
        }
        CourseData data = null;
        try {
            data = checked.validate(occupations, jurisdiction);
        } catch (TrainingRuleException e) {
            errors.putAll(e.fieldErrors());
        }
        List<String> providerProblems = new ArrayList<>();
        if (data != null) {
            if (own == null) {
                try {
                    Provider provider = providers.read(data.providerId(), user, jurisdiction);
                    if (!provider.active()) {
                        providerProblems.add("培训机构“" + provider.name() + "”已停用");
                    }
                } catch (TrainingNotFoundException e) {
                    providerProblems.add("您的管辖范围内没有编号为 " + data.providerId() + " 的培训机构");
                }
            }
            if (!regions.exists(RegionCode.of(data.regionCode()))) {
                errors.put("regionCode", "没有这个区划：" + data.regionCode() + "，请从列表中选择");
            }
        }
        if (!providerProblems.isEmpty()) {
            errors.put("providerId", String.join("；", providerProblems));
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return data;
    }
}
