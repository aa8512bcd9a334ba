package org.zhuye.jobs.posting;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.employer.EmployerSearch;
import org.zhuye.jobs.ContractType;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CodeLists;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/** The posting pages: the list, new and edit, a posting's page with its steps, and staff's check list. */
@Controller
class PostingPageController {

    /** How many units the staff's unit select offers; beyond it, staff start from the unit's page. */
    private static final int UNIT_CHOICES = 200;

    private final JobPostings postings;
    private final PostingAccess access;
    private final EmployerRepository employers;
    private final CodeLists codes;
    private final OccupationList occupations;
    private final Histories histories;

    PostingPageController(JobPostings postings, PostingAccess access, EmployerRepository employers, CodeLists codes,
                          OccupationList occupations, Histories histories) {
        this.postings = postings;
        this.access = access;
        this.employers = employers;
        this.codes = codes;
        this.occupations = occupations;
        this.histories = histories;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("modes", WorkMode.values());
        model.addAttribute("features", WorkplaceFeature.values());
        model.addAttribute("demandItems", WorkDemand.values());
        model.addAttribute("contracts", ContractType.values());
        model.addAttribute("statuses", PostingStatus.values());
        model.addAttribute("categories", DisabilityCategory.values());
        model.addAttribute("occupationGroups", occupations.groups());
        model.addAttribute("employmentForms", codes.list(CodeLists.EMPLOYMENT_FORM));
        model.addAttribute("educations", codes.list(CodeLists.EDUCATION));
    }

    @GetMapping("/jobs")
    String list(PostingFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", postings.list(filter, paging, user, jurisdiction));
        model.addAttribute("ownUnit", access.ownUnit(user).orElse(null));
        model.addAttribute("mayPost", PostingAccess.staffEditor(user) || access.ownUnit(user).isPresent());
        model.addAttribute("mayCheck", PostingAccess.staffEditor(user));
        return "jobs/list";
    }

    @GetMapping("/jobs/check")
    String check(PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("page", postings.toCheck(paging, user, jurisdiction));
        return "jobs/check";
    }

    @GetMapping("/jobs/new")
    String newForm(@RequestParam(required = false) String employerId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        PostingInput empty = PostingInput.empty();
        return form(new PostingInput(employerId, null, null, null, null, null, empty.workMode(), null, empty.hoursPerWeek(),
                null, null, null, empty.contractType(), empty.socialInsurance(), empty.minEducation(), List.of(), List.of(),
                Map.of(), null, null), null, user, jurisdiction, model);
    }

