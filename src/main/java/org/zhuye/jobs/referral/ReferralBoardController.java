package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.VisiblePeople;

/**
 * {@code /referrals}: for staff the referral board of persons in their area (status tabs, filters, a
 * step form on each open referral); for an EMPLOYER account the persons referred to or applying for its
 * unit's postings, with the unit's steps. {@code /referrals/{id}} shows every dated step and who
 * recorded it. PERSON accounts have their own page ({@link MyReferralsController}).
 */
@Controller
class ReferralBoardController {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final ReferralActors actors;

    ReferralBoardController(Referrals referrals, ReferralRepository repository, ReferralActors actors) {
        this.referrals = referrals;
        this.repository = repository;
        this.actors = actors;
    }

    @GetMapping("/referrals")
    String board(@RequestParam(required = false) String region, @RequestParam(required = false) String postingId,
                 @RequestParam(required = false) String source, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String waiting, PageRequest paging, UserAccount user, Model model,
                 jakarta.servlet.http.HttpServletRequest request) {
        if (user.roles().equals(java.util.Set.of(org.zhuye.account.Role.PERSON))) {
            return "redirect:/me/referrals";
        }
        ReferralActor viewer = actors.boardViewerOf(user);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Long posting = null;
        if (postingId != null && !postingId.isBlank()) {
            try {
                posting = Long.valueOf(postingId.strip());
            } catch (NumberFormatException e) {
                errors.put("postingId", "岗位编号须为数字");
            }
        }
        ReferralFilter filter;
        try {
            filter = ReferralFilters.parse(region, posting, null, source, status, from, to, waiting, viewer);
        } catch (JobRuleException e) {
            errors.putAll(e.fieldErrors());
            filter = ReferralFilter.NONE;
        }
        boolean employer = viewer.kind() == ReferralActor.Kind.EMPLOYER;
        Page<Referral> page = employer
                ? repository.searchOfEmployer(viewer.employerId(), filter, paging)
                : repository.search(filter, paging, viewer.jurisdiction());
        int hidden = !employer && filter.postingId() != null ? repository.countOutside(filter.postingId(), viewer.jurisdiction()) : 0;
        model.addAttribute("page", page);
        model.addAttribute("people", new VisiblePeople<>(page.rows(), hidden));
        model.addAttribute("counts", employer
                ? repository.countByStatusOfEmployer(viewer.employerId(), filter)
                : repository.countByStatus(filter, viewer.jurisdiction()));
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("filter", new FilterForm(region, postingId, source, status, from, to, waiting));
        model.addAttribute("errors", errors);
        model.addAttribute("employer", employer);
        model.addAttribute("actorKind", actors.actorOf(user).map(ReferralActor::kind).orElse(null));
        model.addAttribute("today", LocalDate.now());
        // After a step the board comes back with the same filters and page.
        model.addAttribute("back", "/referrals" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "jobs/referral/board";
    }

    /** The filters as typed, for the form and the status tabs' links. */
    record FilterForm(String region, String postingId, String source, String status, String from, String to,
                      String waiting) {
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable long id, UserAccount user, Model model) {
        ReferralActor viewer = actors.boardViewerOf(user);
        Referral referral = referrals.visible(id, viewer).orElseThrow(() -> new JobNotFoundException("推介记录", id));
        return detail(referral, viewer, user, Map.of(), null, model);
    }

    /** Staff refer a person (the candidates page of the matching part posts here). */
    @PostMapping("/referrals")
    String refer(@RequestParam(required = false) String postingId, @RequestParam(required = false) String personId,
                 UserAccount user, RedirectAttributes redirect) {
        ReferralActor actor = actors.actorOf(user).filter(a -> a.kind() == ReferralActor.Kind.STAFF)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员和专职委员可以推介"));
        long posting;
        long person;
        try {
            posting = Long.parseLong(postingId == null ? "" : postingId.strip());
            person = Long.parseLong(personId == null ? "" : personId.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "岗位编号和人员编号须为数字");
        }
        try {
            long id = referrals.refer(posting, person, ReferralSource.STAFF, null, LocalDate.now(), actor.jurisdiction());
            redirect.addFlashAttribute("notice", "已推介。");
            return "redirect:/referrals/" + id;
        } catch (JobRuleException e) {
            redirect.addFlashAttribute("notice", "未能推介：" + e.getMessage());
            return "redirect:/referrals?postingId=" + posting;
        }
    }

    @PostMapping("/referrals/{id}/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String status,
                @RequestParam(required = false) String on, @RequestParam(required = false) String note,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                @RequestParam(required = false) String monthlyIncome, @RequestParam(required = false) String back,
                UserAccount user, Model model, RedirectAttributes redirect) {
        ReferralActor actor = actors.actorOf(user)
                .filter(a -> a.kind() != ReferralActor.Kind.PERSON)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色不能记录推介进展"));
        Referral referral = referrals.visible(id, actor).orElseThrow(() -> new JobNotFoundException("推介记录", id));
        StepForm typed = new StepForm(status, on, note, reason, monthlyIncome);
        try {
            Referral done = referrals.step(id, StepInput.parse(status, on, note, reason, version, monthlyIncome), actor);
            redirect.addFlashAttribute("notice", done.personName() + "：已记录“" + done.status().label() + "”。");
            return "redirect:" + (back != null && back.startsWith("/referrals") && !back.startsWith("//") ? back : "/referrals/" + id);
        } catch (JobRuleException e) {
            return detail(referral, actor, user, e.fieldErrors(), typed, model);
        } catch (StaleJobRecordException e) {
            Referral fresh = referrals.visible(id, actor).orElseThrow();
            return detail(fresh, actor, user, Map.of("status", e.getMessage()), typed, model);
        }
    }

    /** What was typed into a step form, shown again with its errors. */
    record StepForm(String status, String on, String note, String reason, String monthlyIncome) {
    }

    private String detail(Referral referral, ReferralActor viewer, UserAccount user, Map<String, String> errors,
                          StepForm typed, Model model) {
        ReferralActor.Kind acting = actors.actorOf(user).map(ReferralActor::kind).orElse(null);
        model.addAttribute("r", referral);
        model.addAttribute("employer", viewer.kind() == ReferralActor.Kind.EMPLOYER);
        model.addAttribute("steps", repository.steps(referral.id()));
        model.addAttribute("choices", acting == null ? java.util.List.of() : ReferralSteps.choices(referral.status(), acting));
        model.addAttribute("errors", errors);
        model.addAttribute("form", typed != null ? typed : new StepForm(null, LocalDate.now().toString(), null, null, null));
        return "jobs/referral/show";
    }

}
