package org.zhuye.training.subsidy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
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
import org.zhuye.person.CodeLists;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * {@code /training/subsidies}: the follow-ups due and the subsidies of the viewer's area with the basis each
 * rests on; {@code /training/subsidies/{id}} with its history and the confirmation; the follow-up form.
 */
@Controller
class SubsidyPagesController {

    private final TrainingSubsidies subsidies;
    private final TrainingFollowups followups;
    private final TrainingSubsidyRules rules;
    private final Histories histories;
    private final CodeLists codes;

    SubsidyPagesController(TrainingSubsidies subsidies, TrainingFollowups followups, TrainingSubsidyRules rules,
                           Histories histories, CodeLists codes) {
        this.codes = codes;
        this.subsidies = subsidies;
        this.followups = followups;
        this.rules = rules;
        this.histories = histories;
    }

    @GetMapping("/training/subsidies")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String status,
                @RequestParam(required = false) String course, PageRequest page, UserAccount user,
                Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        SubsidyPermissions.requireSee(user);
        Map<String, String> errors = new LinkedHashMap<>();
        TrainingSubsidies.Filter filter;
        try {
            filter = SubsidyFilters.parse(region, from, to, status, course, jurisdiction);
        } catch (TrainingRuleException e) {
            errors.putAll(e.fieldErrors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            filter = SubsidyFilters.parse(null, null, null, null, null, jurisdiction);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("regionText", region);
        model.addAttribute("statusText", status);
        model.addAttribute("courseText", course);
        model.addAttribute("statuses", Subsidy.Status.values());
        model.addAttribute("page", subsidies.list(filter, page, jurisdiction));
        model.addAttribute("totals", subsidies.totals(filter, jurisdiction));
        model.addAttribute("due", followups.due(filter.regionLike(), LocalDate.now(), 50, jurisdiction));
        model.addAttribute("dueCount", followups.countDue(LocalDate.now(), jurisdiction));
        model.addAttribute("mayConfirm", SubsidyPermissions.mayConfirm(user));
        model.addAttribute("mayFollowup", SubsidyPermissions.mayRecordFollowup(user));
        model.addAttribute("rule", ruleOrNull(jurisdiction.root()));
        return "training/subsidy/list";
    }

    @GetMapping("/training/subsidies/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        SubsidyPermissions.requireSee(user);
        Subsidy subsidy = subsidies.find(id, jurisdiction).orElseThrow(() -> new TrainingNotFoundException("培训补贴", id));
        model.addAttribute("s", subsidy);
        model.addAttribute("personVisible", jurisdiction.contains(RegionCode.of(subsidy.personRegion())));
        model.addAttribute("mayConfirm", SubsidyPermissions.mayConfirm(user) && !subsidy.confirmed());
        model.addAttribute("history", histories.of(SubsidyVocabulary.SUBSIDY, String.valueOf(id), jurisdiction));
        return "training/subsidy/show";
    }

    @PostMapping("/training/subsidies/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction,
                   RedirectAttributes redirect) {
        SubsidyPermissions.requireConfirm(user, id);
        Subsidy confirmed = subsidies.confirm(id, version, jurisdiction);
        redirect.addFlashAttribute("notice", "已确认培训补贴 " + confirmed.amount().toPlainString() + " 元，此后不再重算");
        return "redirect:/training/subsidies/" + id;
    }

    @PostMapping("/training/subsidies/compute")
    String compute(@RequestParam long course, UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        SubsidyPermissions.requireConfirm(user, course);
        TrainingSubsidies.Computed c = subsidies.compute(course, jurisdiction);
        redirect.addFlashAttribute("notice", "核算完成：新核算或重算 " + c.calculated() + " 人，未变 " + c.unchanged()
                + " 人，已确认不再重算 " + c.confirmed() + " 人，就业情况未定待核算 " + c.waiting() + " 人");
        return "redirect:/training/subsidies?course=" + course + "&from=1900-01-01&to=2999-12-31";
    }

    @GetMapping("/training/subsidies.xlsx")
    void workbook(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String course, UserAccount user, Jurisdiction jurisdiction,
                  HttpServletResponse response) throws IOException {
        SubsidyPermissions.requireSee(user);
        TrainingSubsidies.Filter filter = SubsidyFilters.parse(region, from, to, status, course, jurisdiction);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("培训补贴-" + filter.from() + "至" + filter.to() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (XlsxWriter sheet = new XlsxWriter(response.getOutputStream(), "培训补贴")) {
            sheet.header(List.of("编号", "培训班", "培训类别", "培训机构", "学员", "结业日期", "出勤（学时）", "出勤率（%）", "证书",
                    "就业", "补贴标准（元）", "档次", "比例（%）", "金额（元）", "状态", "依据规则"));
            PageRequest pages = new PageRequest(1, 500, "");
            while (true) {
                var page = subsidies.list(filter, pages, jurisdiction);
                for (Subsidy s : page.rows()) {
                    boolean visible = jurisdiction.contains(RegionCode.of(s.personRegion()));
                    sheet.row(List.of(String.valueOf(s.id()), s.courseTitle(), s.courseKind().label(), s.providerName(),
                            visible ? s.personName() : "（管辖范围外学员）", s.completedOn().toString(),
                            s.attendedHours().toPlainString() + "/" + s.scheduledHours().toPlainString(),
                            s.attendancePercent().toPlainString(), s.certificateText() == null ? "无" : s.certificateText(),
                            s.employmentText(), s.standard().toPlainString(), s.level().label(), String.valueOf(s.percent()),
                            s.amount().toPlainString(), s.status().label(),
                            s.ruleRegionPrefix() + " 自 " + s.ruleValidFrom() + "（" + s.ruleEvidence().label() + "）"));
                }
                if (page.rows().size() < pages.size()) {
                    break;
                }
                pages = new PageRequest(pages.number() + 1, 500, "");
            }
        }
    }

    @GetMapping("/training/followups/{enrolmentId}")
    String followupForm(@PathVariable long enrolmentId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        SubsidyPermissions.requireFollowup(user, enrolmentId);
        Followup due = followups.find(enrolmentId, jurisdiction)
                .orElseThrow(() -> new TrainingNotFoundException("已结业的培训报名", enrolmentId));
        boolean registryWorks = Boolean.TRUE.equals(due.registryEmployed());
        return followupForm(due, new FollowupInput(LocalDate.now().toString(),
                due.registryEmployed() == null ? null : String.valueOf(registryWorks),
                registryWorks ? due.registrySince().toString() : null, null, registryWorks ? due.registryEmployer() : null,
                null), Map.of(), model);
    }

    @PostMapping("/training/followups/{enrolmentId}")
    String recordFollowup(@PathVariable long enrolmentId, FollowupInput input, UserAccount user, Jurisdiction jurisdiction,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SubsidyPermissions.requireFollowup(user, enrolmentId);
        Followup due = followups.find(enrolmentId, jurisdiction)
                .orElseThrow(() -> new TrainingNotFoundException("已结业的培训报名", enrolmentId));
        try {
            followups.record(enrolmentId, input, jurisdiction);
        } catch (TrainingRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return followupForm(due, input, e.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", "已记录 " + due.personName() + " 的培训后跟踪");
        return "redirect:/training/subsidies#followups";
    }

    private String followupForm(Followup due, FollowupInput input, Map<String, String> errors, Model model) {
        model.addAttribute("f", due);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("forms", codes.list(CodeLists.EMPLOYMENT_FORM));
        return "training/subsidy/followup";
    }

    private SubsidyRule ruleOrNull(RegionCode region) {
        try {
            return rules.on(region.value(), LocalDate.now());
        } catch (TrainingRuleException e) {
            return null;
        }
    }

}
