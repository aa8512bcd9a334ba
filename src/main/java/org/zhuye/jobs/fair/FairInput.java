package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fair as typed on the page or sent to the API, unchecked. {@link #validate} names every bad field at
 * once in Chinese; the place (inside the organiser's jurisdiction) is checked by {@link JobFairs}.
 */
public record FairInput(String title, String regionCode, String kind, Boolean online, String startsOn, String endsOn,
                        String venue, List<String> zones, String callbackDays, String note) {

    static final int MAX_ZONES = 20;
    static final int DEFAULT_CALLBACK_DAYS = 14;

    public FairInput {
        zones = zones == null ? List.of() : zones.stream().map(z -> z == null ? "" : z.strip())
                .filter(z -> !z.isEmpty()).toList();
    }

    public static FairInput blank() {
        return new FairInput("", "", "", false, "", "", "", List.of(), String.valueOf(DEFAULT_CALLBACK_DAYS), "");
    }

    public static FairInput of(JobFair fair) {
        return new FairInput(fair.title(), fair.regionCode(), fair.kind().name(), fair.online(),
                fair.startsOn().toString(), fair.endsOn().toString(), fair.venue(), fair.zones(),
                String.valueOf(fair.callbackDays()), fair.note());
    }

    /** Zones as one line of text, as the form shows them. */
    public String zonesText() {
        return String.join("、", zones);
    }

    /** Splits a form's zone text at 、，, ; or line breaks. */
    public static List<String> zonesFrom(String text) {
        if (text == null) {
            return List.of();
        }
        return List.of(text.split("[、，,;；\\r\\n]+"));
    }

    /** The checked values, or every problem keyed by field. */
    Checked validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = trim(title);
        if (t.isEmpty()) {
            errors.put("title", "请填写招聘会名称");
        } else if (t.length() > 100) {
            errors.put("title", "招聘会名称不能超过100个字");
        }
        if (trim(regionCode).isEmpty()) {
            errors.put("regionCode", "请选择主办地区");
        }
        FairKind k = FairKind.parse(trim(kind)).orElse(null);
        if (k == null) {
            errors.put("kind", "请选择招聘会类型（国有企业专场、机关事业单位、民营/平台企业、高校毕业生或综合）");
        }
        if (online == null) {
            errors.put("online", "请选择线上或现场举办");
        }
        LocalDate from = date(startsOn, "startsOn", "开始日期", errors);
        LocalDate to = trim(endsOn).isEmpty() && from != null ? from : date(endsOn, "endsOn", "结束日期", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("endsOn", "结束日期不能早于开始日期");
        }
        if (from != null && to != null && to.isAfter(from.plusDays(30))) {
            errors.put("endsOn", "一场招聘会最长31天");
        }
        String v = trim(venue);
        if (Boolean.FALSE.equals(online) && v.isEmpty()) {
            errors.put("venue", "现场招聘会请填写举办地点");
        } else if (v.length() > 200) {
            errors.put("venue", "举办地点不能超过200个字");
        }
        Set<String> zoneSet = new LinkedHashSet<>(zones);
        if (zoneSet.size() > MAX_ZONES) {
            errors.put("zones", "展区最多" + MAX_ZONES + "个");
        } else if (zoneSet.size() < zones.size()) {
            errors.put("zones", "展区名称不能重复");
        } else if (zones.stream().anyMatch(z -> z.length() > 20)) {
            errors.put("zones", "每个展区名称不能超过20个字");
        }
        Integer days = null;
        String d = trim(callbackDays);
        if (d.isEmpty()) {
            days = DEFAULT_CALLBACK_DAYS;
        } else {
            try {
                days = Integer.parseInt(d);
            } catch (NumberFormatException e) {
                errors.put("callbackDays", "回访天数须为整数");
            }
            if (days != null && (days < 1 || days > 90)) {
                errors.put("callbackDays", "回访天数须在1至90天之间");
            }
        }
        String n = trim(note);
        if (n.length() > 1000) {
            errors.put("note", "备注不能超过1000个字");
        }
        if (!errors.isEmpty()) {
            throw new org.zhuye.jobs.JobRuleException(errors);
        }
        return new Checked(t, trim(regionCode), k, online, from, to, v.isEmpty() ? null : v, new ArrayList<>(zoneSet),
                days, n.isEmpty() ? null : n);
    }

    record Checked(String title, String regionCode, FairKind kind, boolean online, LocalDate startsOn,
                   LocalDate endsOn, String venue, List<String> zones, int callbackDays, String note) {
    }

    private static LocalDate date(String text, String field, String label, Map<String, String> errors) {
        String s = trim(text);
        if (s.isEmpty()) {
            errors.put(field, "请填写" + label);
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须为日期（如 2026-05-20）");
            return null;
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
