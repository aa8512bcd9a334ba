package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zhuye.jobs.JobRuleException;

/**
 * One step as asked for: the new status, its day, a note, the reason (required for 未录用), the
 * referral's version the asker saw, and for 录用 the monthly income if not the posting's lowest wage.
 */
public record StepInput(ReferralStatus status, LocalDate on, String note, String reason, int version,
                        Integer monthlyIncome) {

    /** Reads the text of a form or a JSON body, naming every field that cannot be read. */
    public static StepInput parse(String status, String on, String note, String reason, String version,
                                  String monthlyIncome) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReferralStatus parsedStatus = parseStatus(status).orElse(null);
        if (!ReferralSteps.blank(status) && parsedStatus == null) {
            errors.put("status", "进展须为 DELIVERED、INTERVIEW、HIRED、REJECTED 或 DECLINED");
        }
        LocalDate day = null;
        if (!ReferralSteps.blank(on)) {
            try {
                day = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                errors.put("on", "进展日期须写作 YYYY-MM-DD");
            }
        }
        int parsedVersion = 0;
        try {
            parsedVersion = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            errors.put("version", "缺少推介记录的版本号（请刷新页面后重试）");
        }
        Integer income = null;
        if (!ReferralSteps.blank(monthlyIncome)) {
            try {
                income = Integer.valueOf(monthlyIncome.strip());
            } catch (NumberFormatException e) {
                errors.put("monthlyIncome", "月收入须为整数（元）");
            }
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        return new StepInput(parsedStatus, day, trim(note), trim(reason), parsedVersion, income);
    }

    static Optional<ReferralStatus> parseStatus(String text) {
        if (ReferralSteps.blank(text)) {
            return Optional.empty();
        }
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status.name().equals(text.strip()) || status.label().equals(text.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static String trim(String text) {
        return ReferralSteps.blank(text) ? null : text.strip();
    }
}