    @PostMapping("/jobs")
    String create(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect) {
        PostingInput input = PostingInput.fromForm(form);
        try {
            long id = postings.create(input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存为草稿。核对无误后请提交审核。");
            return "redirect:/jobs/" + id;
        } catch (JobRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            return form(input, null, user, jurisdiction, model);
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/jobs", params = "picker.pick")
    String createFormAgain(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction,
                           Model model) {
        return form(PostingInput.fromForm(form), null, user, jurisdiction, model);
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        JobPosting posting = postings.read(id, user, jurisdiction);
        boolean mayEdit = access.mayEdit(user, posting);
        boolean staffEditor = PostingAccess.staffEditor(user);
        PostingStatus status = posting.status();
        model.addAttribute("posting", posting);
        model.addAttribute("staffSide", PostingAccess.staffSide(user));
        model.addAttribute("mayEdit", mayEdit && (status == PostingStatus.DRAFT || status == PostingStatus.RETURNED));
        model.addAttribute("maySubmit", mayEdit && (status == PostingStatus.DRAFT || status == PostingStatus.RETURNED));
        model.addAttribute("mayCheck", staffEditor && status == PostingStatus.SUBMITTED);
        model.addAttribute("mayFill", mayEdit && status == PostingStatus.PUBLISHED);
        model.addAttribute("mayWithdraw", mayEdit && status != PostingStatus.CLOSED);
        // Whoever may see the posting may read its history, wherever they work: the viewer's own area when it holds
        // the workplace (so names the viewer may see, the unit's among them, are shown), else the posting's own.
        Jurisdiction historyScope = jurisdiction.contains(RegionCode.of(posting.regionCode()))
                ? jurisdiction : Jurisdiction.of(posting.regionCode());
        model.addAttribute("history", histories.of(JobPostings.OBJECT_TYPE, String.valueOf(id), historyScope));
        return "jobs/show";
    }

    @GetMapping("/jobs/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        JobPosting posting = editable(id, user, jurisdiction);
        return form(PostingForms.inputOf(posting), posting, user, jurisdiction, model);
    }

    @PostMapping("/jobs/{id}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
                  UserAccount user, Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        JobPosting posting = editable(id, user, jurisdiction);
        PostingInput input = PostingInput.fromForm(form);
        try {
            postings.update(id, version, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:/jobs/" + id;
        } catch (JobRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (StaleJobRecordException e) {
            // Kept as typed, so the user can compare with the posting's page and save again.
            model.addAttribute("errors", Map.of("title", e.getMessage()));
        }
        return form(input, posting, user, jurisdiction, model);
    }

    @PostMapping(value = "/jobs/{id}", params = "picker.pick")
    String editFormAgain(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, UserAccount user,
                         Jurisdiction jurisdiction, Model model) {
        return form(PostingInput.fromForm(form), editable(id, user, jurisdiction), user, jurisdiction, model);
    }

    @PostMapping("/jobs/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        return step(id, redirect, "已提交，等待残联工作人员审核。", null,
                () -> postings.submit(id, version, user, jurisdiction));
    }

    @PostMapping("/jobs/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String unitChecked,
                   @RequestParam(required = false) String workplaceChecked, @RequestParam(required = false) String checkNote,
                   @RequestParam(required = false) String from, UserAccount user, Jurisdiction jurisdiction,
                   RedirectAttributes redirect) {
        PostingCheck check = new PostingCheck("true".equals(unitChecked), "true".equals(workplaceChecked), checkNote);
        return step(id, redirect, "已审核发布。", from, () -> postings.publish(id, version, check, user, jurisdiction));
    }

    @PostMapping("/jobs/{id}/return")
    String returnForCorrection(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                               @RequestParam(required = false) String from, UserAccount user, Jurisdiction jurisdiction,
                               RedirectAttributes redirect) {
        return step(id, redirect, "已退回，单位将看到退回理由。", from,
                () -> postings.returnForCorrection(id, version, reason, user, jurisdiction));
    }

    @PostMapping("/jobs/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                 UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "FILLED".equals(reason) ? "已标记为已招满，岗位已关闭。" : "岗位已撤回。", null,
                () -> postings.close(id, version, reason, user, jurisdiction));
    }

    /**
     * A step's outcome back on the page it came from (the posting, or the check list): a notice, or the
     * refusal — field messages at their fields, a status or version conflict as a message.
     */
    private static String step(long id, RedirectAttributes redirect, String done, String from, Runnable action) {
        String back = "check".equals(from) ? "redirect:/jobs/check" : "redirect:/jobs/" + id;
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (JobRuleException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
            redirect.addFlashAttribute("errorPosting", id);
        } catch (PostingStepException | StaleJobRecordException e) {
            redirect.addFlashAttribute("stepError", e.getMessage());
            redirect.addFlashAttribute("errorPosting", id);
        }
        return back + ("check".equals(from) ? "#posting-" + id : "");
    }

    private JobPosting editable(long id, UserAccount user, Jurisdiction jurisdiction) {
        JobPosting posting = postings.read(id, user, jurisdiction);
        if (!access.mayEdit(user, posting)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位账号或所在地区的残联工作人员可以修改此岗位");
        }
        if (posting.status() != PostingStatus.DRAFT && posting.status() != PostingStatus.RETURNED) {
            throw new PostingStepException("岗位为“" + posting.status().label() + "”，只有草稿和已退回的岗位可以修改");
        }
        return posting;
    }

    private String form(PostingInput input, JobPosting posting, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Employer own = access.ownUnit(user).orElse(null);
        if (posting == null && own == null && !PostingAccess.staffEditor(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有已绑定单位的用人单位账号或残联工作人员可以发布岗位");
        }
        model.addAttribute("input", input);
        model.addAttribute("posting", posting);
        model.addAttribute("ownUnit", own);
        model.addAttribute("units", posting == null && own == null
                ? employers.search(new EmployerSearch(null, null, null, null, null, 0, UNIT_CHOICES), jurisdiction).rows()
                : List.of());
        return "jobs/form";
    }
}
