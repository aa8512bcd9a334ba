package org.zhuye.jobs.self;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkCodes;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.SelfRegisteredDemands;
import org.zhuye.casework.ServiceRecord;
import org.zhuye.person.CodeLists;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionNames;

/**
 * 我的档案 ({@code /me/record}): the person's own record as the registry holds it — numbers masked as stored,
 * with no reveal —, their dated employment status, their household in counts only, their 四个一 services and
 * their current job demand. Every read uses the person's own village as the jurisdiction
 * ({@link PersonAccounts#scopeOf}), so the page can hold nothing outside that person's place.
 */
@Controller
class MyRecordController {

    private final Me me;
    private final EmploymentHistory employment;
    private final HouseholdFacts households;
    private final CaseworkServices services;
    private final CaseworkCodes caseworkCodes;
    private final CodeLists codes;
    private final SelfRegisteredDemands demands;
    private final RegionNames regionNames;

    MyRecordController(Me me, EmploymentHistory employment, HouseholdFacts households, CaseworkServices services,
                       CaseworkCodes caseworkCodes, CodeLists codes, SelfRegisteredDemands demands,
                       RegionNames regionNames) {
        this.me = me;
        this.employment = employment;
        this.households = households;
        this.services = services;
        this.caseworkCodes = caseworkCodes;
        this.codes = codes;
        this.demands = demands;
        this.regionNames = regionNames;
    }

    @GetMapping("/me/record")
    String record(UserAccount user, Model model) {
        Optional<Person> found = me.of(user);
        if (found.isEmpty()) {
            return "redirect:/me/bind";
        }
        Person person = found.get();
        Jurisdiction scope = PersonAccounts.scopeOf(person);
        model.addAttribute("person", person);
        model.addAttribute("placeNames", regionNames.of(scope, person.regionCode()));
        model.addAttribute("history", employment.findHistory(person.id(), scope).stream()
                .filter(e -> !e.voided()).toList());
        model.addAttribute("household", households.findMembership(person.id(), LocalDate.now(), scope).orElse(null));
        model.addAttribute("services", services.findForPerson(person.id(), scope).stream()
                .filter(s -> !s.voided()).map(this::line).toList());
        model.addAttribute("demand", demands.current(person.id(), scope).orElse(null));
        model.addAttribute("codes", codes);
        return "jobs/self/record";
    }

    private ServiceLine line(ServiceRecord s) {
        return new ServiceLine(s.servedOn(), caseworkCodes.kindLabel(s.kind()),
                caseworkCodes.label(s.kind().outcomeList(), s.outcome()), s.deliveredBy());
    }

    /** One service in words: what, when, with what outcome, by whom. */
    record ServiceLine(LocalDate servedOn, String kind, String outcome, String deliveredBy) {
    }
}
