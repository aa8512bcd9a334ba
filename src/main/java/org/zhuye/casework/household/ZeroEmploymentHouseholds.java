package org.zhuye.casework.household;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * 零就业家庭 as casework sees them: the registry's derived list as of a day, each with what has been
 * done for its registered members since it became zero-employment (casework services, not voided),
 * and the count at each month end as a tracked indicator. Nothing is stored: a household leaves the
 * list on the day a member's move into work is recorded, and the past counts are recomputed as-of.
 */
@Service
@JurisdictionScoped
public class ZeroEmploymentHouseholds {

    private final HouseholdFacts households;
    private final JdbcClient jdbc;

    ZeroEmploymentHouseholds(HouseholdFacts households, JdbcClient jdbc) {
        this.households = households;
        this.jdbc = jdbc;
    }

    public List<Row> findList(RegionCode region, LocalDate asOf, Jurisdiction jurisdiction) {
        return withServices(households.findZeroEmployment(region, asOf, jurisdiction), asOf, jurisdiction);
    }

    /**
     * One page of the list. Which households are zero-employment is the registry's rule over dated
     * events, derived in Java, so the derived list is paged here and only the page's members' services
     * are read.
     */
    public Page<Row> findPage(RegionCode region, LocalDate asOf, PageRequest paging, Jurisdiction jurisdiction) {
        Page<HouseholdFacts.ZeroEmploymentHousehold> found = paging.slice(households.findZeroEmployment(region, asOf, jurisdiction));
        return paging.of(withServices(found.rows(), asOf, jurisdiction), found.total());
    }

    private List<Row> withServices(List<HouseholdFacts.ZeroEmploymentHousehold> found, LocalDate asOf, Jurisdiction jurisdiction) {
        List<Long> persons = found.stream().flatMap(h -> h.registeredMembers().visible().stream()).distinct().toList();
        Map<Long, List<Done>> done = new HashMap<>();
        if (!persons.isEmpty()) {
            jdbc.sql("""
                    SELECT s.person_id, s.served_on, c.label FROM casework_service s JOIN person p ON p.id = s.person_id
                         JOIN casework_code c ON c.list = 'service_kind' AND c.code = s.kind
                    WHERE s.person_id IN (:ids) AND p.region_code LIKE :scope AND s.voided_at IS NULL AND s.served_on <= :asOf
                    ORDER BY s.served_on DESC, s.id DESC
                    """)
                    .param("ids", persons).param("scope", jurisdiction.likePattern()).param("asOf", Date.valueOf(asOf))
                    .query((rs, i) -> done.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Done(rs.getDate(2).toLocalDate(), rs.getString(3))))
                    .list();
        }
        List<Row> rows = new ArrayList<>();
        for (HouseholdFacts.ZeroEmploymentHousehold h : found) {
            List<Done> since = h.registeredMembers().visible().stream().flatMap(p -> done.getOrDefault(p, List.of()).stream())
                    .filter(d -> !d.servedOn().isBefore(h.since()))
                    .sorted(java.util.Comparator.comparing(Done::servedOn).reversed()).toList();
            rows.add(new Row(h, since.size(), since.isEmpty() ? null : since.get(0)));
        }
        return rows;
    }

    /** The count at each of the last {@code months} month ends, the current month counted to {@code today}. */
    public List<Point> findTrend(RegionCode region, LocalDate today, int months, Jurisdiction jurisdiction) {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth month = YearMonth.from(today).minusMonths(months - 1L);
        for (int i = 0; i < months; i++, month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            dates.add(end.isAfter(today) ? today : end);
        }
        List<Integer> counts = households.countZeroEmployment(region, dates, jurisdiction);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            points.add(new Point(dates.get(i), counts.get(i)));
        }
        return points;
    }

    /** A zero-employment household with the services delivered to its members since it became one. */
    public record Row(HouseholdFacts.ZeroEmploymentHousehold household, int servicesSince, Done latest) {
    }

    public record Done(LocalDate servedOn, String kind) {
    }

    public record Point(LocalDate asOf, int households) {
    }
}
