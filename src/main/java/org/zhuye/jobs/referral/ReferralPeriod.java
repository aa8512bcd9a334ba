package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.jobs.JobRuleException;

/** A period of referral days as typed: blank ends mean the last twelve months up to today. */
record ReferralPeriod(LocalDate from, LocalDate to) {

    static ReferralPeriod parse(String fromText, String toText) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate to = date(toText, "to", "结束日期", errors);
        LocalDate from = date(fromText, "from", "开始日期", errors);
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        LocalDate end = to == null ? LocalDate.now() : to;
        return new ReferralPeriod(from == null ? end.minusYears(1).plusDays(1) : from, end);
    }

    static LocalDate date(String text, String field, String label, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD");
            return null;
        }
    }
}
