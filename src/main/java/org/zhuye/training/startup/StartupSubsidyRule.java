package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zhuye.parameter.Evidence;

/**
 * The 创业补贴 rule in force on a grant day (table {@code startup_subsidy_rule}): a one-time amount for a
 * person's first business that has operated at least {@code minOperatingMonths}, its owner of working age
 * and holding a valid certificate on the day. Pure: {@link #judge} names every condition met or not, so a
 * refusal names them all and a grant keeps them as its basis.
 */
public record StartupSubsidyRule(BigDecimal amount, int minOperatingMonths, Evidence evidence, String source) {

    /** What the rule looks at, read from the registry and the business on the grant day. */
    public record Facts(LocalDate startedOn, LocalDate closedOn, LocalDate grantDay, boolean firstBusiness,
                 boolean subsidyAlreadyGranted, boolean ownerOfWorkingAge, boolean certificateValid) {
    }

    /** One condition in Chinese and whether it is met. */
    public record Condition(String key, String label, boolean met) {
    }

    /** The amount due (zero unless every condition is met) and each condition. */
    public record Judgement(BigDecimal amount, List<Condition> conditions) {

        public boolean granted() {
            return conditions.stream().allMatch(Condition::met);
        }

        public List<Condition> unmet() {
            return conditions.stream().filter(c -> !c.met()).toList();
        }
    }

    Judgement judge(Facts facts) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("firstBusiness", "本人首次创业（实名库中没有更早登记的经营实体）", facts.firstBusiness()));
        conditions.add(new Condition("once", "本人此前未领取过创业补贴（每人限一次）", !facts.subsidyAlreadyGranted()));
        boolean operating = facts.closedOn() == null || facts.closedOn().isAfter(facts.grantDay());
        boolean longEnough = !facts.startedOn().plusMonths(minOperatingMonths).isAfter(facts.grantDay());
        conditions.add(new Condition("operating", "发放时正常经营满 " + minOperatingMonths + " 个月（自 "
                + facts.startedOn() + " 起，未注销）", operating && longEnough));
        conditions.add(new Condition("workingAge", "发放时本人处于就业年龄段", facts.ownerOfWorkingAge()));
        conditions.add(new Condition("certificate", "本人持有效的残疾人证", facts.certificateValid()));
        boolean all = conditions.stream().allMatch(Condition::met);
        return new Judgement(all ? amount : BigDecimal.ZERO.setScale(2), List.copyOf(conditions));
    }
}
