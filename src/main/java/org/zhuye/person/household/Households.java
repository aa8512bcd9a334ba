package org.zhuye.person.household;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.VisiblePeople;

/**
 * Households: who lives together from when to when, their 低保 periods, and what follows from
 * that on any date (一户多残, 零就业家庭). Memberships and periods are dated and ended, never
 * overwritten, so a household can be read as it was.
 */
@Service
@JurisdictionScoped
public class Households {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final WorkingAgeRules workingAge;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Households(JdbcClient jdbc, PersonRepository persons, WorkingAgeRules workingAge, AuditTrail audit,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.workingAge = workingAge;
        this.audit = audit;
        this.events = events;
    }

    /** Starts a household around a registered person, able to work, who becomes its 户主 from {@code startOn}. */
    @Transactional
    public long createFor(long personId, String address, LocalDate startOn, Jurisdiction jurisdiction) {
        return createFor(personId, address, startOn, true, jurisdiction);
    }

    /**
     * Starts a household around a registered person, who becomes its 户主 from {@code startOn}; whether
     * they are able to work decides, with the other members, whether it is a 零就业家庭.
     */
    @Transactional
    public long createFor(long personId, String address, LocalDate startOn, boolean ableToWork, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        requireNoCurrentHousehold(personId, startOn);
        long id = jdbc.sql("INSERT INTO household (region_code, address) VALUES (?, ?) RETURNING id")
                .params(person.regionCode(), blank(address)).query(Long.class).single();
        insertMember(id, personId, null, null, null, "户主", ableToWork, startOn);
        record(id, person.regionCode(), "建立家庭，户主为人员 " + personId);
        return id;
    }

    /** Adds a registered person (by certificate number hash already resolved to an id) as a member; returns the membership's id. */
    @Transactional
    public long addRegistered(long householdId, long personId, String relation, boolean ableToWork, LocalDate startOn,
                              Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        persons.require(personId, jurisdiction);
        requireRelation(relation);
        requireNoCurrentHousehold(personId, startOn);
        long memberId = insertMember(householdId, personId, null, null, null, relation, ableToWork, startOn);
        record(householdId, region, "加入成员：人员 " + personId + "（" + relation + "）");
        events.publishEvent(PersonsChanged.of(personId));
        return memberId;
    }

    /** Adds a family member without a disability certificate; returns the membership's id. */
    @Transactional
    public long addOther(long householdId, String name, Sex sex, LocalDate birthDate, String relation, boolean ableToWork,
                         Boolean employed, LocalDate startOn, Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        if (name == null || name.isBlank() || sex == null || birthDate == null || birthDate.isAfter(LocalDate.now())) {
            throw new PersonRuleException(Map.of("member", "家庭成员须填写姓名、性别和出生日期"));
        }
        requireRelation(relation);
        long memberId = insertMember(householdId, null, name.strip(), sex, birthDate, relation, ableToWork, startOn);
        if (employed != null) {
            jdbc.sql("INSERT INTO member_employment_event (member_id, effective_on, employed, recorded_by) VALUES (?, ?, ?, ?)")
                    .params(memberId, Date.valueOf(startOn), employed, AuditTrail.currentActor()).update();
        }
        record(householdId, region, "加入成员：" + name.strip() + "（" + relation + "）");
        return memberId;
    }

    @Transactional
    public void recordMemberEmployment(long householdId, long memberId, boolean employed, LocalDate effectiveOn,
                                       Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        if (effectiveOn.isAfter(LocalDate.now())) {
            throw new PersonRuleException(Map.of("effectiveOn", "日期不能晚于今天"));
        }
        int found = jdbc.sql("SELECT count(*) FROM household_member WHERE id = ? AND household_id = ? AND person_id IS NULL")
                .params(memberId, householdId).query(Integer.class).single();
        if (found == 0) {
            throw new PersonRuleException(Map.of("member", "持证成员的就业状况请在其人员档案中登记"));
        }
        jdbc.sql("INSERT INTO member_employment_event (member_id, effective_on, employed, recorded_by) VALUES (?, ?, ?, ?)")
                .params(memberId, Date.valueOf(effectiveOn), employed, AuditTrail.currentActor()).update();
        record(householdId, region, "成员 " + memberId + (employed ? " 就业" : " 未就业") + "，自 " + effectiveOn);
    }

