package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The funnel's rules, pure: which step may follow which, who may record it, and its date and reason.
 * Steps only move forward (a step may be skipped: an interview found at a fair leads straight to 录用);
 * a closed referral (录用, 未录用, 本人放弃) takes no further step.
 */
public final class ReferralSteps {

    static final int MAX_TEXT = 500;

    private static final Set<ReferralStatus> EMPLOYER_STEPS =
            EnumSet.of(ReferralStatus.DELIVERED, ReferralStatus.INTERVIEW, ReferralStatus.HIRED, ReferralStatus.REJECTED);

    private ReferralSteps() {
    }

    /** Whether {@code next} may follow {@code current}: forward only, nothing after a closing step. */
    public static boolean allowed(ReferralStatus current, ReferralStatus next) {
        // The enum's order is the funnel's: every closing step comes after 面试.
        return !current.closed() && next.ordinal() > current.ordinal();
    }

    /** Whether this kind of actor may record {@code next} at all (ownership is checked by the service). */
    public static boolean mayRecord(ReferralActor.Kind actor, ReferralStatus next) {
        return switch (actor) {
            case STAFF -> true;
            case EMPLOYER -> EMPLOYER_STEPS.contains(next);
            case PERSON -> next == ReferralStatus.DECLINED;
        };
    }

    /** The steps this actor may record next on a referral at {@code current}, for a form's choices. */
    public static java.util.List<ReferralStatus> choices(ReferralStatus current, ReferralActor.Kind actor) {
        return java.util.Arrays.stream(ReferralStatus.values())
                .filter(next -> allowed(current, next) && mayRecord(actor, next)).toList();
    }

    /**
     * Every problem of recording {@code input} on a referral now at {@code current} since
     * {@code currentOn}, keyed by field; empty when the step may be recorded.
     */
    public static Map<String, String> check(ReferralStatus current, LocalDate currentOn, StepInput input,
                                            ReferralActor.Kind actor, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReferralStatus next = input.status();
        if (next == null) {
            errors.put("status", "请选择进展：已投递、面试、录用、未录用或本人放弃");
        } else if (current.closed()) {
            errors.put("status", "推介已" + current.label() + "，不能再记录进展");
        } else if (!allowed(current, next)) {
            errors.put("status", "推介现为“" + current.label() + "”，不能改为“" + next.label() + "”（进展只能向前）");
        } else if (!mayRecord(actor, next)) {
            errors.put("status", actor == ReferralActor.Kind.PERSON
                    ? "本人只能记录“本人放弃”"
                    : "用人单位只能记录已投递、面试、录用或未录用");
        }
        if (input.on() == null) {
            errors.put("on", "请填写进展日期");
        } else if (input.on().isAfter(today)) {
            errors.put("on", "进展日期不能晚于今天（" + today + "）");
        } else if (input.on().isBefore(currentOn)) {
            errors.put("on", "进展日期不能早于上一步“" + current.label() + "”的日期 " + currentOn);
        }
        if (next == ReferralStatus.REJECTED && blank(input.reason())) {
            errors.put("reason", "未录用须填写原因");
        }
        if (!blank(input.reason()) && input.reason().strip().length() > MAX_TEXT) {
            errors.put("reason", "原因不超过" + MAX_TEXT + "个字");
        }
        if (!blank(input.note()) && input.note().strip().length() > MAX_TEXT) {
            errors.put("note", "备注不超过" + MAX_TEXT + "个字");
        }
        if (input.monthlyIncome() != null && next != ReferralStatus.HIRED) {
            errors.put("monthlyIncome", "只有录用填写月收入");
        } else if (input.monthlyIncome() != null && input.monthlyIncome() < 0) {
            errors.put("monthlyIncome", "月收入不能为负数");
        }
        return errors;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
