package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.WorkMode;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * Matching both ways, explained, from the in-memory index: the candidates for a posting (persons in
 * the caller's jurisdiction), one pair's explanation, the postings for a person; each answer logs
 * what it showed in {@code job_exposure}.
 */
@Service
@JurisdictionScoped
public class Matching {

    public static final int MAX_LIMIT = 100;

    private final MatchIndex index;
    private final MatchWeightKind weights;
    private final JobPostingRepository postings;
    private final PersonRepository persons;
    private final ExposureLog exposure;

    Matching(MatchIndex index, MatchWeightKind weights, JobPostingRepository postings, PersonRepository persons,
             ExposureLog exposure) {
        this.index = index;
        this.weights = weights;
        this.postings = postings;
        this.persons = persons;
        this.exposure = exposure;
    }

    /** The best candidates for a posting among persons living inside {@code jurisdiction}, shown to staff. */
    @Transactional
    public List<Match> findCandidates(long postingId, Jurisdiction jurisdiction, int limit) {
        JobPosting posting = posting(postingId, jurisdiction);
        LocalDate today = LocalDate.now();
        List<Match> found = Ranking.candidates(index.seekers(), Opening.of(posting), jurisdiction.root().significantPrefix(),
                weights.on(posting.regionCode(), today), today, clamp(limit));
        exposure.record(found, ExposureLog.ShownTo.STAFF);
        return found;
    }

    /** One person against one posting, whatever the outcome: eligible or the rules it breaks. */
    @Transactional
    public Match findPair(long postingId, long personId, Jurisdiction jurisdiction) {
        JobPosting posting = posting(postingId, jurisdiction);
        persons.require(personId, jurisdiction);
        LocalDate today = LocalDate.now();
        MatchWeights w = weights.on(posting.regionCode(), today);
        Opening opening = Opening.of(posting);
        Match match = index.seeker(personId).map(s -> Matcher.match(s, opening, w, today, true))
                .orElseGet(() -> new Match(personId, postingId, false, 0, List.of(),
                        List.of(Exclusion.of(MatchRule.PROFILE, "尚未登记就业能力与意愿档案"))));
        exposure.record(List.of(match), ExposureLog.ShownTo.STAFF);
        return match;
    }

    /** The best open postings for a person inside {@code jurisdiction}, for staff. */
    @Transactional
    public List<Shown> findMatches(long personId, Jurisdiction jurisdiction, int limit) {
        Person person = persons.require(personId, jurisdiction);
        PostingColumns all = index.postings();
        List<Match> found = index.seeker(personId).map(s -> Ranking.postings(all, s,
                weights.on(person.regionCode(), LocalDate.now()), LocalDate.now(), clamp(limit), i -> true)).orElse(List.of());
        exposure.record(found, ExposureLog.ShownTo.STAFF);
        return found.stream().map(m -> new Shown(opening(all, m.postingId()), m)).toList();
    }

    /** The person's own view of published open postings: their matches first, then the others with why they do not fit. */
    public record OwnView(boolean hasProfile, List<Shown> matches, List<Shown> others) {
    }

    /** A posting shown to a person, with the explanation. */
    public record Shown(Opening posting, Match match) {
    }

    /**
     * For a PERSON account (the caller resolved {@code person} through PersonAccounts): every published
     * posting open today, filtered by words in the title and work mode, matches first.
     */
    @Transactional
    @OutsideJurisdiction("published postings are shown to every job seeker; the person is the caller's own")
    public OwnView findOwn(Person person, String words, WorkMode mode, int othersLimit) {
        LocalDate today = LocalDate.now();
        PostingColumns all = index.postings();
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        java.util.function.IntPredicate shown = i -> (mode == null || all.openings[i].workMode() == mode)
                && (needle.isEmpty() || all.openings[i].title().toLowerCase(Locale.ROOT).contains(needle));
        Optional<Seeker> seeker = index.seeker(person.id());
        MatchWeights w = weights.on(person.regionCode(), today);
        List<Shown> matches = new ArrayList<>();
        Set<Long> matched = new HashSet<>();
        seeker.ifPresent(s -> Ranking.postings(all, s, w, today, MAX_LIMIT, shown).forEach(m -> {
            matches.add(new Shown(opening(all, m.postingId()), m));
            matched.add(m.postingId());
        }));
        List<Shown> others = new ArrayList<>();
        for (int i = 0; i < all.size && others.size() < othersLimit; i++) {
            Opening o = all.openings[i];
            if (!o.openUntil().isBefore(today) && shown.test(i) && !matched.contains(o.postingId())) {
                Match m = seeker.map(s -> Matcher.match(s, o, w, today, false)).orElse(new Match(person.id(), o.postingId(),
                        false, 0, List.of(), List.of(Exclusion.of(MatchRule.PROFILE, "您还没有登记就业能力与意愿，无法判断是否适合"))));
                others.add(new Shown(o, m));
            }
        }
        others.sort(Comparator.comparing((Shown s) -> s.posting().openUntil()));
        List<Match> logged = new ArrayList<>();
        matches.forEach(s -> logged.add(s.match()));
        others.forEach(s -> logged.add(s.match()));
        exposure.record(logged, ExposureLog.ShownTo.PERSON);
        return new OwnView(seeker.isPresent(), matches, others);
    }

    private static Opening opening(PostingColumns all, long id) {
        for (Opening o : all.openings) {
            if (o.postingId() == id) {
                return o;
            }
        }
        throw new IllegalStateException("posting " + id);
    }

    private JobPosting posting(long postingId, Jurisdiction jurisdiction) {
        return postings.find(postingId, jurisdiction).orElseThrow(() -> new JobNotFoundException("岗位", postingId));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
