package org.zhuye.person.household;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;
import org.zhuye.region.VisiblePeople;

/**
 * {@link HouseholdFacts} from the household tables. Households under a region are read once
 * (members and every member's dated employment) and their status is derived in memory by
 * {@link HouseholdStatus} for as many dates as asked, so a monthly series is not a query per month.
 *
 * <p>The area-wide answers (零就业家庭 on a day, those that left it, the counts by day) are kept
 * ({@link SnapshotAnswers}) until a household or a person changes or the working-age rules are reloaded: each
 * is a read of every household of the area, and the dashboard asks the same one on every view. A change swaps
 * the version token as it commits, so a read right after it counts again.
 */
@Service
@JurisdictionScoped
class HouseholdTimeline implements HouseholdFacts {

    private final JdbcClient jdbc;
    private final WorkingAgeRules workingAge;
    private final SnapshotAnswers answers = new SnapshotAnswers(512);
    private volatile Object version = new Object();

    HouseholdTimeline(JdbcClient jdbc, WorkingAgeRules workingAge) {
        this.jdbc = jdbc;
        this.workingAge = workingAge;
    }

    @Override
    public Optional<DibaoCover> findDibaoCover(long personId, LocalDate date, Jurisdiction jurisdiction) {
        Date day = Date.valueOf(date);
        return jdbc.sql("""
                SELECT d.household_id, d.id, d.start_on, d.end_on
                FROM household_member m JOIN household h ON h.id = m.household_id
                     JOIN dibao_interval d ON d.household_id = h.id
                WHERE m.person_id = ? AND h.region_code LIKE ? AND m.start_on <= ? AND (m.end_on IS NULL OR m.end_on >= ?)
                  AND d.start_on <= ? AND (d.end_on IS NULL OR d.end_on >= ?)
                ORDER BY d.start_on DESC LIMIT 1
                """)
                .params(personId, jurisdiction.likePattern(), day, day, day, day)
                .query((rs, i) -> new DibaoCover(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .optional();
    }

    @Override
    public Optional<Membership> findMembership(long personId, LocalDate date, Jurisdiction jurisdiction) {
        Date day = Date.valueOf(date);
        return jdbc.sql("""
                SELECT h.id, count(o.id), count(o.person_id)
                FROM household_member m JOIN household h ON h.id = m.household_id
                     JOIN household_member o ON o.household_id = h.id AND o.start_on <= ? AND (o.end_on IS NULL OR o.end_on >= ?)
                WHERE m.person_id = ? AND h.region_code LIKE ? AND m.start_on <= ? AND (m.end_on IS NULL OR m.end_on >= ?)
                GROUP BY h.id
                """)
                .params(day, day, personId, jurisdiction.likePattern(), day, day)
                .query((rs, i) -> new Membership(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .optional();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HouseholdsChanged changed) {
        version = new Object();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged changed) {
        version = new Object();
    }

    /** The kept answer to a question about the households of an area, or the count of it. */
    private <T> T kept(String question, RegionCode region, Object when, Jurisdiction jurisdiction, Supplier<T> count) {
        return answers.get(List.of(version, workingAge.table()),
                List.of(question, region.significantPrefix(), when, jurisdiction.likePattern()), count);
    }

    @Override
    public List<ZeroEmploymentHousehold> findZeroEmployment(RegionCode region, LocalDate asOf, Jurisdiction jurisdiction) {
        return kept("zero", region, asOf, jurisdiction, () -> List.copyOf(zeroEmploymentOn(region, asOf, jurisdiction)));
    }

    private List<ZeroEmploymentHousehold> zeroEmploymentOn(RegionCode region, LocalDate asOf, Jurisdiction jurisdiction) {
        List<ZeroEmploymentHousehold> found = new ArrayList<>();
        for (Loaded h : load(region, jurisdiction)) {
            WorkingAge rule = workingAge.on(h.region, asOf);
            HouseholdStatus status = h.status(asOf, rule);
            if (!status.zeroEmployment()) {
                continue;
            }
            VisiblePeople<Member> registered = VisiblePeople.of(
                    h.members.stream().filter(m -> m.personId != null && m.activeOn(asOf)).toList(), m -> m.registeredIn, jurisdiction);
            found.add(new ZeroEmploymentHousehold(h.id, h.region, h.address, h.headName(asOf, jurisdiction), status.members(),
                    status.ableWorkingAge(), h.since(asOf, rule), registered.map(m -> m.personId)));
        }
        return found;
    }

    @Override
    public List<LeftZeroEmployment> findLeftZeroEmployment(RegionCode region, LocalDate from, LocalDate to,
                                                           Jurisdiction jurisdiction) {
        return kept("left", region, List.of(from, to), jurisdiction, () -> List.copyOf(countLeft(region, from, to, jurisdiction)));
    }

    private List<LeftZeroEmployment> countLeft(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        List<LeftZeroEmployment> found = new ArrayList<>();
        for (Loaded h : load(region, jurisdiction)) {
            LocalDate left = h.leftByWork(from, to, workingAge);
            if (left != null) {
                found.add(new LeftZeroEmployment(h.id, h.region, h.address, h.headName(left, jurisdiction), left));
            }
        }
        return found;
    }

    @Override
    public List<Integer> countZeroEmployment(RegionCode region, List<LocalDate> dates, Jurisdiction jurisdiction) {
        return kept("counts", region, List.copyOf(dates), jurisdiction, () -> countByDay(region, dates, jurisdiction));
    }

    private List<Integer> countByDay(RegionCode region, List<LocalDate> dates, Jurisdiction jurisdiction) {
        int[] counts = new int[dates.size()];
        for (Loaded h : load(region, jurisdiction)) {
            for (int i = 0; i < dates.size(); i++) {
                if (h.status(dates.get(i), workingAge.on(h.region, dates.get(i))).zeroEmployment()) {
                    counts[i]++;
                }
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    private List<Loaded> load(RegionCode region, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            throw new IllegalArgumentException("区划 " + region + " 不在管辖范围内");
        }
        Map<Long, Loaded> households = new LinkedHashMap<>();
        jdbc.sql("SELECT id, region_code, address FROM household WHERE region_code LIKE ? AND region_code LIKE ? ORDER BY region_code, id")
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%")
                .query((rs, i) -> households.put(rs.getLong(1), new Loaded(rs.getLong(1), rs.getString(2), rs.getString(3))))
                .list();
        if (households.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> members = new HashMap<>();
        jdbc.sql("""
                SELECT m.id, m.household_id, m.person_id, coalesce(p.name, m.name), coalesce(p.sex, m.sex),
                       coalesce(p.birth_date, m.birth_date), m.relation, m.able_to_work, m.start_on, m.end_on, p.region_code
                FROM household_member m JOIN household h ON h.id = m.household_id LEFT JOIN person p ON p.id = m.person_id
                WHERE h.region_code LIKE ? AND h.region_code LIKE ? ORDER BY m.start_on, m.id
                """)
                .params(jurisdiction.likePattern(), region.significantPrefix() + "%")
                .query((rs, i) -> {
                    Member m = new Member(rs.getLong(1), (Long) rs.getObject(3, Long.class), rs.getString(4),
                            "M".equals(rs.getString(5)) ? Sex.MALE : Sex.FEMALE, rs.getDate(6).toLocalDate(), rs.getString(7),
                            rs.getBoolean(8), rs.getDate(9).toLocalDate(), rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                            rs.getString(11));
                    members.put(m.id, m);
                    households.get(rs.getLong(2)).members.add(m);
                    return m;
                }).list();
        EmploymentSeries.load(jdbc, "", "h.region_code LIKE ? AND h.region_code LIKE ?", jurisdiction.likePattern(),
                region.significantPrefix() + "%").forEach((memberId, series) -> members.get(memberId).events = series);
        return new ArrayList<>(households.values());
    }

    private static final class Member {
        final long id;
        final Long personId;
        final String name;
        final Sex sex;
        final LocalDate birthDate;
        final String relation;
        final boolean able;
        final LocalDate startOn;
        final LocalDate endOn;
        /** Where the member's registry record is; null for a member without a certificate. */
        final String registeredIn;
        EmploymentSeries events = new EmploymentSeries();

        Member(long id, Long personId, String name, Sex sex, LocalDate birthDate, String relation, boolean able,
               LocalDate startOn, LocalDate endOn, String registeredIn) {
            this.id = id;
            this.personId = personId;
            this.name = name;
            this.sex = sex;
            this.birthDate = birthDate;
            this.relation = relation;
            this.able = able;
            this.startOn = startOn;
            this.endOn = endOn;
            this.registeredIn = registeredIn;
        }

        boolean activeOn(LocalDate date) {
            return !startOn.isAfter(date) && (endOn == null || !endOn.isBefore(date));
        }

        HouseholdMember on(long householdId, LocalDate date) {
            return new HouseholdMember(id, householdId, personId, name, sex, birthDate, relation, able, startOn, endOn,
                    events.employedOn(date));
        }
    }

    private static final class Loaded {
        final long id;
        final String region;
        final String address;
        final List<Member> members = new ArrayList<>();

        Loaded(long id, String region, String address) {
            this.id = id;
            this.region = region;
            this.address = address;
        }

        HouseholdStatus status(LocalDate date, WorkingAge rule) {
            return HouseholdStatus.of(members.stream().map(m -> m.on(id, date)).toList(), date,
                    m -> rule.isOfWorkingAge(m.sex(), m.birthDate(), date), false);
        }

        /** The 户主's name as the viewer may see it: null for a head registered outside the jurisdiction. */
        String headName(LocalDate date, Jurisdiction viewer) {
            Member head = members.stream().filter(m -> m.activeOn(date) && "户主".equals(m.relation))
                    .findFirst().orElse(members.isEmpty() ? null : members.get(0));
            return head == null ? null : VisiblePeople.of(List.of(head), m -> m.registeredIn, viewer).visible().stream()
                    .map(m -> m.name).findFirst().orElse(null);
        }

        /**
         * The first day of {@code [from, to]} on which a member's status was recorded as in work and the household
         * stopped being zero-employment that day, or null. Status only changes on such days, so the recorded
         * days are the only ones to look at.
         */
        LocalDate leftByWork(LocalDate from, LocalDate to, WorkingAgeRules rules) {
            TreeSet<LocalDate> workDays = new TreeSet<>();
            for (Member m : members) {
                for (LocalDate day : m.events.days()) {
                    if (!day.isBefore(from) && !day.isAfter(to) && m.events.employedOn(day)) {
                        workDays.add(day);
                    }
                }
            }
            for (LocalDate day : workDays) {
                LocalDate before = day.minusDays(1);
                if (status(before, rules.on(region, before)).zeroEmployment() && !status(day, rules.on(region, day)).zeroEmployment()) {
                    return day;
                }
            }
            return null;
        }

        /**
         * The first day of the spell of zero employment that includes {@code asOf}: status only changes
         * on a day someone joins or leaves, a status is recorded, or someone enters or leaves working
         * age, so it is enough to look at the day before each such day, latest first.
         */
        LocalDate since(LocalDate asOf, WorkingAge rule) {
            TreeSet<LocalDate> changes = new TreeSet<>(Comparator.reverseOrder());
            for (Member m : members) {
                changes.add(m.startOn);
                if (m.endOn != null) {
                    changes.add(m.endOn.plusDays(1));
                }
                changes.addAll(m.events.days());
                changes.add(m.birthDate.plusYears(rule.minimumAgeYears()));
                changes.add((m.sex == Sex.MALE ? rule.men() : rule.women()).retirementDate(m.birthDate));
            }
            for (LocalDate day : changes) {
                if (day.isAfter(asOf)) {
                    continue;
                }
                if (!status(day.minusDays(1), rule).zeroEmployment()) {
                    return day;
                }
            }
            return members.stream().map(m -> m.startOn).min(Comparator.naturalOrder()).orElse(asOf);
        }
    }
}
