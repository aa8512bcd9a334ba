package org.zhuye.training.course;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * {@code /me/courses}: a PERSON account's own courses — sessions and their attendance, results and
 * certificates — and the sign-in form for a session whose code the provider has opened today.
 */
@Controller
class MyCoursesController {

    private final PersonAccounts personAccounts;
    private final CourseStore store;
    private final Attendance attendance;

    MyCoursesController(PersonAccounts personAccounts, CourseStore store, Attendance attendance) {
        this.personAccounts = personAccounts;
        this.store = store;
        this.attendance = attendance;
    }

    record Mine(Course course, Enrolment enrolment, List<CourseSession> sessions, Map<Long, String> attended,
                List<Certificate> certificates) {
    }

    @GetMapping("/me/courses")
    String mine(UserAccount user, Model model) {
        Person me = personAccounts.personOf(user).orElseThrow(() -> new TrainingNotFoundException("本人登记信息", 0));
        List<Certificate> certificates = store.certificatesOfPerson(me.id());
        List<Mine> courses = store.findOfPersonAll(me.id()).stream().map(c -> {
            Enrolment e = store.enrolmentOfPerson(c.id(), me.id()).orElseThrow();
            Map<Long, String> attended = store.attendance(c.id()).entrySet().stream()
                    .filter(s -> s.getValue().containsKey(e.id()))
                    .collect(Collectors.toMap(Map.Entry::getKey, s -> s.getValue().get(e.id())));
            return new Mine(c, e, store.sessions(c.id()), attended,
                    certificates.stream().filter(t -> t.enrolmentId() == e.id()).toList());
        }).toList();
        model.addAttribute("person", me);
        model.addAttribute("courses", courses);
        return "training/me/courses";
    }

    @PostMapping("/me/courses/sign-in")
    String signIn(@RequestParam(required = false) String code, UserAccount user, RedirectAttributes redirect) {
        try {
            CourseSession session = attendance.signIn(code, user);
            redirect.addFlashAttribute("notice", "签到成功：" + session.heldOn() + (session.topic() == null ? "" : " " + session.topic()));
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("signError", e.fieldErrors().get("code"));
        }
        return "redirect:/me/courses";
    }
}
