package org.zhuye.training.course;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/courses}: courses as {@link CourseAccess} allows — staff-side users those held in their area,
 * an INSTITUTION account its own institution's. Field problems answer 422 with {@code fieldErrors}
 * ({@code TrainingApiErrors}); a step the status does not allow, or a stale {@code version}, 409; a course the
 * caller may not see, 404. Steps take {@code ?version=} as read; without it they act on the current version.
 * {@code POST /api/v1/me/courses/sign-in} is a PERSON account's own sign-in with a session's code.
 */
@RestController
class CourseApiController {

    private final Courses courses;
    private final Rosters rosters;
    private final Attendance attendance;

    CourseApiController(Courses courses, Rosters rosters, Attendance attendance) {
        this.courses = courses;
        this.rosters = rosters;
        this.attendance = attendance;
    }

    @Operation(summary = "培训班列表", description = "按区划（region，任一级）、类别（kind）、状态（status）、培训机构（provider）、"
            + "本系统服务机构（institution）、开班日期起止（from、to）筛选，每页50条（page）；服务机构账号只得到本机构的培训班。"
            + "enrolled 为名单人数（不含中途退出），completed 为完成培训人次（合格与不合格）")
    @GetMapping("/api/v1/courses")
    CourseJson.Page list(CourseFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        Page<Course> page = courses.list(filter, paging, user, jurisdiction);
        return new CourseJson.Page(page.rows().stream().map(CourseJson.One::of).toList(), page.number(), page.pages(), page.total());
    }

