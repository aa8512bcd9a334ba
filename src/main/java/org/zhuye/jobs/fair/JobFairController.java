package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionNames;

/**
 * 专场招聘会 pages: the list, the new-fair form, the fair page with its staff forms (units, postings, registration,
 * check-in, intents, 回访) and the self-service registration of units and persons, the due callbacks and the SOE
 * count. A form that breaks a rule comes back (422) with each message at its field.
 */
@Controller
class JobFairController {

    private final JobFairs fairs;
    private final FairQueries queries;
    private final FairRepository repository;
    private final FairViewers viewers;
    private final RegionNames regionNames;
    private final Histories histories;

    JobFairController(JobFairs fairs, FairQueries queries, FairRepository repository, FairViewers viewers,
                      RegionNames regionNames, Histories histories) {
        this.histories = histories;
        this.fairs = fairs;
        this.queries = queries;
        this.repository = repository;
        this.viewers = viewers;
        this.regionNames = regionNames;
    }

    @GetMapping("/job-fairs")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                @RequestParam(required = false) Integer year, PageRequest paging, UserAccount user, Model model) {
        FairFilter filter = new FairFilter(region, kind, year);
        var page = queries.list(filter, user, paging);
        int thisYear = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear + 1; y >= thisYear - 4; y--) {
            years.add(y);
        }
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", FairKind.values());
        model.addAttribute("years", years);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("staff", FairViewers.staffSide(user));
        model.addAttribute("mayOrganise", FairViewers.mayOrganise(user));
        model.addAttribute("names", publicNames(user, page.rows().stream().map(JobFair::regionCode).toList()));
        return "jobs/fair/list";
    }

    @GetMapping("/job-fairs/new")
    String newForm(UserAccount user, Model model) {
        requireOrganiser(user);
        return form(FairInput.blank(), null, Map.of(), model);
    }

    @PostMapping(value = "/job-fairs/new", params = "picker.pick")
    String newFormPicked(FairForm form, UserAccount user, Model model) {
        requireOrganiser(user);
        return form(form.toInput(), null, Map.of(), model);
    }

    @PostMapping("/job-fairs/new")
    String create(FairForm form, UserAccount user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(form, null, model, redirect, response, "已新建招聘会。", () -> fairs.create(form.toInput(), user));
    }

    @GetMapping("/job-fairs/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Model model) {
        requireOrganiser(user);
        JobFair fair = fairs.visible(id, user);
        return form(FairInput.of(fair), fair, Map.of(), model);
    }

    @PostMapping(value = "/job-fairs/{id}/edit", params = "picker.pick")
    String editFormPicked(@PathVariable long id, FairForm form, UserAccount user, Model model) {
        requireOrganiser(user);
        return form(form.toInput(), fairs.visible(id, user), Map.of(), model);
    }

    @PostMapping("/job-fairs/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, FairForm form, UserAccount user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return save(form, fairs.visible(id, user), model, redirect, response, "已保存招聘会的修改。", () -> {
            fairs.update(id, version, form.toInput(), user);
            return id;
        });
    }

    private String save(FairForm form, JobFair fair, Model model, RedirectAttributes redirect, HttpServletResponse response,
                        String notice, java.util.function.LongSupplier saving) {
        try {
            long id = saving.getAsLong();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/job-fairs/" + id;
        } catch (JobRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form.toInput(), fair, e.fieldErrors(), model);
        }
    }

    @GetMapping("/job-fairs/{id}")
    String show(@PathVariable long id, UserAccount user, Model model) {
        return page(id, user, Map.of(), Map.of(), model);
    }

    @PostMapping("/job-fairs/{id}/employers")
    String addEmployer(@PathVariable long id, @RequestParam(name = "unitId", defaultValue = "") String employerId,
                       @RequestParam(name = "unitZone", defaultValue = "") String zone,
                       @RequestParam(name = "unitBooth", defaultValue = "") String booth,
                       UserAccount user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, user, model, redirect, response, Map.of("employerId", "unitId", "zone", "unitZone", "booth", "unitBooth"),
                form("unitId", employerId, "unitZone", zone, "unitBooth", booth), "已登记参会单位。",
                () -> fairs.addEmployer(id, number(employerId, "employerId", "请填写用人单位编号"), zone, booth, user));
    }

    @PostMapping("/job-fairs/{id}/postings")
    String addPosting(@PathVariable long id, @RequestParam(name = "fairPostingId", defaultValue = "") String postingId, UserAccount user,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, user, model, redirect, response, Map.of("postingId", "fairPostingId"),
                form("fairPostingId", postingId), "岗位已加入招聘会。",
                () -> fairs.addPosting(id, number(postingId, "postingId", "请填写岗位编号"), user));
    }

    @PostMapping("/job-fairs/{id}/registrations")
    String register(@PathVariable long id, @RequestParam(name = "registerPersonId", defaultValue = "") String personId, UserAccount user,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, user, model, redirect, response, Map.of("personId", "registerPersonId"),
                form("registerPersonId", personId), "已为该人员报名。",
                () -> fairs.register(id, number(personId, "personId", "请填写人员编号"), user));
    }

    @PostMapping("/job-fairs/{id}/check-ins")
    String checkIn(@PathVariable long id, @RequestParam(name = "checkInPersonId", defaultValue = "") String personId,
                   @RequestParam(name = "checkInCertificate", defaultValue = "") String certificateNumber, UserAccount user, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, user, model, redirect, response,
                Map.of("personId", "checkInPersonId", "certificateNumber", "checkInCertificate"),
                form("checkInPersonId", personId, "checkInCertificate", certificateNumber), "已签到。", () -> {
                    if (personId.isBlank() && !certificateNumber.isBlank()) {
                        fairs.checkInByCertificate(id, certificateNumber, user);
                    } else {
                        fairs.checkIn(id, number(personId, "personId", "请填写人员编号或残疾人证号"), user);
                    }
                });
    }

    @PostMapping("/job-fairs/{id}/intents")
    String intent(@PathVariable long id, @RequestParam(name = "intentPersonId", defaultValue = "") String personId,
                  @RequestParam(name = "intentPostingId", defaultValue = "") String postingId,
                  @RequestParam(name = "intentOn", defaultValue = "") String on,
                  UserAccount user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, user, model, redirect, response,
                Map.of("personId", "intentPersonId", "postingId", "intentPostingId", "on", "intentOn"),
                form("intentPersonId", personId, "intentPostingId", postingId, "intentOn", on),
                "已登记意向，并生成岗位推介。", () -> fairs.recordIntent(id, number(personId, "personId", "请选择人员"),
                        number(postingId, "postingId", "请选择岗位"), JobFairApiController.date(on, "on", "意向日期"), user));
    }

    @PostMapping("/job-fairs/{id}/intents/{intentId}/callback")
    String callback(@PathVariable long id, @PathVariable long intentId, @RequestParam Map<String, String> posted,
                    UserAccount user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // Each intent's form names its fields after the intent, so that an error shows at the right form.
        String prefix = "callback" + intentId;
        String calledBackOn = posted.getOrDefault(prefix + "On", "");
        String note = posted.getOrDefault(prefix + "Note", "");
        return act(id, user, model, redirect, response,
                Map.of("calledBackOn", prefix + "On", "callbackNote", prefix + "Note"),
                form(prefix + "On", calledBackOn, prefix + "Note", note), "已登记回访。",
                () -> fairs.recordCallback(id, intentId, JobFairApiController.date(calledBackOn, "calledBackOn", "回访日期"),
                        note, user));
    }

    /** Self-service: an EMPLOYER account registers its unit, a PERSON account registers itself. */
    @PostMapping("/job-fairs/{id}/register")
    String registerSelf(@PathVariable long id, @RequestParam(name = "selfZone", defaultValue = "") String zone,
                        @RequestParam(name = "selfBooth", defaultValue = "") String booth, UserAccount user, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        boolean unit = viewers.unitOf(user).isPresent();
        return act(id, user, model, redirect, response,
                Map.of("employerId", "selfRegister", "personId", "selfRegister", "zone", "selfZone", "booth", "selfBooth"),
                form("selfZone", zone, "selfBooth", booth), unit ? "已为本单位报名参会。" : "报名成功，请按时参加。", () -> {
                    if (unit) {
                        fairs.registerOwnUnit(id, zone, booth, user);
                    } else {
                        fairs.registerSelf(id, user);
                    }
                });
    }

    @GetMapping("/job-fairs/callbacks")
    String callbacks(UserAccount user, Model model) {
        FairViewers.requireStaffSide(user);
        model.addAttribute("due", repository.listCallbacksDue(LocalDate.now(), user.jurisdiction(), 200));
        model.addAttribute("total", repository.countCallbacksDue(LocalDate.now(), user.jurisdiction()));
        return "jobs/fair/callbacks";
    }

    @GetMapping("/job-fairs/soe-count")
    String soeCount(UserAccount user, Model model) {
        FairViewers.requireStaffSide(user);
        model.addAttribute("count", queries.soeCount(LocalDate.now().getYear()));
        model.addAttribute("target", SoeFairCount.TARGET);
        return "jobs/fair/soe-count";
    }

    private String act(long id, UserAccount user, Model model, RedirectAttributes redirect, HttpServletResponse response,
                       Map<String, String> fieldNames, Map<String, String> typed, String notice, Runnable action) {
        try {
            action.run();
        } catch (JobRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            String first = fieldNames.values().iterator().next();
            e.fieldErrors().forEach((field, message) -> errors.merge(fieldNames.getOrDefault(field, first), message,
                    (a, b) -> a + "；" + b));
            return page(id, user, errors, typed, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/job-fairs/" + id;
    }

    private String page(long id, UserAccount user, Map<String, String> errors, Map<String, String> typed, Model model) {
        FairView view = queries.view(id, user);
        JobFair fair = view.fair();
        LocalDate today = LocalDate.now();
        Set<String> codes = new LinkedHashSet<>();
        codes.add(fair.regionCode());
        view.employers().forEach(e -> codes.add(e.regionCode()));
        model.addAttribute("view", view);
        model.addAttribute("fair", fair);
        model.addAttribute("today", today);
        model.addAttribute("names", publicNames(user, codes));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("staff", FairViewers.staffSide(user));
        model.addAttribute("mayOrganise", FairViewers.mayOrganise(user));
        model.addAttribute("mayEdit", FairViewers.mayOrganise(user)
                && user.jurisdiction().contains(RegionCode.of(fair.regionCode())));
        model.addAttribute("mayRecord", FairViewers.mayRecord(user));
        model.addAttribute("unit", viewers.unitOf(user).orElse(null));
        model.addAttribute("selfPerson", viewers.personOf(user).orElse(null));
        model.addAttribute("selfRegistered", queries.selfRegistered(id, user));
        model.addAttribute("open", fair.upcomingOrOn(today));
        model.addAttribute("onDay", fair.onDay(today));
        model.addAttribute("defaultIntentDay", today.isAfter(fair.endsOn()) ? fair.endsOn() : today);
        // The fair's own changes, for staff of the organising area (audit entries are kept under the fair's region).
        model.addAttribute("auditTrail", FairViewers.staffSide(user)
                ? histories.of(FairVocabulary.TYPE, String.valueOf(id), user.jurisdiction()) : List.of());
        model.addAttribute("checkedIn", view.attendees().visible().stream().filter(Attendee::checkedIn).toList());
        return "jobs/fair/fair";
    }

    private String form(FairInput input, JobFair fair, Map<String, String> errors, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("fair", fair);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", FairKind.values());
        return "jobs/fair/form";
    }

    /** Fairs and units are public: their places are named from the province down, whatever the viewer's area. */
    private Map<String, String> publicNames(UserAccount user, java.util.Collection<String> codes) {
        RegionCode province = RegionCode.of(user.jurisdiction().root().value().substring(0, 2));
        return regionNames.of(new Jurisdiction(province), codes);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            typed.put(pairs[i], pairs[i + 1]);
        }
        return typed;
    }

    private static long number(String text, String field, String missing) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw JobRuleException.of(field, missing);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw JobRuleException.of(field, "编号须为数字：" + s);
        }
    }

    private static void requireOrganiser(UserAccount user) {
        if (!FairViewers.mayOrganise(user)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The new-fair form as posted: zones as one line of text. */
    record FairForm(String title, String regionCode, String kind, String online, String startsOn, String endsOn,
                    String venue, String zones, String callbackDays, String note) {

        FairInput toInput() {
            Boolean mode = "true".equals(online) ? Boolean.TRUE : "false".equals(online) ? Boolean.FALSE : null;
            return new FairInput(title, regionCode, kind, mode, startsOn, endsOn, venue, FairInput.zonesFrom(zones),
                    callbackDays, note);
        }
    }
}
