package org.zhuye.training.course;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * Sessions (课次) of an approved course and who attended them: the provider records a session's attendance for
 * the whole roster at once (PROVIDER), or opens a six-digit code on the session's day that trainees type on
 * {@code /me/courses} to sign themselves in (SELF). A code is open until the end of that day (the system's day, Beijing time)
 * or until the provider opens a new one; a person gets {@value #WRONG_TRIES} wrong codes per hour, so the
 * million codes cannot be tried through.
 */
@Service
public class Attendance {

    static final int WRONG_TRIES = 5;

    private final CourseStore store;
    private final CourseAccess access;
    private final PersonAccounts personAccounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    Attendance(CourseStore store, CourseAccess access, PersonAccounts personAccounts, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.personAccounts = personAccounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CourseSession> sessions(long courseId, UserAccount user, Jurisdiction jurisdiction) {
        access.visible(courseId, user, jurisdiction);
        return store.sessions(courseId);
    }

    /** Session id → enrolment id → method (PROVIDER or SELF). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, String>> attendance(long courseId, UserAccount user, Jurisdiction jurisdiction) {
        access.visible(courseId, user, jurisdiction);
        return store.attendance(courseId);
    }

    @Transactional
    public long addSession(long courseId, String heldOn, String hours, String topic, UserAccount user, Jurisdiction jurisdiction) {
        Course course = access.runnable(courseId, user, jurisdiction, "安排课次");
        return addSession(course, heldOn, hours, topic);
    }

    /** A session on a day of the course's span, of at most 12 hours; a topic names sessions of one day apart. */
    long addSession(Course course, String heldOn, String hours, String topic) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (course.status() != CourseStatus.APPROVED) {
            throw new StaleTrainingRecordException("培训班为“" + course.status().label() + "”，只有已批准开班的培训班可以安排课次");
        }
        LocalDate day = CourseInput.date(heldOn);
        if (day == null) {
            errors.put("heldOn", "请填写上课日期（年-月-日）");
        } else if (day.isBefore(course.startsOn()) || day.isAfter(course.endsOn())) {
            errors.put("heldOn", "上课日期须在培训期内（" + course.startsOn() + " 至 " + course.endsOn() + "）");
        }
        String hoursText = CourseInput.clean(hours);
        BigDecimal length = hoursText != null && hoursText.matches("[0-9]{1,2}(\\.[0-9])?") ? new BigDecimal(hoursText) : null;
        if (length == null || length.signum() <= 0 || length.compareTo(BigDecimal.valueOf(12)) > 0) {
            errors.put("hours", "课时须大于0、不超过12（至多一位小数）");
        }
        String cleanTopic = CourseInput.clean(topic);
        if (cleanTopic != null && cleanTopic.length() > 200) {
            errors.put("topic", "课程内容不超过200个字");
        }
        if (errors.isEmpty() && store.sessionExists(course.id(), day, cleanTopic)) {
            errors.put("topic", day + "已有" + (cleanTopic == null ? "一节未写内容的课" : "“" + cleanTopic + "”") + "，同一天的课次请写明不同的内容");
        }
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        long id = store.insertSession(course.id(), day, length, cleanTopic, AuditTrail.currentActor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", day.toString());
        after.put("sessionHours", length.toPlainString());
        after.put("topic", cleanTopic);
        audit.record(AuditEntry.of(AuditAction.COURSE_SESSION_ADDED, Courses.OBJECT_TYPE, String.valueOf(course.id()),
                course.regionCode()).withChange(null, after));
        return id;
    }

    @Transactional
    public void record(long courseId, long sessionId, Collection<Long> present, UserAccount user, Jurisdiction jurisdiction) {
        record(access.runnable(courseId, user, jurisdiction, "记录考勤"), sessionId, present, Courses.today());
    }

    /**
     * The provider's attendance of one session, for the roster at once: exactly {@code present} attended (a
     * trainee's own sign-in stays while they are ticked). Withdrawn trainees and sessions still to come cannot be.
     */
    void record(Course course, long sessionId, Collection<Long> present, LocalDate on) {
        CourseSession session = store.session(course.id(), sessionId).orElseThrow(() -> new TrainingNotFoundException("课次", sessionId));
        if (course.status() != CourseStatus.APPROVED) {
            throw new StaleTrainingRecordException("培训班为“" + course.status().label() + "”，考勤不能再改");
        }
        if (session.heldOn().isAfter(on)) {
            throw TrainingRuleException.of("present", "课次在" + session.heldOn() + "，还没有上，不能记录考勤");
        }
        Map<Long, Enrolment> roster = new LinkedHashMap<>();
        store.enrolments(course.id()).forEach(e -> roster.put(e.id(), e));
        Set<Long> ids = new HashSet<>(present == null ? List.of() : present);
        for (Long id : ids) {
            Enrolment e = roster.get(id);
            if (e == null) {
                throw TrainingRuleException.of("present", "报名编号 " + id + " 不在本班名单上");
            }
            if (e.result() == EnrolmentResult.WITHDRAWN && e.resultOn().isBefore(session.heldOn())) {
                throw TrainingRuleException.of("present", e.personName() + "已于" + e.resultOn() + "中途退出，不能记为出勤");
            }
        }
        CourseStore.AttendanceChange change = store.replaceAttendance(sessionId, ids, AuditTrail.currentActor());
        audit.record(AuditEntry.of(AuditAction.COURSE_ATTENDANCE_RECORDED, Courses.OBJECT_TYPE, String.valueOf(course.id()),
                course.regionCode()).withChange(null, Map.of("heldOn", session.heldOn().toString(), "present", ids.size(),
                "rosterSize", roster.size())));
    }

    /** Opens a new code for a session held today, until the end of today; returns it for the provider to show. */
    @Transactional
    public SignCode openSignCode(long courseId, long sessionId, UserAccount user, Jurisdiction jurisdiction) {
        Course course = access.runnable(courseId, user, jurisdiction, "开放签到");
        CourseSession session = store.session(courseId, sessionId).orElseThrow(() -> new TrainingNotFoundException("课次", sessionId));
        LocalDate today = Courses.today();
        if (course.status() != CourseStatus.APPROVED) {
            throw new StaleTrainingRecordException("培训班为“" + course.status().label() + "”，不能开放签到");
        }
        if (!session.heldOn().equals(today)) {
            throw TrainingRuleException.of("sessionId", "签到码只能在上课当天（" + session.heldOn() + "）开放");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant until = today.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        store.openCode(sessionId, code, until);
        audit.record(AuditEntry.of(AuditAction.COURSE_ATTENDANCE_RECORDED, Courses.OBJECT_TYPE, String.valueOf(courseId),
                course.regionCode()).withDetail("开放 " + session.heldOn() + " 课次的自助签到，至当日24时"));
        return new SignCode(sessionId, code, until);
    }

    public record SignCode(long sessionId, String code, Instant until) {
    }

    /**
     * A trainee signs themselves in with the code of an open session of one of their own courses. A wrong
     * code counts against the hourly limit; the answer says how many tries are left.
     */
    @Transactional(noRollbackFor = TrainingRuleException.class)
    public CourseSession signIn(String code, UserAccount user) {
        Person me = personAccounts.personOf(user).orElseThrow(() -> new TrainingNotFoundException("本人登记信息", 0));
        Instant now = Instant.now();
        int wrong = store.wrongTriesSince(me.id(), now.minus(Duration.ofHours(1)));
        if (wrong >= WRONG_TRIES) {
            throw TrainingRuleException.of("code", "一小时内已输错" + WRONG_TRIES + "次签到码，请稍后再试，或请培训机构为您记录考勤");
        }
        String typed = CourseInput.clean(code);
        CourseSession match = typed == null ? null : store.openSessionsOfPerson(me.id(), now).stream()
                .filter(s -> typed.equals(s.signCode())).findFirst().orElse(null);
        if (match == null) {
            store.wrongTry(me.id());
            int left = WRONG_TRIES - wrong - 1;
            throw TrainingRuleException.of("code", "签到码不对，或这节课的签到已结束" + (left > 0 ? "（一小时内还可再试" + left + "次）" : "；一小时内不能再试"));
        }
        Enrolment mine = store.enrolmentOfPerson(match.courseId(), me.id()).orElseThrow();
        Course course = store.findOfPerson(match.courseId(), me.id()).orElseThrow();
        if (store.signIn(match.id(), mine.id(), AuditTrail.currentActor())) {
            audit.record(AuditEntry.of(AuditAction.COURSE_ATTENDANCE_RECORDED, Courses.OBJECT_TYPE, String.valueOf(course.id()),
                    course.regionCode()).withChange(null, Map.of("personId", String.valueOf(me.id()),
                    "heldOn", match.heldOn().toString(), "method", "SELF")));
        }
        return match;
    }
}
