package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.PersonsChanged;
import org.zhuye.region.Jurisdiction;

/**
 * {@link EmploymentHistory#employedOn} remembered per person, area and day between changes of that person.
 * Retention asks, for every hire of a period, whether the person was in work 3, 6 and 12 months after: thousands
 * of questions whose answers change only when that person's record does. Answers are dropped for the persons of
 * each committed {@link PersonsChanged} (everyone's for a bulk change), and an answer read while any change
 * committed is used but not kept, so a kept answer is never older than the last commit.
 */
@Component
class EmployedOnMemo {

    /** Answers kept at most (about 100 bytes each); past it, all are dropped and asked again. */
    private static final int CAPACITY = 500_000;

    private record Asked(String area, LocalDate day) {
    }

    private final EmploymentHistory employment;
    private final Map<Long, Map<Asked, Boolean>> known = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long changes;  // guarded by lock
    private int size;      // guarded by lock

    EmployedOnMemo(EmploymentHistory employment) {
        this.employment = employment;
    }

    Set<EmploymentHistory.PersonDay> employedOn(Collection<EmploymentHistory.PersonDay> asked, Jurisdiction jurisdiction) {
        String area = jurisdiction.likePattern();
        Set<EmploymentHistory.PersonDay> employed = new HashSet<>();
        List<EmploymentHistory.PersonDay> unknown = new ArrayList<>();
        for (EmploymentHistory.PersonDay pair : asked) {
            Map<Asked, Boolean> ofPerson = known.get(pair.personId());
            Boolean answer = ofPerson == null ? null : ofPerson.get(new Asked(area, pair.day()));
            if (answer == null) {
                unknown.add(pair);
            } else if (answer) {
                employed.add(pair);
            }
        }
        if (unknown.isEmpty()) {
            return employed;
        }
        long before;
        synchronized (lock) {
            before = changes;
        }
        Set<EmploymentHistory.PersonDay> read = employment.employedOn(unknown, jurisdiction);
        employed.addAll(read);
        synchronized (lock) {
            if (changes == before) {
                if (size + unknown.size() > CAPACITY) {
                    known.clear();
                    size = 0;
                }
                for (EmploymentHistory.PersonDay pair : unknown) {
                    if (known.computeIfAbsent(pair.personId(), p -> new ConcurrentHashMap<>())
                            .put(new Asked(area, pair.day()), read.contains(pair)) == null) {
                        size++;
                    }
                }
            }
        }
        return employed;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged changed) {
        synchronized (lock) {
            changes++;
            if (changed.all()) {
                known.clear();
                size = 0;
                return;
            }
            for (long id : changed.ids()) {
                Map<Asked, Boolean> gone = known.remove(id);
                size -= gone == null ? 0 : gone.size();
            }
        }
    }

    /** For tests: how many answers are kept. */
    int size() {
        synchronized (lock) {
            return size;
        }
    }
}
