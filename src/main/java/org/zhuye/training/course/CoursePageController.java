package org.zhuye.training.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.casework.OccupationList;
import org.zhuye.person.CertificateLookup;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.VisiblePeople;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.training.provider.Provider;
import org.zhuye.training.provider.Providers;

/**
 * The course pages: the list, new and edit, a course's page with its application, roster, sessions and
 * attendance grid, results, certificates and history and a form for each step the viewer may take, and
 * the reviewers' list of applications to approve. Steps on the course's page come back to it with their
 * problems (post, redirect, get).
 */
@Controller
class CoursePageController {

    private final Courses courses;
    private final Rosters rosters;
    private final Attendance attendance;
    private final CourseAccess access;
    private final Providers providers;
    private final OccupationList occupations;
    private final CertificateLookup certificates;
    private final Histories histories;

    CoursePageController(Courses courses, Rosters rosters, Attendance attendance, CourseAccess access, Providers providers,
                         OccupationList occupations, Histories histories, CertificateLookup certificates) {
        this.certificates = certificates;
        this.courses = courses;
        this.rosters = rosters;
        this.attendance = attendance;
        this.access = access;
        this.providers = providers;
        this.occupations = occupations;
        this.histories = histories;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("statuses", CourseStatus.values());
        model.addAttribute("results", EnrolmentResult.values());
        model.addAttribute("certificateKinds", CertificateKind.values());
    }

    @GetMapping("/courses")
    String list(CourseFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", courses.list(filter, paging, user, jurisdiction));
        model.addAttribute("own", access.ownProvider(user).orElse(null));
        model.addAttribute("mayCreate", CourseAccess.staffEditor(user) || access.ownProvider(user).isPresent());
        model.addAttribute("mayReview", CourseAccess.staffEditor(user));
        if (CourseAccess.staffSide(user)) {
            model.addAttribute("providers", providers.list(PageRequest.first().withSize(500), user, jurisdiction).rows());
        }
        return "training/course/list";
    }

    @GetMapping("/courses/approvals")
    String approvals(PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("page", courses.toApprove(paging, user, jurisdiction));
        return "training/course/approvals";
    }

    @GetMapping("/courses/new")
    String newForm(@RequestParam(required = false) String providerId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        return form(new CourseInput(providerId, null, null, null, Delivery.ON_SITE.name(), null, null, null, null, null, null,
                "0", null, List.of(), null), null, user, jurisdiction, model);
    }

