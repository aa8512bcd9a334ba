package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.CompletionsChanged;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * A course's roster, results and certificates. Enrolment takes registry persons of the caller's jurisdiction,
 * not merged, of working age on the course's start date (the registry's dated retirement rule), once per
 * course, up to its capacity, until the course ends. Results: 合格/不合格 on or after the end date, 中途退出
 * at any time after enrolment; certificates only for 合格. Audited on the course.
 */
@Service
public class Rosters {

    private final CourseStore store;
    private final CourseAccess access;
    private final PersonRepository persons;
    private final WorkingAgeRules workingAge;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Rosters(CourseStore store, CourseAccess access, PersonRepository persons, WorkingAgeRules workingAge, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.persons = persons;
        this.workingAge = workingAge;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Enrolment> enrolments(long courseId, UserAccount user, Jurisdiction jurisdiction) {
        access.visible(courseId, user, jurisdiction);
        return store.enrolments(courseId);
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificates(long courseId, UserAccount user, Jurisdiction jurisdiction) {
        access.visible(courseId, user, jurisdiction);
        return store.certificates(courseId);
    }

    @Transactional
    public long enrol(long courseId, int version, String personId, UserAccount user, Jurisdiction jurisdiction) {
        return enrol(courseId, version, personId, user, jurisdiction, Courses.today());
    }

    @Transactional
    long enrol(long courseId, int version, String personId, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Course course = Courses.at(access.runnable(courseId, user, jurisdiction, "报名"), version);
        if (!course.rosterOpenOn(on)) {
            throw new StaleTrainingRecordException(course.endsOn().isBefore(on)
                    ? "培训班已于" + course.endsOn() + "结束，不能再报名"
                    : "培训班为“" + course.status().label() + "”，不能再报名");
        }
        String text = CourseInput.clean(personId);
        Person person = text == null || !text.matches("[0-9]{1,18}") ? null
                : persons.find(Long.parseLong(text), jurisdiction).orElse(null);
        if (person == null) {
            throw TrainingRuleException.of("personId", text == null ? "请填写报名人员的编号"
                    : "您的管辖范围内没有编号为 " + text + " 的登记人员");
        }
        if (person.merged()) {
            throw TrainingRuleException.of("personId", "人员 " + person.id() + " 已合并到人员 " + person.mergedInto() + "，请为保留的记录报名");
        }
        try {
            if (!workingAge.on(person.regionCode(), course.startsOn()).isOfWorkingAge(person.sex(), person.birthDate(), course.startsOn())) {
                throw TrainingRuleException.of("personId", person.name() + "在开班日（" + course.startsOn() + "）" + person.ageOn(course.startsOn())
                        + "岁，不在就业年龄段（16周岁至法定退休年龄），不能报名本培训班");
            }
        } catch (WorkingAgeRules.NoRule e) {
            throw TrainingRuleException.of("personId", e.getMessage());
        }
        if (store.enrolmentOfPerson(courseId, person.id()).isPresent()) {
            throw TrainingRuleException.of("personId", person.name() + "已在本班名单上");
        }
        if (store.countEnrolled(courseId) >= course.capacity()) {
            throw TrainingRuleException.of("personId", "名额已满（计划招收" + course.capacity() + "人）");
        }
        // The course's version moves with its roster, so two enrolments read at one version cannot both
        // pass the capacity check.
        if (!store.touch(courseId, version, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        long id = store.insertEnrolment(courseId, person.id(), on, AuditTrail.currentActor());
        audit.record(AuditEntry.of(AuditAction.COURSE_ENROLLED, Courses.OBJECT_TYPE, String.valueOf(courseId), course.regionCode())
                .withChange(null, Map.of("personId", String.valueOf(person.id()), "enrolledOn", on.toString())));
        return id;
    }

    /**
     * Takes someone off the roster before the course ends. Once they have attendance or a certificate the
     * record stays: such a person 中途退出 (a result) instead.
     */
    @Transactional
    public void remove(long courseId, int version, long enrolmentId, UserAccount user, Jurisdiction jurisdiction) {
        Course course = Courses.at(access.runnable(courseId, user, jurisdiction, "调整名单"), version);
        Enrolment enrolment = store.enrolment(courseId, enrolmentId).orElseThrow(() -> new TrainingNotFoundException("报名", enrolmentId));
        if (!course.rosterOpenOn(Courses.today())) {
            throw new StaleTrainingRecordException("培训班已结束或不在进行，名单不能再调整");
        }
        if (enrolment.result() != null || store.hasAttendanceOrCertificate(enrolmentId)) {
            throw TrainingRuleException.of("enrolmentId", enrolment.personName() + "已有考勤、结果或证书，不能移出名单；如中途离开请记录为中途退出");
        }
        if (!store.touch(courseId, version, AuditTrail.currentActor()) || !store.deleteEnrolment(enrolmentId, enrolment.version())) {
            throw StaleTrainingRecordException.of("此培训班");
        }
        audit.record(AuditEntry.of(AuditAction.COURSE_ENROLMENT_REMOVED, Courses.OBJECT_TYPE, String.valueOf(courseId),
                course.regionCode()).withChange(Map.of("personId", String.valueOf(enrolment.personId())), null));
    }

    @Transactional
    public void recordResult(long courseId, long enrolmentId, int version, String result, String score, UserAccount user,
                             Jurisdiction jurisdiction) {
        recordResult(courseId, enrolmentId, version, result, score, user, jurisdiction, Courses.today());
    }

    /** A result per enrolment of an approved course; it may be corrected until the course is finished. */
    @Transactional
    void recordResult(long courseId, long enrolmentId, int version, String result, String score, UserAccount user,
                      Jurisdiction jurisdiction, LocalDate on) {
        Course course = access.runnable(courseId, user, jurisdiction, "记录结业结果");
        Enrolment enrolment = store.enrolment(courseId, enrolmentId).orElseThrow(() -> new TrainingNotFoundException("报名", enrolmentId));
        if (enrolment.version() != version) {
            throw StaleTrainingRecordException.of("此学员的记录");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        EnrolmentResult outcome = null;
        for (EnrolmentResult r : EnrolmentResult.values()) {
            if (r.name().equals(CourseInput.clean(result))) {
                outcome = r;
            }
        }
        if (outcome == null) {
            errors.put("result", "结果须为合格（PASSED）、不合格（FAILED）或中途退出（WITHDRAWN）");
        } else if (outcome.completed() && course.status() != CourseStatus.APPROVED) {
            errors.put("result", "培训班为“" + course.status().label() + "”，只有已批准开班的培训班可以记录合格或不合格");
        } else if (outcome.completed() && on.isBefore(course.endsOn())) {
            errors.put("result", "合格或不合格在结业日期（" + course.endsOn() + "）当天或之后记录；提前离开的记为中途退出");
        } else if (course.status() == CourseStatus.FINISHED || course.status() == CourseStatus.CANCELLED) {
            errors.put("result", "培训班为“" + course.status().label() + "”，结果不能再改");
        }
        BigDecimal points = null;
        String scoreText = CourseInput.clean(score);
        if (scoreText != null) {
            if (!scoreText.matches("[0-9]{1,3}(\\.[0-9])?") || new BigDecimal(scoreText).compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.put("score", "成绩须为0至100的分数（至多一位小数）");
            } else {
                points = new BigDecimal(scoreText);
            }
        }
        if (outcome != null && outcome != EnrolmentResult.PASSED && !store.certificatesOfEnrolment(enrolmentId).isEmpty()) {
            errors.put("result", enrolment.personName() + "已登记证书，结果须为合格");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        if (!store.setResult(enrolmentId, version, outcome, on, points, AuditTrail.currentActor())) {
            throw StaleTrainingRecordException.of("此学员的记录");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("result", enrolment.result() == null ? null : enrolment.result().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", String.valueOf(enrolment.personId()));
        after.put("result", outcome.name());
        after.put("score", points == null ? null : points.toPlainString());
        audit.record(AuditEntry.of(AuditAction.COURSE_RESULT_RECORDED, Courses.OBJECT_TYPE, String.valueOf(courseId),
                course.regionCode()).withChange(before, after));
        events.publishEvent(CompletionsChanged.of(enrolment.personId()));
    }

    @Transactional
    public long recordCertificate(long courseId, CertificateInput input, UserAccount user, Jurisdiction jurisdiction) {
        return recordCertificate(courseId, input, user, jurisdiction, Courses.today());
    }

    /** A certificate for a 合格 enrolment; its number unique per issuer, one of each kind per enrolment. */
    @Transactional
    long recordCertificate(long courseId, CertificateInput input, UserAccount user, Jurisdiction jurisdiction, LocalDate on) {
        Course course = access.runnable(courseId, user, jurisdiction, "登记证书");
        CertificateInput.Valid valid = input.validate(course.startsOn(), on);
        Enrolment enrolment = store.enrolment(courseId, valid.enrolmentId())
                .orElseThrow(() -> TrainingRuleException.of("enrolmentId", "本班名单上没有这名学员"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (enrolment.result() != EnrolmentResult.PASSED) {
            errors.put("enrolmentId", enrolment.personName() + "的结果不是合格，不能登记证书");
        }
        if (store.certificateKindTaken(enrolment.id(), valid.kind())) {
            errors.put("kind", enrolment.personName() + "在本班已有" + valid.kind().label());
        }
        if (store.certificateNumberTaken(valid.issuer(), valid.number())) {
            errors.put("number", valid.issuer() + "已有编号为 " + valid.number() + " 的证书");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        long id = store.insertCertificate(enrolment.id(), enrolment.personId(), valid.kind(), valid.level(), valid.number(),
                valid.issuer(), valid.issuedOn(), AuditTrail.currentActor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", String.valueOf(enrolment.personId()));
        after.put("certificateKind", valid.kind().name());
        after.put("certificateLevel", valid.level());
        after.put("certificateNumber", valid.number());
        after.put("issuer", valid.issuer());
        after.put("issuedOn", valid.issuedOn().toString());
        audit.record(AuditEntry.of(AuditAction.CERTIFICATE_RECORDED, Courses.OBJECT_TYPE, String.valueOf(courseId),
                course.regionCode()).withChange(null, after));
        return id;
    }
}
