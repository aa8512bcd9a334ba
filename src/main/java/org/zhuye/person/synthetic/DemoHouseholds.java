package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.person.HouseholdFacts;
import org.zhuye.person.household.Households;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Records the demo population's households through the registry's own household services, as the
 * household forms do: validated, dated and audited as "system". Nothing is written around them, so
 * what the demo shows is what those services make of the plans.
 */
@Component
class DemoHouseholds {

    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);

    private final Households households;
    private final HouseholdFacts facts;
    private final TransactionTemplate transactions;

    DemoHouseholds(Households households, HouseholdFacts facts, PlatformTransactionManager transactionManager) {
        this.households = households;
        this.facts = facts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records {@code plans}, whose residents are the persons {@code personIds} (by index) living in
     * {@code area}; returns how many.
     */
    int record(List<HouseholdPlan> plans, long[] personIds, RegionCode area, LocalDate asOf) {
        long started = System.nanoTime();
        for (int from = 0; from < plans.size(); from += DemoPopulation.BATCH) {
            List<HouseholdPlan> batch = plans.subList(from, Math.min(plans.size(), from + DemoPopulation.BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(plan -> record(plan, personIds)));
        }
        long shared = plans.stream().filter(p -> p.registeredMembers() > 0).count();
        long dibao = plans.stream().filter(p -> p.dibao() != null && p.dibao().endOn() == null).count();
        // The casework page's own count, so the log says what the page will show.
        int zero = facts.countZeroEmployment(area, List.of(asOf), PROVINCE).get(0);
        log.info("已生成 {} 户家庭（一户多残 {} 户，零就业家庭 {} 户，享受低保 {} 户），用时 {} 秒", plans.size(), shared, zero,
                dibao, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return plans.size();
    }

    /** The smallest region holding every one of {@code villages}: where the demo's households are. */
    static RegionCode area(List<String> villages) {
        String common = villages.isEmpty() ? "15" : villages.get(0);
        for (String village : villages) {
            int same = 0;
            while (same < common.length() && common.charAt(same) == village.charAt(same)) {
                same++;
            }
            common = common.substring(0, same);
        }
        int length = common.length();
        for (int level : new int[]{12, 9, 6, 4, 2}) {
            if (length >= level) {
                return RegionCode.of(common.substring(0, level));
            }
        }
        return RegionCode.of("15");
    }

    private void record(HouseholdPlan plan, long[] personIds) {
        long id = households.createFor(personIds[plan.head()], plan.address(), plan.startOn(), PROVINCE);
        long[] members = new long[plan.members().size()];
        for (int i = 0; i < members.length; i++) {
            HouseholdPlan.Member m = plan.members().get(i);
            members[i] = m.registered()
                    ? households.addRegistered(id, personIds[m.resident()], m.relation(), m.ableToWork(), m.startOn(), PROVINCE)
                    : households.addOther(id, m.name(), m.sex(), m.birthDate(), m.relation(), m.ableToWork(), m.employed(),
                    m.startOn(), PROVINCE);
        }
        for (HouseholdPlan.Change change : plan.changes().stream().sorted(Comparator.comparing(HouseholdPlan.Change::on)).toList()) {
            long member = members[change.member()];
            switch (change.kind()) {
                case STARTED_WORK -> households.recordMemberEmployment(id, member, true, change.on(), PROVINCE);
                case STOPPED_WORK -> households.recordMemberEmployment(id, member, false, change.on(), PROVINCE);
                case LEFT -> households.endMembership(id, member, change.on(), PROVINCE);
            }
        }
        if (plan.dibao() != null) {
            households.startDibao(id, plan.dibao().startOn(), PROVINCE);
            if (plan.dibao().endOn() != null) {
                households.endDibao(id, plan.dibao().endOn(), PROVINCE);
            }
        }
    }
}
