package org.zhuye.casework.publicpost;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of a 公益性岗位 placement in force for a region and start date (rules.md §5): the
 * subsidy term is at most {@code maxTermMonths}; for someone within {@code nearRetirementYears} of
 * retirement when the placement starts it may run up to the day before retirement instead; a
 * person may be placed at most {@code maxPlacements} times in total unless STAFF record an
 * exception with a reason. Pure, so the rules can be checked by properties without a database.
 */
public record PublicPostRule(int maxTermMonths, int nearRetirementYears, int maxPlacements, String source) {

    /** The last day of a standard term starting on {@code start}. */
    public LocalDate standardEnd(LocalDate start) {
        return start.plusMonths(maxTermMonths).minusDays(1);
    }

    /** Whether someone retiring on {@code retirement} is within the extension window on {@code start}. */
    public boolean nearRetirement(LocalDate start, LocalDate retirement) {
        return !start.isBefore(retirement.minusYears(nearRetirementYears));
    }

    /**
     * The latest allowed end: the standard term, or for those near retirement the day before it
     * (which is earlier than the standard end when retirement comes sooner: nobody is subsidised past it).
     */
    public LocalDate latestEnd(LocalDate start, LocalDate retirement) {
        return nearRetirement(start, retirement) ? retirement.minusDays(1) : standardEnd(start);
    }

    /**
     * Checks a placement; an empty map means it may be saved.
     *
     * @param earlierPlacements placements the person already has (not voided)
     * @param exceptionReason   the STAFF member's reason for placing beyond the limit, or null
     * @param mayGrantException whether the user is STAFF (or ADMIN)
     */
    public Map<String, String> check(LocalDate start, LocalDate end, LocalDate retirement, int earlierPlacements,
                                     String exceptionReason, boolean mayGrantException) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!start.isBefore(retirement)) {
            errors.put("startOn", "开始日期 " + start + " 已达到法定退休年龄（" + retirement + "），不能安置到公益性岗位");
        } else if (end.isBefore(start)) {
            errors.put("endOn", "补贴期限结束日期不能早于开始日期");
        } else {
            LocalDate latest = latestEnd(start, retirement);
            if (end.isAfter(latest)) {
                errors.put("endOn", nearRetirement(start, retirement)
                        ? "距退休不足 " + nearRetirementYears + " 年，补贴期限最多延至退休前一日 " + latest + "（依据：" + source + "）"
                        : "补贴期限最长 " + maxTermMonths + " 个月，本次最晚至 " + latest + "（依据：" + source + "）");
            }
        }
        boolean hasReason = exceptionReason != null && !exceptionReason.isBlank();
        if (earlierPlacements >= maxPlacements) {
            if (!mayGrantException) {
                errors.put("exceptionReason", "此人已安置 " + earlierPlacements + " 次，累计安置原则上不超过 " + maxPlacements
                        + " 次；超出须由残联工作人员登记例外及理由");
            } else if (!hasReason) {
                errors.put("exceptionReason", "此人已安置 " + earlierPlacements + " 次，累计安置原则上不超过 " + maxPlacements
                        + " 次；如确需再次安置，请填写例外理由");
            }
        }
        return errors;
    }

    /** Whether a placement from {@code start} to {@code end} goes beyond the standard term. */
    public boolean extended(LocalDate start, LocalDate end) {
        return end.isAfter(standardEnd(start));
    }
}
