package org.zhuye.casework.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkForms;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.region.VisiblePeople;

/** 一人一策 pages: the ledger, the staff member's own list, one person's plans; and the API reads. */
@Controller
class PlanController {

    private final Plans plans;
    private final PersonRepository persons;
    private final RegionRepository regions;
    private final PlanResponsibles responsibles;

    PlanController(Plans plans, PersonRepository persons, RegionRepository regions, PlanResponsibles responsibles) {
        this.plans = plans;
        this.persons = persons;
        this.regions = regions;
        this.responsibles = responsibles;
    }

    @GetMapping("/casework/plans")
    String ledger(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                  PageRequest paging, Jurisdiction jurisdiction, Model model) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        PlanKind planKind = kind(kind);
        CaseworkForms.addRegionSelect(model, code, jurisdiction, regions);
        model.addAttribute("kind", planKind);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("plans", plans.findLedger(code, planKind, paging, jurisdiction));
        model.addAttribute("today", LocalDate.now());
        return "casework/plans";
    }

    @GetMapping("/casework/plans/mine")
    String mine(UserAccount user, Jurisdiction jurisdiction, Model model) {
        LocalDate today = LocalDate.now();
        VisiblePeople<Plan> mine = plans.findResponsible(user.username(), jurisdiction);
        model.addAttribute("plans", mine.visible());
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", mine.visible().stream().filter(p -> p.overdueOn(today)).count());
        model.addAttribute("today", today);
        return "casework/plans-mine";
    }

    @GetMapping("/casework/persons/{id}/plans")
    String person(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        return page(person, new PlanInput("", "", "", "", "", user.username(), LocalDate.now().plusMonths(1).toString()),
                Map.of(), user, jurisdiction, model);
    }

    @PostMapping("/casework/persons/{id}/plans")
    String create(@PathVariable long id, PlanInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        try {
            plans.create(id, input, jurisdiction);
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(person, input, e.fieldErrors(), user, jurisdiction, model);
        }
        redirect.addFlashAttribute("notice", "已建立帮扶计划。");
        return "redirect:/casework/persons/" + id + "/plans";
    }

    @PostMapping("/casework/persons/{id}/plans/{planId}/reviews")
    String review(@PathVariable long id, @PathVariable long planId, @RequestParam(defaultValue = "") String reviewedOn,
                  @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String nextReviewOn,
                  UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        try {
            plans.review(id, planId, reviewedOn, note, nextReviewOn, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记复核。");
        } catch (CaseworkRuleException e) {
            redirect.addFlashAttribute("planError", "未能登记复核：" + e.getMessage());
        }
        return "redirect:/casework/persons/" + id + "/plans";
    }

    @PostMapping("/casework/persons/{id}/plans/{planId}/close")
    String close(@PathVariable long id, @PathVariable long planId, @RequestParam(defaultValue = "") String outcome,
                 UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        try {
            plans.close(id, planId, outcome, jurisdiction);
            redirect.addFlashAttribute("notice", "已结束帮扶计划。");
        } catch (CaseworkRuleException e) {
            redirect.addFlashAttribute("planError", "未能结束计划：" + e.getMessage());
        }
        return "redirect:/casework/persons/" + id + "/plans";
    }

    @Operation(summary = "一人一策台账", description = "kind=STUDENT（默认，残疾人大学生，按毕业年份和学校）或 HARD_CASE（就业困难个案）")
    @GetMapping("/api/v1/casework/plans")
    @ResponseBody
    List<Plan> apiLedger(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                         Jurisdiction jurisdiction) {
        return plans.findLedger(CaseworkForms.region(region, jurisdiction), kind(kind), jurisdiction);
    }

    @Operation(summary = "我负责的帮扶计划", description = "调用者负责的未结束计划（visible），按下次复核日期排列（早于今天即为逾期）；"
            + "对象已迁出调用者管辖范围的计划只计数（hidden）")
    @GetMapping("/api/v1/casework/plans/mine")
    @ResponseBody
    VisiblePeople<Plan> apiMine(UserAccount user, Jurisdiction jurisdiction) {
        return plans.findResponsible(user.username(), jurisdiction);
    }

    private static PlanKind kind(String text) {
        if (text == null || text.isBlank()) {
            return PlanKind.STUDENT;
        }
        try {
            return PlanKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "计划类型须为 STUDENT 或 HARD_CASE：" + text);
        }
    }

    private String page(Person person, PlanInput input, Map<String, String> errors, UserAccount user, Jurisdiction jurisdiction,
                        Model model) {
        model.addAttribute("person", person);
        model.addAttribute("plans", plans.findForPerson(person.id(), jurisdiction));
        model.addAttribute("input", input);
        model.addAttribute("responsibles", responsibles.forPerson(person.regionCode()));
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("mayRecord", PersonPermissions.mayRecord(user) && person.mergedInto() == null);
        return "casework/plan-person";
    }
}
