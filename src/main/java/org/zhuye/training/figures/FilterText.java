package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.Map;

import org.zhuye.platform.form.FormFields;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Reading the training pages' and API's typed filters — a region inside the jurisdiction, a period
 * that defaults to this calendar year — collecting every problem, keyed by field, in Chinese.
 */
public final class FilterText {

    private FilterText() {
    }

    /** The named region, or the jurisdiction's own when blank (and when unreadable or outside, with the error). */
    public static RegionCode region(String text, String field, String label, Jurisdiction jurisdiction,
                                    Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return jurisdiction.root();
        }
        RegionCode code = RegionCode.parse(text).orElse(null);
        if (code == null) {
            errors.put(field, label + "须为区划代码，例如 1525");
            return jurisdiction.root();
        }
        if (!jurisdiction.contains(code)) {
            errors.put(field, label + "不在您的管辖范围内");
            return jurisdiction.root();
        }
        return code;
    }

    /** {@code from}–{@code to}; blank ends are this year's first and last day; an end before the start is an error. */
    public static LocalDate[] period(String from, String to, String fromLabel, String toLabel, Map<String, String> errors) {
        LocalDate start = FormFields.date(from, "from", fromLabel, false, errors);
        LocalDate end = FormFields.date(to, "to", toLabel, false, errors);
        int year = LocalDate.now().getYear();
        LocalDate f = start == null ? LocalDate.of(year, 1, 1) : start;
        LocalDate t = end == null ? LocalDate.of(year, 12, 31) : end;
        if (!errors.containsKey("from") && !errors.containsKey("to") && t.isBefore(f)) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        return new LocalDate[] {f, t};
    }
}
