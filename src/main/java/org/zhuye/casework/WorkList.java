package org.zhuye.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The open list for home visits: persons of the cycle's cohort who are still of working age and not
 * in work and lack a service this year (any, or one kind), by village. Selected in memory from the
 * cohort and the service index; only the page's persons are read from the registry.
 */
@Service
@JurisdictionScoped
public class WorkList {

    public static final int MAX_PAGE_SIZE = 500;

    private final OutOfWorkCohort cohort;
    private final ServiceIndex index;
    private final CycleYears cycles;
    private final PersonRepository persons;
    private final RegionRepository regions;

    WorkList(OutOfWorkCohort cohort, ServiceIndex index, CycleYears cycles, PersonRepository persons,
             RegionRepository regions) {
        this.cohort = cohort;
        this.index = index;
        this.cycles = cycles;
        this.persons = persons;
        this.regions = regions;
    }

    /** How to order the list: by village (then registry number), or those with the fewest services first. */
    public enum Order { VILLAGE, FEWEST }

    /** @param lacking one kind the persons must lack, or null for any of the four */
    public record Query(RegionCode region, int year, ServiceKind lacking, Order order, int page, int size) {
        public Query {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("每页人数须为1至" + MAX_PAGE_SIZE);
            }
            if (page < 0) {
                throw new IllegalArgumentException("页码不能为负数");
            }
        }
    }

    /** One person on the list with the services they have had this year. */
    public record Entry(Person person, Region village, Region township, int mask) {
        public List<ServiceKind> missing() {
            return ServiceKind.lacking(mask);
        }

        public boolean has(ServiceKind kind) {
            return kind.in(mask);
        }
    }

    /** The page's entries and the count of all; the page shows them with the shared pager (platform.paging). */
    public record Page(CycleYears.Cycle cycle, List<Entry> entries, long total, int page, int size) {
    }

    public Page find(Query query, Jurisdiction jurisdiction) {
        Selection selection = select(query, jurisdiction);
        int from = (int) Math.min(selection.size, (long) query.page() * query.size());
        int to = (int) Math.min(selection.size, (long) from + query.size());
        return new Page(selection.cycle, entries(selection, from, to, jurisdiction), selection.size, query.page(), query.size());
    }

    /** Every person on the list in order, read from the registry a chunk at a time (for the workbook). */
    public CycleYears.Cycle forEach(Query query, Jurisdiction jurisdiction, Consumer<Entry> sink) {
        Selection selection = select(query, jurisdiction);
        for (int from = 0; from < selection.size; from += 1000) {
            entries(selection, from, Math.min(selection.size, from + 1000), jurisdiction).forEach(sink);
        }
        return selection.cycle;
    }

    private Selection select(Query query, Jurisdiction jurisdiction) {
        CycleYears.Cycle cycle = cycles.cycle(query.region().value(), query.year(), LocalDate.now());
        ServiceMasks masks = index.year(query.year());
        Selection selection = new Selection(cycle);
        int wanted = query.lacking() == null ? ServiceKind.ALL : query.lacking().bit();
        cohort.visit(query.region(), List.of(), cycle.from(), cycle.to(), jurisdiction, (child, region, id, outOfWorkNow) -> {
            if (outOfWorkNow) {
                int mask = masks.get(id);
                if ((mask & wanted) != wanted) {
                    selection.add(id, mask);
                }
            }
        });
        if (query.order() == Order.FEWEST) {
            selection.sortByFewest();
        }
        return selection;
    }

    private List<Entry> entries(Selection selection, int from, int to, Jurisdiction jurisdiction) {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(selection.ids[i]);
        }
        Map<Long, Person> found = new HashMap<>();
        persons.findAll(ids, jurisdiction).forEach(p -> found.put(p.id(), p));
        Set<String> places = new HashSet<>();
        found.values().forEach(p -> {
            places.add(p.regionCode());
            places.add(p.regionCode().substring(0, 9) + "000");
        });
        Map<String, Region> named = regions.findAll(places, jurisdiction);
        List<Entry> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Person person = found.get(selection.ids[i]);
            if (person != null) {  // changed place or was merged between the pass and this read
                entries.add(new Entry(person, named.get(person.regionCode()),
                        named.get(person.regionCode().substring(0, 9) + "000"), selection.masks[i]));
            }
        }
        return entries;
    }

    /** The persons selected, in list order, as growing primitive arrays. */
    private static final class Selection {
        final CycleYears.Cycle cycle;
        long[] ids = new long[1024];
        int[] masks = new int[1024];
        int size;

        Selection(CycleYears.Cycle cycle) {
            this.cycle = cycle;
        }

        void add(long id, int mask) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                masks = Arrays.copyOf(masks, size * 2);
            }
            ids[size] = id;
            masks[size++] = mask;
        }

        /** Fewest services first; a stable sort keeps village order within each count. */
        void sortByFewest() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, java.util.Comparator.comparingInt(i -> Integer.bitCount(masks[i])));
            long[] sortedIds = new long[size];
            int[] sortedMasks = new int[size];
            for (int i = 0; i < size; i++) {
                sortedIds[i] = ids[order[i]];
                sortedMasks[i] = masks[order[i]];
            }
            ids = sortedIds;
            masks = sortedMasks;
        }
    }
}