    @Operation(summary = "新建培训班（草稿）", description = "kind 为 VOCATIONAL、PRACTICAL、STARTUP、UPSKILL、MASSAGE；delivery 为 "
            + "ON_SITE、ONLINE、MIXED；teachers 为 [{name, qualification}]。服务机构账号只能为本机构建班（providerId 可省略）")
    @PostMapping("/api/v1/courses")
    ResponseEntity<CourseJson.One> create(@RequestBody CourseInput body, UserAccount user, Jurisdiction jurisdiction) {
        long id = courses.create(body, user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id)).body(read(id, user, jurisdiction));
    }

    @Operation(summary = "一个培训班")
    @GetMapping("/api/v1/courses/{id}")
    CourseJson.One read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return CourseJson.One.of(courses.read(id, user, jurisdiction));
    }

    @Operation(summary = "修改草稿或被退回的开班申请", description = "version 为读取时的版本，他人已修改则 409")
    @PutMapping("/api/v1/courses/{id}")
    CourseJson.One update(@PathVariable long id, @RequestParam int version, @RequestBody CourseInput body, UserAccount user,
                          Jurisdiction jurisdiction) {
        courses.update(id, version, body, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "提交开班申请", description = "须有教学计划、授课教师、考核方式和至少一人的名单，缺哪项都一并列出")
    @PostMapping("/api/v1/courses/{id}/submit")
    CourseJson.One submit(@PathVariable long id, @RequestParam(required = false) Integer version, UserAccount user,
                          Jurisdiction jurisdiction) {
        courses.submit(id, version(id, version, user, jurisdiction), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "批准开班", description = "培训地点所在地区的残联工作人员审批，提交人本人不能审批；note 为审批意见")
    @PostMapping("/api/v1/courses/{id}/approve")
    CourseJson.One approve(@PathVariable long id, @RequestParam(required = false) Integer version,
                           @RequestBody(required = false) CourseJson.Note body, UserAccount user, Jurisdiction jurisdiction) {
        courses.approve(id, version(id, version, user, jurisdiction), body == null ? null : body.note(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "退回开班申请", description = "reason 为培训机构将看到的理由")
    @PostMapping("/api/v1/courses/{id}/return")
    CourseJson.One returnForCorrection(@PathVariable long id, @RequestParam(required = false) Integer version,
                                       @RequestBody(required = false) CourseJson.Reason body, UserAccount user, Jurisdiction jurisdiction) {
        courses.returnForCorrection(id, version(id, version, user, jurisdiction), body == null ? null : body.reason(), user,
                jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "取消培训班", description = "结业前的任何时候，须写明 reason")
    @PostMapping("/api/v1/courses/{id}/cancel")
    CourseJson.One cancel(@PathVariable long id, @RequestParam(required = false) Integer version,
                          @RequestBody(required = false) CourseJson.Reason body, UserAccount user, Jurisdiction jurisdiction) {
        courses.cancel(id, version(id, version, user, jurisdiction), body == null ? null : body.reason(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "结业", description = "结业日期已到且每名学员都有结果（合格、不合格或中途退出）")
    @PostMapping("/api/v1/courses/{id}/finish")
    CourseJson.One finish(@PathVariable long id, @RequestParam(required = false) Integer version, UserAccount user,
                          Jurisdiction jurisdiction) {
        courses.finish(id, version(id, version, user, jurisdiction), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "培训班名单", description = "每人的出勤学时、已上课时与出勤率（attendanceRate，0–1，尚无课次时为空）")
    @GetMapping("/api/v1/courses/{id}/enrolments")
    List<CourseJson.EnrolmentOne> enrolments(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return rosters.enrolments(id, user, jurisdiction).stream().map(CourseJson.EnrolmentOne::of).toList();
    }

    @Operation(summary = "报名", description = "管辖范围内的登记人员，开班日处于就业年龄段，每班一次，不超过计划人数，结业日期前")
    @PostMapping("/api/v1/courses/{id}/enrolments")
    ResponseEntity<CourseJson.EnrolmentOne> enrol(@PathVariable long id, @RequestParam(required = false) Integer version,
                                                  @RequestBody CourseJson.Enrol body, UserAccount user, Jurisdiction jurisdiction) {
        long enrolment = rosters.enrol(id, version(id, version, user, jurisdiction), body == null ? null : body.personId(), user,
                jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id + "/enrolments/" + enrolment))
                .body(enrolment(id, enrolment, user, jurisdiction));
    }

    @Operation(summary = "移出名单", description = "没有考勤、结果和证书的学员；已上过课的请记为中途退出")
    @DeleteMapping("/api/v1/courses/{id}/enrolments/{eid}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long eid, @RequestParam(required = false) Integer version,
                                UserAccount user, Jurisdiction jurisdiction) {
        rosters.remove(id, version(id, version, user, jurisdiction), eid, user, jurisdiction);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "记录结业结果", description = "result 为 PASSED（合格）、FAILED（不合格）——结业日期当天或之后——或 WITHDRAWN（中途退出）；"
            + "score 为0–100的成绩，可省略；version 为该学员记录的版本")
    @PutMapping("/api/v1/courses/{id}/enrolments/{eid}/result")
    CourseJson.EnrolmentOne result(@PathVariable long id, @PathVariable long eid, @RequestParam(required = false) Integer version,
                                   @RequestBody CourseJson.Result body, UserAccount user, Jurisdiction jurisdiction) {
        int current = version != null ? version : enrolment(id, eid, user, jurisdiction).version();
        rosters.recordResult(id, eid, current, body == null ? null : body.result(), body == null ? null : body.score(), user,
                jurisdiction);
        return enrolment(id, eid, user, jurisdiction);
    }

    @Operation(summary = "课次与出勤", description = "present 为出勤的报名编号")
    @GetMapping("/api/v1/courses/{id}/sessions")
    List<CourseJson.SessionOne> sessions(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        Map<Long, Map<Long, String>> present = attendance.attendance(id, user, jurisdiction);
        java.time.Instant now = java.time.Instant.now();
        return attendance.sessions(id, user, jurisdiction).stream()
                .map(s -> new CourseJson.SessionOne(s.id(), s.heldOn(), s.hours(), s.topic(), s.signOpenAt(now),
                        List.copyOf(present.getOrDefault(s.id(), Map.of()).keySet().stream().sorted().toList())))
                .toList();
    }

    @Operation(summary = "新增课次", description = "heldOn 在培训期内，hours 大于0、不超过12")
    @PostMapping("/api/v1/courses/{id}/sessions")
    ResponseEntity<Map<String, Long>> addSession(@PathVariable long id, @RequestBody CourseJson.NewSession body, UserAccount user,
                                                 Jurisdiction jurisdiction) {
        long session = attendance.addSession(id, body.heldOn(), body.hours(), body.topic(), user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id + "/sessions")).body(Map.of("id", session));
    }

    @Operation(summary = "记录一节课的考勤", description = "present 为出勤学员的报名编号，整份名单一次记录（未列出的为缺勤）")
    @PutMapping("/api/v1/courses/{id}/sessions/{sid}/attendance")
    List<CourseJson.SessionOne> recordAttendance(@PathVariable long id, @PathVariable long sid, @RequestBody CourseJson.Present body,
                                                 UserAccount user, Jurisdiction jurisdiction) {
        attendance.record(id, sid, body == null ? List.of() : body.present(), user, jurisdiction);
        return sessions(id, user, jurisdiction);
    }

    @Operation(summary = "开放自助签到", description = "上课当天生成六位签到码，至当日24时有效；学员在“我的培训”输入")
    @PostMapping("/api/v1/courses/{id}/sessions/{sid}/sign-code")
    CourseJson.Code signCode(@PathVariable long id, @PathVariable long sid, UserAccount user, Jurisdiction jurisdiction) {
        Attendance.SignCode code = attendance.openSignCode(id, sid, user, jurisdiction);
        return new CourseJson.Code(code.sessionId(), code.code(), code.until());
    }

    @Operation(summary = "培训班的证书")
    @GetMapping("/api/v1/courses/{id}/certificates")
    List<CourseJson.CertificateOne> certificates(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return rosters.certificates(id, user, jurisdiction).stream().map(CourseJson.CertificateOne::of).toList();
    }

    @Operation(summary = "登记证书", description = "合格学员（enrolmentId）的证书：kind 为 QUALIFICATION、SKILL_LEVEL（level 1–5，5为初级）、"
            + "SPECIAL、PASS；编号在同一发证机构内唯一；发证日期不早于开班、不晚于今天")
    @PostMapping("/api/v1/courses/{id}/certificates")
    ResponseEntity<CourseJson.CertificateOne> recordCertificate(@PathVariable long id, @RequestBody CertificateInput body,
                                                                UserAccount user, Jurisdiction jurisdiction) {
        long certificate = rosters.recordCertificate(id, body, user, jurisdiction);
        CourseJson.CertificateOne saved = certificates(id, user, jurisdiction).stream().filter(c -> c.id() == certificate)
                .findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id + "/certificates")).body(saved);
    }

    @Operation(summary = "学员自助签到", description = "残疾人本人账号输入本人所报培训班当天开放的签到码；每人每小时至多输错5次")
    @PostMapping("/api/v1/me/courses/sign-in")
    CourseJson.SignedIn signIn(@RequestBody CourseJson.SignIn body, UserAccount user) {
        CourseSession session = attendance.signIn(body == null ? null : body.code(), user);
        return new CourseJson.SignedIn(session.courseId(), session.id(), session.heldOn());
    }

    private CourseJson.EnrolmentOne enrolment(long id, long eid, UserAccount user, Jurisdiction jurisdiction) {
        return rosters.enrolments(id, user, jurisdiction).stream().filter(e -> e.id() == eid).findFirst()
                .map(CourseJson.EnrolmentOne::of)
                .orElseThrow(() -> new org.zhuye.training.TrainingNotFoundException("报名", eid));
    }

    private int version(long id, Integer given, UserAccount user, Jurisdiction jurisdiction) {
        return given != null ? given : courses.read(id, user, jurisdiction).version();
    }
}
