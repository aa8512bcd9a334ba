package org.zhuye.jobs.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.WorkMode;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.VisiblePeople;

/**
 * The matching pages: a posting's candidates and a person's matching postings for staff, and
 * {@code /me/jobs} for a PERSON account (matches first, reasons for the rest, a text-only view).
 */
@Controller
class MatchingPageController {

    private final Matching matching;
    private final JobPostingRepository postings;
    private final PersonRepository persons;
    private final PersonAccounts accounts;

    MatchingPageController(Matching matching, JobPostingRepository postings, PersonRepository persons, PersonAccounts accounts) {
        this.matching = matching;
        this.postings = postings;
        this.persons = persons;
        this.accounts = accounts;
    }

    /** A candidate as the page shows them. */
    record Candidate(Person person, Match match) {
    }

    @GetMapping("/jobs/{id}/candidates")
    String candidates(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        MatchingApiController.requireStaff(user);
        JobPosting posting = postings.find(id, jurisdiction).orElseThrow(() -> new JobNotFoundException("岗位", id));
        List<Match> found = matching.findCandidates(id, jurisdiction, 20);
        Map<Long, Person> byId = persons.findAll(found.stream().map(Match::personId).toList(), jurisdiction).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        VisiblePeople<Candidate> shown = VisiblePeople.of(found.stream().filter(m -> byId.containsKey(m.personId()))
                .map(m -> new Candidate(byId.get(m.personId()), m)).toList(), c -> c.person().regionCode(), jurisdiction);
        model.addAttribute("posting", posting);
        model.addAttribute("candidates", shown);
        model.addAttribute("open", posting.openOn(java.time.LocalDate.now()));
        return "jobs/matching/candidates";
    }

    @GetMapping("/persons/{id}/job-matches")
    String matches(@PathVariable long id, Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("matches", matching.findMatches(id, jurisdiction, 20));
        return "jobs/matching/person-matches";
    }

    @GetMapping("/me/jobs")
    String own(@RequestParam(required = false) String q, @RequestParam(required = false) String mode,
               @RequestParam(required = false) String view, UserAccount user, Model model) {
        Optional<Person> me = accounts.personOf(user);
        if (me.isEmpty()) {
            return "jobs/profile/unbound";
        }
        WorkMode chosen = mode == null ? null : WorkMode.parse(mode).orElse(null);
        model.addAttribute("view", matching.findOwn(me.get(), q, chosen, 50));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("mode", chosen == null ? "" : chosen.name());
        model.addAttribute("modes", WorkMode.values());
        return "text".equals(view) ? "jobs/matching/mine-text" : "jobs/matching/mine";
    }
}
