package org.zhuye.casework.plan;

import static org.zhuye.platform.form.FormFields.date;
import static org.zhuye.platform.form.FormFields.text;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;
import org.zhuye.region.VisiblePeople;

/**
 * 一人一策: individual plans for disabled university students and hard cases. A plan names the
 * staff member responsible (an account) and its next review date; each review is kept and moves
 * the date on; closing records the outcome. Nothing is deleted.
 */
@Service
@JurisdictionScoped
public class Plans {

    private static final String COLUMNS = """
            x.id, x.person_id, p.name AS person_name, p.region_code, x.kind, x.school, x.graduation_year, x.goals,
            x.actions, x.responsible, x.next_review_on, x.outcome, x.closed_on""";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final AuditTrail audit;
    private final PlanResponsibles responsibles;

    Plans(JdbcClient jdbc, PersonRepository persons, AuditTrail audit, PlanResponsibles responsibles) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.responsibles = responsibles;
    }

    @Transactional
    public long create(long personId, PlanInput input, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (person.mergedInto() != null) {
            throw new CaseworkRuleException(Map.of("plans", "此记录已合并到人员 " + person.mergedInto() + "，请在保留的记录上建立计划"));
        }
        // 一人一策: one plan in progress per person. The person's row is locked so that two staff
        // members saving at once cannot both find none.
        jdbc.sql("SELECT 1 FROM person WHERE id = ? FOR UPDATE").param(personId).query((rs, i) -> 1).single();
        jdbc.sql("SELECT id FROM casework_plan WHERE person_id = ? AND closed_on IS NULL ORDER BY id LIMIT 1")
                .param(personId).query(Long.class).optional().ifPresent(open -> {
                    throw new CaseworkRuleException(Map.of("plans",
                            "此人已有进行中的帮扶计划（第 " + open + " 号），请在该计划上复核，或结束后再建立新计划"));
                });
        Map<String, String> errors = new LinkedHashMap<>();
        PlanKind kind = null;
        try {
            kind = PlanKind.valueOf(text(input.kind()) == null ? "" : input.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "请选择计划类型（残疾人大学生或就业困难个案）");
        }
        String school = text(input.school());
        Integer graduation = null;
        if (kind == PlanKind.STUDENT) {
            if (school == null || school.length() > 100) {
                errors.put("school", "残疾人大学生须填写学校（100字以内）");
            }
            try {
                graduation = Integer.valueOf(input.graduationYear() == null ? "" : input.graduationYear().strip());
                if (graduation < 1990 || graduation > LocalDate.now().getYear() + 8) {
                    errors.put("graduationYear", "毕业年份须在 1990 至 " + (LocalDate.now().getYear() + 8) + " 之间");
                }
            } catch (NumberFormatException e) {
                errors.put("graduationYear", "残疾人大学生须填写毕业年份（四位数字）");
            }
        } else {
            school = null;
        }
        String goals = required(input.goals(), "goals", "帮扶目标", errors);
        String actions = required(input.actions(), "actions", "帮扶措施", errors);
        String responsible = responsible(input.responsible(), person.regionCode(), errors);
        LocalDate review = date(input.nextReviewOn(), "nextReviewOn", "下次复核日期", errors);
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO casework_plan (person_id, kind, school, graduation_year, goals, actions, responsible, next_review_on, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(personId, kind.name(), school, graduation, goals, actions, responsible, Date.valueOf(review),
                        AuditTrail.currentActor())
                .query(Long.class).single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", id);
        state.put("kind", kind.name());
        state.put("responsible", responsible);
        state.put("nextReviewOn", review.toString());
        audit.record(AuditEntry.of(AuditAction.CASEWORK_PLAN_CREATED, "person", String.valueOf(personId), person.regionCode())
                .withChange(null, state));
        return id;
    }

    /** Records a review; the plan's next review moves to the date given. */
    @Transactional
    public void review(long personId, long planId, String reviewedOn, String note, String nextReviewOn, Jurisdiction jurisdiction) {
        Plan plan = open(personId, planId, jurisdiction);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(reviewedOn, "reviewedOn", "复核日期", errors);
        if (on != null && on.isAfter(LocalDate.now())) {
            errors.put("reviewedOn", "复核日期不能晚于今天");
        }
        String text = required(note, "note", "复核情况", errors);
        LocalDate next = date(nextReviewOn, "nextReviewOn", "下次复核日期", errors);
        if (on != null && next != null && !next.isAfter(on)) {
            errors.put("nextReviewOn", "下次复核日期须晚于本次复核日期");
        }
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        jdbc.sql("INSERT INTO casework_plan_review (plan_id, reviewed_on, note, next_review_on, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(planId, Date.valueOf(on), text, Date.valueOf(next), AuditTrail.currentActor()).update();
        jdbc.sql("UPDATE casework_plan SET next_review_on = ? WHERE id = ?").params(Date.valueOf(next), planId).update();
        audit.record(AuditEntry.of(AuditAction.CASEWORK_PLAN_REVIEWED, "person", String.valueOf(personId), plan.regionCode())
                .withChange(Map.of("planId", planId, "nextReviewOn", String.valueOf(plan.nextReviewOn())),
                        Map.of("planId", planId, "reviewedOn", on.toString(), "nextReviewOn", next.toString())));
    }

    @Transactional
    public void close(long personId, long planId, String outcome, Jurisdiction jurisdiction) {
        Plan plan = open(personId, planId, jurisdiction);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = required(outcome, "outcome", "帮扶结果", errors);
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        jdbc.sql("UPDATE casework_plan SET outcome = ?, closed_on = ? WHERE id = ?")
                .params(text, Date.valueOf(LocalDate.now()), planId).update();
        audit.record(AuditEntry.of(AuditAction.CASEWORK_PLAN_CLOSED, "person", String.valueOf(personId), plan.regionCode())
                .withChange(Map.of("planId", planId), Map.of("planId", planId, "outcome", text)));
    }

    public List<Plan> findForPerson(long personId, Jurisdiction jurisdiction) {
        return withReviews(jdbc.sql("SELECT " + COLUMNS + " FROM casework_plan x JOIN person p ON p.id = x.person_id"
                        + " WHERE x.person_id = ? AND p.region_code LIKE ? ORDER BY x.closed_on NULLS FIRST, x.id DESC")
                .params(personId, jurisdiction.likePattern()).query(Plans::map).list());
    }

    /** The ledger: plans of one kind under a region; students by graduation year (latest first) and school. */
    public List<Plan> findLedger(RegionCode region, PlanKind kind, Jurisdiction jurisdiction) {
        return findLedger(region, kind, new PageRequest(1, Integer.MAX_VALUE, ""), jurisdiction).rows();
    }

    /** One page of the ledger (reviews read for that page only), with the count of all its plans. */
    public Page<Plan> findLedger(RegionCode region, PlanKind kind, PageRequest paging, Jurisdiction jurisdiction) {
        if (!jurisdiction.contains(region)) {
            throw new IllegalArgumentException("区划 " + region + " 不在管辖范围内");
        }
        Object[] where = {jurisdiction.likePattern(), region.significantPrefix() + "%", kind.name()};
        String ledger = " FROM casework_plan x JOIN person p ON p.id = x.person_id"
                + " WHERE p.region_code LIKE ? AND p.region_code LIKE ? AND x.kind = ?";
        return paging.of(withReviews(jdbc.sql("SELECT " + COLUMNS + ledger
                        + " ORDER BY x.graduation_year DESC NULLS LAST, x.school, p.region_code, x.id LIMIT ? OFFSET ?")
                        .params(where).param(paging.size()).param(paging.offset()).query(Plans::map).list()),
                jdbc.sql("SELECT count(*)" + ledger).params(where).query(Long.class).single());
    }

    /**
     * Open plans a staff member is responsible for, overdue reviews first, then by review date. A plan
     * stays theirs when its person moves out of their jurisdiction, so such plans are counted (the
     * person not shown) rather than silently dropped.
     */
    public VisiblePeople<Plan> findResponsible(String username, Jurisdiction jurisdiction) {
        VisiblePeople<Plan> mine = VisiblePeople.of(jdbc.sql("SELECT " + COLUMNS
                        + " FROM casework_plan x JOIN person p ON p.id = x.person_id"
                        + " WHERE x.responsible = ? AND x.closed_on IS NULL ORDER BY x.next_review_on, x.id")
                .params(username).query(Plans::map).list(), Plan::regionCode, jurisdiction);
        return new VisiblePeople<>(withReviews(mine.visible()), mine.hidden());
    }

    /**
     * The user's open plans whose review date has passed, of persons they can still open (a plan whose
     * person moved away is shown on the list as a count, but nobody here can review it); served by
     * casework_plan_responsible_idx.
     */
    public long countOverdueResponsible(String username, LocalDate today, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM casework_plan x JOIN person p ON p.id = x.person_id"
                        + " WHERE x.responsible = ? AND x.closed_on IS NULL AND x.next_review_on < ? AND p.region_code LIKE ?")
                .params(username, Date.valueOf(today), jurisdiction.likePattern()).query(Long.class).single();
    }

    private Plan open(long personId, long planId, Jurisdiction jurisdiction) {
        return findForPerson(personId, jurisdiction).stream().filter(p -> p.id() == planId && p.open()).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(planId));
    }

    private List<Plan> withReviews(List<Plan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        Map<Long, List<Plan.Review>> reviews = new LinkedHashMap<>();
        jdbc.sql("SELECT plan_id, reviewed_on, note, next_review_on, recorded_by FROM casework_plan_review"
                        + " WHERE plan_id IN (:ids) ORDER BY reviewed_on DESC, id DESC")
                .param("ids", plans.stream().map(Plan::id).toList())
                .query((rs, i) -> reviews.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Plan.Review(
                        rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5))))
                .list();
        return plans.stream().map(p -> new Plan(p.id(), p.personId(), p.personName(), p.regionCode(), p.kind(), p.school(),
                p.graduationYear(), p.goals(), p.actions(), p.responsible(), p.nextReviewOn(), p.outcome(), p.closedOn(),
                reviews.getOrDefault(p.id(), List.of()))).toList();
    }

    private String responsible(String username, String personRegion, Map<String, String> errors) {
        String name = text(username);
        if (name == null) {
            errors.put("responsible", "请选择责任人");
            return null;
        }
        if (!responsibles.isAccount(name)) {
            errors.put("responsible", "责任人须为系统中的用户名：没有用户 " + name);
            return null;
        }
        if (responsibles.find(name, personRegion).isEmpty()) {
            errors.put("responsible", "责任人须为管辖范围覆盖此人居住地（" + personRegion + "）的在用工作人员账号："
                    + name + " 不是");
            return null;
        }
        return name;
    }

    private static String required(String value, String field, String label, Map<String, String> errors) {
        String text = text(value);
        if (text == null || text.length() > 2000) {
            errors.put(field, "请填写" + label + "（2000字以内）");
            return null;
        }
        return text;
    }

    private static Plan map(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"), rs.getString("region_code"),
                PlanKind.valueOf(rs.getString("kind")), rs.getString("school"), (Integer) rs.getObject("graduation_year", Integer.class),
                rs.getString("goals"), rs.getString("actions"), rs.getString("responsible"),
                rs.getDate("next_review_on") == null ? null : rs.getDate("next_review_on").toLocalDate(),
                rs.getString("outcome"), rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate(), List.of());
    }
}
