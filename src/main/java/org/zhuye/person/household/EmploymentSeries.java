package org.zhuye.person.household;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One household member's dated employment status in the registry's one order of events: by effective
 * date, then by id, so of two events on one day the one recorded later stands (as {@code EmploymentHistory}
 * reads it). Both the household page and the 零就业家庭 list and counts derive status through this, so a
 * same-day move into work takes a household off both at once. Events may arrive in any order — a hash
 * join returns same-day rows in no defined order — and the later id still wins.
 */
final class EmploymentSeries {

    private record Event(long id, boolean employed) {
    }

    private final TreeMap<LocalDate, Event> byDay = new TreeMap<>();

    void add(LocalDate on, long id, boolean employed) {
        byDay.merge(on, new Event(id, employed), (a, b) -> a.id() > b.id() ? a : b);
    }

    boolean employedOn(LocalDate date) {
        var latest = byDay.floorEntry(date);
        return latest != null && latest.getValue().employed();
    }

    /** The days a status was recorded, when a household's status may change. */
    Set<LocalDate> days() {
        return byDay.keySet();
    }

    /**
     * Every member's series for the households matching {@code householdCondition} (SQL over alias
     * {@code h}, the household): registered members' non-voided registry events, other members' own events.
     * {@code plan}: {@link org.zhuye.platform.database.StatementPlans#GENERIC} when the condition names one
     * household, else empty.
     */
    static Map<Long, EmploymentSeries> load(JdbcClient jdbc, String plan, String householdCondition, Object... params) {
        Object[] both = new Object[params.length * 2];
        System.arraycopy(params, 0, both, 0, params.length);
        System.arraycopy(params, 0, both, params.length, params.length);
        Map<Long, EmploymentSeries> series = new HashMap<>();
        jdbc.sql(plan + """
                SELECT m.id, e.id, e.effective_on, e.employed FROM household_member m JOIN household h ON h.id = m.household_id
                     JOIN employment_event e ON e.person_id = m.person_id AND e.voided_at IS NULL
                WHERE %1$s
                UNION ALL
                SELECT m.id, x.id, x.effective_on, x.employed FROM household_member m JOIN household h ON h.id = m.household_id
                     JOIN member_employment_event x ON x.member_id = m.id
                WHERE %1$s
                """.formatted(householdCondition))
                .params(both)
                .query((rs, i) -> {
                    series.computeIfAbsent(rs.getLong(1), k -> new EmploymentSeries())
                            .add(rs.getDate(3).toLocalDate(), rs.getLong(2), rs.getBoolean(4));
                    return null;
                })
                .list();
        return series;
    }
}
