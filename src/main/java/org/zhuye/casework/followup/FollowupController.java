package org.zhuye.casework.followup;

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
import org.zhuye.casework.CaseworkPersonSection;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Follow-ups after a placement: the form for one mark, the jurisdiction's due list with retention
 * per region ({@code /casework/followups}), the API reads, and the placements on the person's page.
 */
@Controller
class FollowupController implements CaseworkPersonSection {

    private final Followups followups;
    private final PersonRepository persons;
    private final RegionRepository regions;

    FollowupController(Followups followups, PersonRepository persons, RegionRepository regions) {
        this.followups = followups;
        this.persons = persons;
        this.regions = regions;
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("placements", followups.findForPerson(personId, jurisdiction));
    }

    @GetMapping("/casework/followups")
    String list(@RequestParam(required = false) String region, PageRequest paging, Jurisdiction jurisdiction, Model model) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        LocalDate today = LocalDate.now();
        RetentionReport retention = followups.findRetention(code, today, jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + region));
        model.addAttribute("retention", retention);
        model.addAttribute("due", followups.findDue(code, today, paging, jurisdiction));
        model.addAttribute("area", regions.pathTo(code));
        model.addAttribute("months", FollowupSchedule.RETENTION_MONTHS);
        model.addAttribute("lookAhead", Followups.LOOK_AHEAD_DAYS);
        return "casework/followups";
    }

    @GetMapping("/casework/persons/{id}/services/{serviceId}/followups/new")
    String form(@PathVariable long id, @PathVariable long serviceId, @RequestParam(defaultValue = "1") int month,
                UserAccount user, Jurisdiction jurisdiction, Model model) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        Placement placement = followups.findPlacement(id, serviceId, jurisdiction).orElseThrow(() -> new PersonNotFoundException(serviceId));
        return form(person, placement, FollowupInput.blank(month, LocalDate.now(), user.displayName()), Map.of(), model);
    }

    @PostMapping("/casework/persons/{id}/services/{serviceId}/followups")
    String save(@PathVariable long id, @PathVariable long serviceId, FollowupInput input, UserAccount user,
                Jurisdiction jurisdiction, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        Placement placement = followups.findPlacement(id, serviceId, jurisdiction).orElseThrow(() -> new PersonNotFoundException(serviceId));
        try {
            Followup saved = followups.record(id, serviceId, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记就业后第" + saved.month() + "个月的跟踪回访。");
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(person, placement, input, e.fieldErrors(), model);
        }
        return "redirect:/casework/persons/" + id + "#placements";
    }

    @Operation(summary = "某人的就业安置及跟踪回访（最新在前）")
    @GetMapping("/api/v1/casework/persons/{id}/placements")
    @ResponseBody
    List<Placement> placements(@PathVariable long id, Jurisdiction jurisdiction) {
        persons.require(id, jurisdiction);
        return followups.findForPerson(id, jurisdiction);
    }

    @Operation(summary = "待回访清单", description = "今后30天内到期及已逾期未回访的节点，逾期最久的在前；daysOverdue 为负表示尚未到期")
    @GetMapping("/api/v1/casework/followups/due")
    @ResponseBody
    List<Followups.DueFollowup> due(@RequestParam(required = false) String region, Jurisdiction jurisdiction) {
        return followups.findDue(CaseworkForms.region(region, jurisdiction), LocalDate.now(), jurisdiction);
    }

    @Operation(summary = "就业稳定率", description = "就业后第3、6、12个月：已到期人数 due、已回访 followed、仍在岗 retained、稳定率 rate（retained/due），含各下级区划")
    @GetMapping("/api/v1/casework/followups/retention")
    @ResponseBody
    RetentionReport retention(@RequestParam(required = false) String region, Jurisdiction jurisdiction) {
        return followups.findRetention(CaseworkForms.region(region, jurisdiction), LocalDate.now(), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + region));
    }

    private String form(Person person, Placement placement, FollowupInput input, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("placement", placement);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return "casework/followup-form";
    }
}
