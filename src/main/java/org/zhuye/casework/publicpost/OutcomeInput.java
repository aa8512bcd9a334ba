package org.zhuye.casework.publicpost;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.zhuye.platform.form.FormFields;


/**
 * A term's outcome as typed: the choice (a {@link PlacementOutcome} name), the day they left for 离岗, and
 * for 续聘 the new term's end (and, beyond the placement limit, STAFF's exception reason).
 */
public record OutcomeInput(String outcome, String leftOn, String renewedEndOn, String exceptionReason) {

    static OutcomeInput blank() {
        return new OutcomeInput("", "", "", "");
    }

    /** The chosen outcome, or null with the reason in {@code errors}. */
    PlacementOutcome choice(Map<String, String> errors) {
        PlacementOutcome chosen = Arrays.stream(PlacementOutcome.values())
                .filter(o -> o.name().equals(outcome == null ? null : outcome.strip())).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("outcome", "请选择期满后的去向：续聘、转为其他就业或离岗");
        }
        return chosen;
    }

    /**
     * The day a person left the post: required for 离岗, not before the term started (they held it from then) and
     * not after today (a status is never future-dated). It may fall after the term's end: some stay on unsubsidised.
     */
    LocalDate leftOn(Placement placement, LocalDate today, Map<String, String> errors) {
        LocalDate day = FormFields.date(leftOn, "leftOn", "离岗日期", errors);
        if (day == null) {
            return null;
        }
        if (day.isBefore(placement.startOn())) {
            errors.put("leftOn", "离岗日期不能早于该岗位的上岗日期（" + placement.startOn() + "）");
        } else if (day.isAfter(today)) {
            errors.put("leftOn", "离岗日期不能晚于今天（" + today + "）");
        }
        return errors.containsKey("leftOn") ? null : day;
    }
}