    @PostMapping("/courses")
    String create(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect) {
        CourseInput input = CourseInput.fromForm(form);
        try {
            long id = courses.create(input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存为草稿。报名学员、补齐开班申请后请提交审批。");
            return "redirect:/courses/" + id;
        } catch (TrainingRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            return form(input, null, user, jurisdiction, model);
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/courses", params = "picker.pick")
    String createFormAgain(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction, Model model) {
        return form(CourseInput.fromForm(form), null, user, jurisdiction, model);
    }

    @GetMapping("/courses/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Course course = access.runnable(id, user, jurisdiction, "修改培训班");
        return form(CourseInput.of(course), course, user, jurisdiction, model);
    }

    @PostMapping("/courses/{id}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
                  UserAccount user, Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        CourseInput input = CourseInput.fromForm(form);
        Course course = courses.read(id, user, jurisdiction);
        try {
            courses.update(id, version, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存修改。");
            return "redirect:/courses/" + id;
        } catch (TrainingRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (StaleTrainingRecordException e) {
            model.addAttribute("errors", Map.of("version", e.getMessage()));
        }
        return form(input, course, user, jurisdiction, model);
    }

    @PostMapping(value = "/courses/{id}", params = "picker.pick")
    String updateFormAgain(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, UserAccount user,
                           Jurisdiction jurisdiction, Model model) {
        return form(CourseInput.fromForm(form), courses.read(id, user, jurisdiction), user, jurisdiction, model);
    }

    private String form(CourseInput input, Course course, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Provider own = access.ownProvider(user).orElse(null);
        if (own == null && !CourseAccess.staffEditor(user)) {
            throw new org.zhuye.training.TrainingNotFoundException("培训班", 0);
        }
        model.addAttribute("input", input);
        model.addAttribute("course", course);
        model.addAttribute("own", own);
        if (own == null) {
            model.addAttribute("providers", providers.list(PageRequest.first().withSize(500), user, jurisdiction).rows().stream()
                    .filter(Provider::active).toList());
        }
        model.addAttribute("occupationGroups", occupations.groups());
        List<Teacher> rows = new java.util.ArrayList<>(input.teachers());
        while (rows.size() < Math.max(3, input.teachers().size() + 1) && rows.size() < CourseInput.MAX_TEACHERS) {
            rows.add(new Teacher(null, null));
        }
        model.addAttribute("teacherRows", rows);
        return "training/course/form";
    }

    @GetMapping("/courses/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Course course = courses.read(id, user, jurisdiction);
        List<Enrolment> enrolments = rosters.enrolments(id, user, jurisdiction);
        VisiblePeople<Enrolment> roster = VisiblePeople.of(enrolments, Enrolment::personRegionCode, jurisdiction);
        List<CourseSession> sessions = attendance.sessions(id, user, jurisdiction);
        model.addAttribute("course", course);
        model.addAttribute("roster", roster);
        model.addAttribute("sessions", sessions);
        model.addAttribute("present", attendance.attendance(id, user, jurisdiction));
        model.addAttribute("certificates", rosters.certificates(id, user, jurisdiction).stream()
                .filter(c -> roster.visible().stream().anyMatch(e -> e.id() == c.enrolmentId())).toList());
        model.addAttribute("enrolmentNames", roster.visible().stream()
                .collect(java.util.stream.Collectors.toMap(Enrolment::id, Enrolment::personName)));
        model.addAttribute("passed", roster.visible().stream().filter(e -> e.result() == EnrolmentResult.PASSED).toList());
        model.addAttribute("now", Instant.now());
        model.addAttribute("today", Courses.today());
        model.addAttribute("mayRun", access.mayRun(user, course));
        model.addAttribute("mayReview", CourseAccess.staffEditor(user) && course.status() == CourseStatus.SUBMITTED
                && !user.username().equals(course.submittedBy()));
        model.addAttribute("history", histories.of(Courses.OBJECT_TYPE, String.valueOf(id), jurisdiction));
        return "training/course/show";
    }

    @PostMapping("/courses/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已提交开班申请，等待审批。", () -> courses.submit(id, version, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String from, UserAccount user, Jurisdiction jurisdiction,
                   RedirectAttributes redirect) {
        String back = step(id, redirect, "已批准开班。", () -> courses.approve(id, version, note, user, jurisdiction));
        return "approvals".equals(from) ? "redirect:/courses/approvals" : back;
    }

    @PostMapping("/courses/{id}/return")
    String returnForCorrection(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                               @RequestParam(required = false) String from, UserAccount user, Jurisdiction jurisdiction,
                               RedirectAttributes redirect) {
        String back = step(id, redirect, "已退回开班申请。", () -> courses.returnForCorrection(id, version, reason, user, jurisdiction));
        return "approvals".equals(from) ? "redirect:/courses/approvals" : back;
    }

    @PostMapping("/courses/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "培训班已取消。", () -> courses.cancel(id, version, reason, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/finish")
    String finish(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        return step(id, redirect, "已办理结业。", () -> courses.finish(id, version, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/enrolments")
    String enrol(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String personId,
                 UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已报名。", () -> rosters.enrol(id, version, personOf(personId, jurisdiction), user, jurisdiction));
    }

    /**
     * The trainee as typed: a 残疾人证号 (what a provider has in hand — an INSTITUTION account cannot search the
     * registry) or the id shown on the person's page (ids are short, certificate numbers 20 characters).
     */
    private String personOf(String typed, Jurisdiction jurisdiction) {
        if (typed == null || typed.strip().length() <= 12) {
            return typed;
        }
        CertificateLookup.Found found = certificates.find(typed, jurisdiction);
        return found.personId().map(String::valueOf)
                .orElseThrow(() -> TrainingRuleException.of("personId", found.problem()));
    }

    @PostMapping("/courses/{id}/enrolments/{eid}/remove")
    String remove(@PathVariable long id, @PathVariable long eid, @RequestParam int version, UserAccount user,
                  Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已移出名单。", () -> rosters.remove(id, version, eid, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/enrolments/{eid}/result")
    String result(@PathVariable long id, @PathVariable long eid, @RequestParam int version,
                  @RequestParam(required = false) String result, @RequestParam(required = false) String score,
                  UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已记录结业结果。", () -> rosters.recordResult(id, eid, version, result, score, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/sessions")
    String addSession(@PathVariable long id, @RequestParam(required = false) String heldOn,
                      @RequestParam(required = false) String hours, @RequestParam(required = false) String topic,
                      UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已新增课次。", () -> attendance.addSession(id, heldOn, hours, topic, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/sessions/{sid}/attendance")
    String recordAttendance(@PathVariable long id, @PathVariable long sid,
                            @RequestParam(name = "present", required = false) List<Long> present, UserAccount user,
                            Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已记录考勤。", () -> attendance.record(id, sid, present == null ? List.of() : present, user, jurisdiction));
    }

    @PostMapping("/courses/{id}/sessions/{sid}/sign-code")
    String signCode(@PathVariable long id, @PathVariable long sid, UserAccount user, Jurisdiction jurisdiction,
                    RedirectAttributes redirect) {
        return step(id, redirect, null, () -> {
            Attendance.SignCode code = attendance.openSignCode(id, sid, user, jurisdiction);
            redirect.addFlashAttribute("notice", "签到码 " + code.code() + "，今天24时前有效。请告诉到场的学员在“我的培训”中输入。");
        });
    }

    @PostMapping("/courses/{id}/certificates")
    String certificate(@PathVariable long id, @RequestParam(required = false) String enrolmentId,
                       @RequestParam(required = false) String kind, @RequestParam(required = false) String level,
                       @RequestParam(required = false) String number, @RequestParam(required = false) String issuer,
                       @RequestParam(required = false) String issuedOn, UserAccount user, Jurisdiction jurisdiction,
                       RedirectAttributes redirect) {
        return step(id, redirect, "已登记证书。", () -> rosters.recordCertificate(id,
                new CertificateInput(enrolmentId, kind, level, number, issuer, issuedOn), user, jurisdiction));
    }

    /** Runs a step of the course's page and comes back to it, with the notice or every problem. */
    private static String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("stepErrors", List.copyOf(e.fieldErrors().values()));
        } catch (StaleTrainingRecordException e) {
            redirect.addFlashAttribute("stepErrors", List.of(e.getMessage()));
        } catch (ResponseStatusException e) {
            if (e.getStatusCode().value() != 403) {
                throw e;
            }
            redirect.addFlashAttribute("stepErrors", List.of(e.getReason()));
        }
        return "redirect:/courses/" + id;
    }
}
