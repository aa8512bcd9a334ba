package org.zhuye.institution.served;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.institution.CareMode;
import org.zhuye.institution.EndReason;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.institution.registry.InstitutionAccess;
import org.zhuye.person.CodeLists;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/**
 * Admitting, ending and correcting served persons (staff who edit, or the institution's own account), and a
 * person's services at institutions ({@code /persons/{id}/institutions}, staff side).
 */
@Controller
class ServedPageController {

    private final InstitutionAccess access;
    private final ServedPersons served;
    private final ServedStore store;
    private final PersonRepository persons;
    private final EmploymentHistory employment;
    private final CodeLists codes;

    ServedPageController(InstitutionAccess access, ServedPersons served, ServedStore store, PersonRepository persons,
                         EmploymentHistory employment, CodeLists codes) {
        this.access = access;
        this.served = served;
        this.store = store;
        this.persons = persons;
        this.employment = employment;
        this.codes = codes;
    }

    @GetMapping("/institutions/{id}/persons/new")
    String admitForm(@PathVariable long id, @RequestParam(required = false) String personId, UserAccount user,
                     Jurisdiction jurisdiction, Model model) {
        Institution institution = access.servable(id, user, jurisdiction);
        return admitPage(institution, new ServedInput(personId, null, null, null, null), null, model);
    }

    @PostMapping("/institutions/{id}/persons")
    String admit(@PathVariable long id, ServedInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                 RedirectAttributes redirect) {
        Institution institution = access.servable(id, user, jurisdiction);
        try {
            ServedPersons.Admitted admitted = served.admit(institution, input, jurisdiction);
            redirect.addFlashAttribute("notice", admitted.warning() == null ? "已接收服务对象。" : "已接收服务对象。" + admitted.warning());
            return "redirect:/institutions/" + id + "#persons";
        } catch (InstitutionRuleException e) {
            return admitPage(institution, input, e, model);
        }
    }

    private String admitPage(Institution institution, ServedInput input, InstitutionRuleException e, Model model) {
        model.addAttribute("institution", institution);
        model.addAttribute("input", input);
        model.addAttribute("allowed", ServedInput.allowedAt(institution.kind()));
        model.addAttribute("careModes", CareMode.values());
        if (e != null) {
            model.addAttribute("errors", e.fieldErrors());
        }
        return "institution/admit";
    }

    @GetMapping("/institutions/{id}/persons/{spanId}/end")
    String endForm(@PathVariable long id, @PathVariable long spanId, UserAccount user, Jurisdiction jurisdiction,
                   Model model) {
        Institution institution = access.servable(id, user, jurisdiction);
        return endPage(institution, span(institution, spanId, jurisdiction),
                new EndInput(null, null, null, null, null, null, null, null), null, jurisdiction, model);
    }

    @PostMapping("/institutions/{id}/persons/{spanId}/end")
    String end(@PathVariable long id, @PathVariable long spanId, EndInput input, UserAccount user,
               Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        Institution institution = access.servable(id, user, jurisdiction);
        ServedSpan span = span(institution, spanId, jurisdiction);
        try {
            served.end(institution, spanId, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已结束 " + span.personName() + " 的" + span.service().label() + "。");
            return "redirect:/institutions/" + id + "#persons";
        } catch (InstitutionRuleException e) {
            return endPage(institution, span, input, e, jurisdiction, model);
        }
    }

    private String endPage(Institution institution, ServedSpan span, EndInput input, InstitutionRuleException e,
                           Jurisdiction jurisdiction, Model model) {
        model.addAttribute("institution", institution);
        model.addAttribute("span", span);
        model.addAttribute("input", input);
        model.addAttribute("reasons", EndReason.values());
        model.addAttribute("asksNext", served.registryStillSays(span, jurisdiction));
        model.addAttribute("forms", codes.list(CodeLists.EMPLOYMENT_FORM));
        model.addAttribute("notEmployedReasons", codes.list(CodeLists.NOT_EMPLOYED_REASON));
        model.addAttribute("livelihoods", codes.list(CodeLists.LIVELIHOOD));
        if (e != null) {
            model.addAttribute("errors", e.fieldErrors());
        }
        return "institution/end";
    }

    @GetMapping("/institutions/{id}/persons/{spanId}/correct")
    String correctForm(@PathVariable long id, @PathVariable long spanId, UserAccount user, Jurisdiction jurisdiction,
                       Model model) {
        Institution institution = access.servable(id, user, jurisdiction);
        ServedSpan span = span(institution, spanId, jurisdiction);
        model.addAttribute("institution", institution);
        model.addAttribute("span", span);
        model.addAttribute("fromOn", span.fromOn().toString());
        model.addAttribute("untilOn", span.untilOn() == null ? null : span.untilOn().toString());
        model.addAttribute("note", span.note());
        return "institution/correct";
    }

    @PostMapping("/institutions/{id}/persons/{spanId}/correct")
    String correct(@PathVariable long id, @PathVariable long spanId, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String fromOn, @RequestParam(required = false) String untilOn,
                   @RequestParam(required = false) String note, UserAccount user, Jurisdiction jurisdiction, Model model,
                   RedirectAttributes redirect) {
        Institution institution = access.servable(id, user, jurisdiction);
        ServedSpan span = span(institution, spanId, jurisdiction);
        try {
            served.correct(institution, spanId, version, fromOn, untilOn, note);
            redirect.addFlashAttribute("notice", "已更正 " + span.personName() + " 的服务记录。");
            return "redirect:/institutions/" + id + "#persons";
        } catch (InstitutionRuleException e) {
            model.addAttribute("institution", institution);
            model.addAttribute("span", span);
            model.addAttribute("fromOn", fromOn);
            model.addAttribute("untilOn", untilOn);
            model.addAttribute("note", note);
            model.addAttribute("errors", e.fieldErrors());
            return "institution/correct";
        }
    }

    /** A person's services at institutions, now and before, with the registry events they made. */
    @GetMapping("/persons/{id}/institutions")
    String ofPerson(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        if (!InstitutionAccess.staffSide(user)) {
            throw new PersonNotFoundException(id);
        }
        Person person = persons.require(id, jurisdiction);
        List<ServedSpan> spans = store.findOfPerson(id, jurisdiction);
        List<EmploymentRecord> history = employment.findHistory(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("spans", spans.stream().map(s -> new SpanWithEvents(s, history.stream()
                .filter(h -> s.employmentEventId() != null && h.id() == s.employmentEventId()).findFirst().orElse(null))).toList());
        model.addAttribute("codes", codes);
        return "institution/person";
    }

    /** The span only if it is this institution's and its person is one the caller may see. */
    private ServedSpan span(Institution institution, long spanId, Jurisdiction jurisdiction) {
        return store.findSpan(institution.id(), spanId)
                .filter(s -> jurisdiction.contains(org.zhuye.region.RegionCode.of(s.personRegionCode())))
                .orElseThrow(() -> new InstitutionNotFoundException(institution.id()));
    }

    record SpanWithEvents(ServedSpan span, EmploymentRecord event) {
    }
}