    @Transactional
    public void endMembership(long householdId, long memberId, LocalDate endOn, Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        // A registered member outside the caller's jurisdiction is not shown to them (VisiblePeople), so
        // they cannot act on that membership either; staff whose area covers the member can.
        int changed = jdbc.sql("""
                UPDATE household_member m SET end_on = ? WHERE m.id = ? AND m.household_id = ? AND m.end_on IS NULL AND m.start_on <= ?
                  AND (m.person_id IS NULL OR EXISTS (SELECT 1 FROM person p WHERE p.id = m.person_id AND p.region_code LIKE ?))
                """)
                .params(Date.valueOf(endOn), memberId, householdId, Date.valueOf(endOn), jurisdiction.likePattern()).update();
        if (changed == 0) {
            throw new PersonRuleException(Map.of("endOn", "只能结束您管辖范围内仍在册的成员，且结束日期不能早于加入日期"));
        }
        record(householdId, region, "成员 " + memberId + " 于 " + endOn + " 离开");
    }

    @Transactional
    public void startDibao(long householdId, LocalDate startOn, Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        boolean open = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dibao_interval WHERE household_id = ? AND (end_on IS NULL OR end_on >= ?))")
                .params(householdId, Date.valueOf(startOn)).query(Boolean.class).single();
        if (open) {
            throw new PersonRuleException(Map.of("dibao", "已有与此日期重叠的低保期间"));
        }
        jdbc.sql("INSERT INTO dibao_interval (household_id, start_on, recorded_by) VALUES (?, ?, ?)")
                .params(householdId, Date.valueOf(startOn), AuditTrail.currentActor()).update();
        record(householdId, region, "自 " + startOn + " 享受低保");
    }

    @Transactional
    public void endDibao(long householdId, LocalDate endOn, Jurisdiction jurisdiction) {
        String region = region(householdId, jurisdiction);
        int changed = jdbc.sql("UPDATE dibao_interval SET end_on = ? WHERE household_id = ? AND end_on IS NULL AND start_on <= ?")
                .params(Date.valueOf(endOn), householdId, Date.valueOf(endOn)).update();
        if (changed == 0) {
            throw new PersonRuleException(Map.of("dibao", "没有可以结束的低保期间"));
        }
        record(householdId, region, "低保于 " + endOn + " 结束");
    }

    public Optional<Household> find(long householdId, LocalDate asOf, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT id, region_code, address FROM household WHERE id = ? AND region_code LIKE ?")
                .params(householdId, jurisdiction.likePattern())
                .query((rs, i) -> new String[]{rs.getString(2), rs.getString(3)})
                .optional()
                .map(row -> read(householdId, row[0], row[1], asOf, jurisdiction));
    }

    /** The household the person belongs to on {@code asOf}, if any. */
    public Optional<Household> findForPerson(long personId, LocalDate asOf, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + """
                SELECT m.household_id FROM household_member m JOIN household h ON h.id = m.household_id
                WHERE m.person_id = ? AND h.region_code LIKE ? AND m.start_on <= ? AND (m.end_on IS NULL OR m.end_on >= ?)
                """)
                .params(personId, jurisdiction.likePattern(), Date.valueOf(asOf), Date.valueOf(asOf))
                .query(Long.class).optional()
                .flatMap(id -> find(id, asOf, jurisdiction));
    }

    /**
     * The household with every member for its status, and its members as the viewer may see them: a
     * registered member is someone else's record, seen only inside the viewer's jurisdiction.
     */
    private static final EmploymentSeries NO_EVENTS = new EmploymentSeries();

    private Household read(long id, String region, String address, LocalDate asOf, Jurisdiction viewer) {
        Map<Long, String> registeredIn = new HashMap<>();
        Map<Long, EmploymentSeries> employment = EmploymentSeries.load(jdbc, StatementPlans.GENERIC, "h.id = ?", id);
        List<HouseholdMember> members = jdbc.sql(StatementPlans.GENERIC + """
                SELECT m.id, m.household_id, m.person_id, coalesce(p.name, m.name) AS name, coalesce(p.sex, m.sex) AS sex,
                       coalesce(p.birth_date, m.birth_date) AS birth_date, m.relation, m.able_to_work, m.start_on, m.end_on,
                       p.region_code AS person_region
                FROM household_member m LEFT JOIN person p ON p.id = m.person_id
                WHERE m.household_id = :id ORDER BY m.start_on, m.id
                """)
                .param("id", id)
                .query((rs, i) -> {
                    HouseholdMember m = new HouseholdMember(rs.getLong("id"), rs.getLong("household_id"),
                            (Long) rs.getObject("person_id", Long.class), rs.getString("name"),
                            "M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE, rs.getDate("birth_date").toLocalDate(),
                            rs.getString("relation"), rs.getBoolean("able_to_work"), rs.getDate("start_on").toLocalDate(),
                            rs.getDate("end_on") == null ? null : rs.getDate("end_on").toLocalDate(),
                            employment.getOrDefault(rs.getLong("id"), NO_EVENTS).employedOn(asOf));
                    registeredIn.put(m.id(), rs.getString("person_region"));
                    return m;
                })
                .list();
        List<Household.DibaoInterval> dibao = jdbc.sql(StatementPlans.GENERIC + "SELECT id, start_on, end_on FROM dibao_interval WHERE household_id = ? ORDER BY start_on")
                .param(id)
                .query((rs, i) -> new Household.DibaoInterval(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
        WorkingAge rule = workingAge.on(region, asOf);
        HouseholdStatus status = HouseholdStatus.of(members, asOf, m -> rule.isOfWorkingAge(m.sex(), m.birthDate(), asOf),
                dibao.stream().anyMatch(d -> d.covers(asOf)));
        return new Household(id, region, address, VisiblePeople.of(members, m -> registeredIn.get(m.id()), viewer), dibao, status);
    }

    private long insertMember(long householdId, Long personId, String name, Sex sex, LocalDate birthDate, String relation,
                              boolean ableToWork, LocalDate startOn) {
        return jdbc.sql("""
                INSERT INTO household_member (household_id, person_id, name, sex, birth_date, relation, able_to_work, start_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(householdId, personId, name, sex == null ? null : sex.code(),
                        birthDate == null ? null : Date.valueOf(birthDate), relation, ableToWork, Date.valueOf(startOn))
                .query(Long.class).single();
    }

    private void requireNoCurrentHousehold(long personId, LocalDate startOn) {
        boolean member = jdbc.sql("SELECT EXISTS (SELECT 1 FROM household_member WHERE person_id = ? AND (end_on IS NULL OR end_on >= ?))")
                .params(personId, Date.valueOf(startOn)).query(Boolean.class).single();
        if (member) {
            throw new PersonRuleException(Map.of("member", "此人已是另一家庭的在册成员，请先在原家庭结束其成员关系"));
        }
    }

    private static void requireRelation(String relation) {
        if (relation == null || relation.isBlank()) {
            throw new PersonRuleException(Map.of("relation", "请选择与户主的关系"));
        }
    }

    private String region(long householdId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT region_code FROM household WHERE id = ? AND region_code LIKE ?")
                .params(householdId, jurisdiction.likePattern())
                .query(String.class).optional()
                .orElseThrow(() -> new PersonNotFoundException(householdId));
    }

    /** Every change of a household is audited here, and announced so that answers kept about households are dropped. */
    private void record(long householdId, String region, String what) {
        audit.record(AuditEntry.of(AuditAction.HOUSEHOLD_CHANGED, "household", String.valueOf(householdId), region)
                .withDetail(what));
        events.publishEvent(new HouseholdsChanged(householdId));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
