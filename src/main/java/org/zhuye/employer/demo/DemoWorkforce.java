package org.zhuye.employer.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.zhuye.person.CertificateStatus;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonSearch;
import org.zhuye.person.RevealPurpose;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;

/**
 * The demo's synthetic persons (names ending in “（虚拟）”) whom demo employers declare: per 盟市,
 * those registered by the declared year's check date, of working age then with a valid certificate,
 * and those well past it. Each person is handed out once. Certificate numbers are read through the registry's
 * audited reveal, as a clerk looking them up would.
 */
final class DemoWorkforce {

    /** Pages of 200 read per 盟市 and kind: enough for the demo, bounded whatever the registry holds. */
    private static final int MAX_PAGES = 10;

    /** A person as a declaration names them. */
    record Worker(long id, String name, String certificateNumber, int category, int grade) {

        /** How many the levy counts them for, under the parameters in force (grade 1–2, or 智力/精神, count twice). */
        int weight() {
            return grade <= 2 || category == 5 || category == 6 ? 2 : 1;
        }
    }

    private final PersonRepository persons;
    private final PersonRegistry registry;
    private final Jurisdiction area;
    private final Map<String, Deque<Person>> working = new LinkedHashMap<>();
    private final Map<String, Deque<Person>> retired = new LinkedHashMap<>();

    DemoWorkforce(PersonRepository persons, PersonRegistry registry, WorkingAgeRules workingAge, Jurisdiction area,
                  List<String> leagues, LocalDate checkDate, long seed) {
        this.persons = persons;
        this.registry = registry;
        this.area = area;
        Random random = new Random(seed);
        for (String league : leagues) {
            working.put(league, shuffled(find(league, 18, 55, checkDate, p -> ofWorkingAge(workingAge, p, checkDate)), random));
            retired.put(league, shuffled(find(league, 68, 85, checkDate, p -> true), random));
        }
    }

    /** Persons of working age whose weights add up to {@code weight} or as near below it as the pool allows. */
    List<Worker> counting(String league, int weight) {
        List<Worker> chosen = new ArrayList<>();
        int sum = 0;
        int misses = 0;
        while (sum < weight && misses < 20) {
            // Once the unit's own 盟市 has only people too heavy for the last place, look elsewhere.
            Person next = take(working, misses < 3 ? league : null);
            if (next == null) {
                break;
            }
            int w = worker(next, false).weight();
            if (sum + w > weight) {
                // Too heavy for the last place: put them back for a later unit and look further.
                working.get(home(working, league, next)).addLast(next);
                misses++;
                continue;
            }
            chosen.add(worker(next, true));
            sum += w;
        }
        return chosen;
    }

    /** One person of working age, or null when none is left. */
    Worker anyWorking(String league) {
        Person next = take(working, league);
        return next == null ? null : worker(next, true);
    }

    /** One person well past working age, or null when none is left. */
    Worker pastWorkingAge(String league) {
        Person next = take(retired, league);
        return next == null ? null : worker(next, true);
    }

    private Worker worker(Person person, boolean reveal) {
        String number = reveal ? registry.reveal(person.id(), "certificate", RevealPurpose.DECLARATION, area) : null;
        return new Worker(person.id(), person.name(), number, person.category().code(), person.grade());
    }

    /**
     * From the unit's own 盟市 first ({@code league} null: any), then from whichever has most left
     * (residents of the whole region count).
     */
    private static Person take(Map<String, Deque<Person>> pools, String league) {
        Deque<Person> own = league == null ? null : pools.get(league);
        if (own != null && !own.isEmpty()) {
            return own.pollFirst();
        }
        return pools.values().stream().filter(d -> !d.isEmpty()).max((a, b) -> Integer.compare(a.size(), b.size()))
                .map(Deque::pollFirst).orElse(null);
    }

    private static String home(Map<String, Deque<Person>> pools, String league, Person person) {
        String own = person.regionCode().substring(0, 4);
        return pools.containsKey(own) ? own : league;
    }

    private static boolean ofWorkingAge(WorkingAgeRules rules, Person person, LocalDate day) {
        try {
            return rules.on(person.regionCode(), day).isOfWorkingAge(person.sex(), person.birthDate(), day);
        } catch (WorkingAgeRules.NoRule e) {
            return false;
        }
    }

    private List<Person> find(String league, int minAge, int maxAge, LocalDate asOf, Predicate<Person> fits) {
        List<Person> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PersonRepository.Page rows = persons.search(new PersonSearch(null, null, league, null, null, null, null,
                    minAge, maxAge, page, PersonSearch.MAX_PAGE_SIZE), null, asOf, area);
            rows.rows().stream()
                    .filter(p -> p.name().endsWith(SyntheticEmployerNames.MARKER))
                    .filter(p -> p.certStatus() == CertificateStatus.VALID)
                    // A declaration for a year names only persons already on the registry by its check date.
                    .filter(p -> !p.registeredOn().isAfter(asOf))
                    .filter(fits)
                    .forEach(found::add);
            if (!rows.hasNext()) {
                break;
            }
        }
        return found;
    }

    private static Deque<Person> shuffled(List<Person> list, Random random) {
        List<Person> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return new ArrayDeque<>(copy);
    }
}
