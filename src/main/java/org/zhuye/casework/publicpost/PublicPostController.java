package org.zhuye.casework.publicpost;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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
import org.zhuye.casework.CaseworkForms;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 公益性岗位 pages: the region's placements whose term ended without a confirmed outcome (待确认) and those with
 * terms ending in the next 90 days, one person's placements with the form to place them, and the form confirming
 * what became of a person whose term ended.
 */
@Controller
class PublicPostController {

    static final int ENDING_DAYS = 90;

    private final PublicPosts posts;
    private final PersonRepository persons;
    private final RegionRepository regions;

    PublicPostController(PublicPosts posts, PersonRepository persons, RegionRepository regions) {
        this.posts = posts;
        this.persons = persons;
        this.regions = regions;
    }

    @GetMapping("/casework/public-posts")
    String list(@RequestParam(required = false) String region, PageRequest paging, Jurisdiction jurisdiction, Model model) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        LocalDate today = LocalDate.now();
        CaseworkForms.addRegionSelect(model, code, jurisdiction, regions);
        model.addAttribute("unconfirmed", posts.unconfirmed(code, today, jurisdiction));
        model.addAttribute("ending", posts.ending(code, today, today.plusDays(ENDING_DAYS), jurisdiction));
        model.addAttribute("current", posts.current(code, today, paging, jurisdiction));
        model.addAttribute("days", ENDING_DAYS);
        model.addAttribute("today", today);
        return "casework/public-posts";
    }

    @GetMapping("/casework/persons/{id}/public-posts")
    String person(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        return page(person, PlacementInput.blank(), Map.of(), user, jurisdiction, model);
    }

    @PostMapping("/casework/persons/{id}/public-posts")
    String place(@PathVariable long id, PlacementInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        try {
            posts.place(id, input, PersonPermissions.mayEditDirectly(user), jurisdiction);
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(person, input, e.fieldErrors(), user, jurisdiction, model);
        } catch (PublicPostRules.NoRule e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(person, input, Map.of("startOn", e.getMessage()), user, jurisdiction, model);
        }
        redirect.addFlashAttribute("notice", "已登记公益性岗位安置，并在登记档案中记录其就业。");
        return "redirect:/casework/persons/" + id + "/public-posts";
    }

    @PostMapping("/casework/persons/{id}/public-posts/{placementId}/void")
    String voidPlacement(@PathVariable long id, @PathVariable long placementId, @RequestParam(defaultValue = "") String reason,
                         UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        if (!PersonPermissions.mayReview(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            posts.voidPlacement(id, placementId, reason, jurisdiction);
            redirect.addFlashAttribute("notice", "已作废该安置记录。");
        } catch (CaseworkRuleException e) {
            redirect.addFlashAttribute("voidError", e.getMessage());
        }
        return "redirect:/casework/persons/" + id + "/public-posts";
    }

    @GetMapping("/casework/persons/{id}/public-posts/{placementId}/outcome")
    String outcomeForm(@PathVariable long id, @PathVariable long placementId, UserAccount user, Jurisdiction jurisdiction,
                       Model model) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        return outcomePage(person, posts.awaiting(id, placementId, LocalDate.now(), jurisdiction), OutcomeInput.blank(),
                Map.of(), model);
    }

    @PostMapping("/casework/persons/{id}/public-posts/{placementId}/outcome")
    String recordOutcome(@PathVariable long id, @PathVariable long placementId, OutcomeInput input, UserAccount user,
                         Jurisdiction jurisdiction, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        Placement placement = posts.awaiting(id, placementId, LocalDate.now(), jurisdiction);
        PlacementOutcome outcome;
        try {
            outcome = posts.recordOutcome(id, placementId, input, PersonPermissions.mayEditDirectly(user), jurisdiction);
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return outcomePage(person, placement, input, e.fieldErrors(), model);
        } catch (PublicPostRules.NoRule e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return outcomePage(person, placement, input, Map.of("outcome", e.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", switch (outcome) {
            case RENEWED -> "已登记续聘，新的补贴期限已记入安置记录。";
            case OTHER_WORK -> "已确认转为其他就业，登记档案中的就业状况不变。";
            case LEFT -> "已确认离岗，并在登记档案中记录其自离岗日期起未就业。";
        });
        return "redirect:/casework/persons/" + id + "/public-posts";
    }

    private String outcomePage(Person person, Placement placement, OutcomeInput input, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("placement", placement);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", PlacementOutcome.values());
        model.addAttribute("today", LocalDate.now());
        return "casework/public-post-outcome";
    }

    private String page(Person person, PlacementInput input, Map<String, String> errors, UserAccount user,
                        Jurisdiction jurisdiction, Model model) {
        LocalDate today = LocalDate.now();
        List<Placement> placements = posts.forPerson(person.id(), jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("placements", placements);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        model.addAttribute("mayRecord", PersonPermissions.mayRecord(user) && person.mergedInto() == null);
        model.addAttribute("mayVoid", PersonPermissions.mayReview(user));
        try {
            model.addAttribute("rule", posts.ruleFor(person, today));
        } catch (PublicPostRules.NoRule e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("placed", placements.stream().filter(p -> !p.voided()).count());
        return "casework/public-post-person";
    }
}
