package org.zhuye.casework.demand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.casework.CaseworkCodes;

/**
 * The job demand form as typed: up to three desired occupations (大类 or 中类 codes), places
 * (region codes), hours, expected monthly wage, accommodation needs, wishes for training or a business.
 */
public record DemandInput(List<String> occupations, List<String> places, String hours, String expectedWage,
                          List<String> accommodations, String accommodationNote, String wantsTraining,
                          String wantsBusiness) {

    static final String HOURS = "work_hours";
    static final String ACCOMMODATION = "accommodation";
    static final int MAX_OCCUPATIONS = 3;
    static final BigDecimal MAX_WAGE = new BigDecimal("100000");

    public static DemandInput blank() {
        return new DemandInput(List.of(), List.of(), null, null, List.of(), null, null, null);
    }

    /** The form as posted (field name → values), as self-registration receives it. */
    static DemandInput from(Map<String, List<String>> form) {
        return new DemandInput(form.getOrDefault("occupations", List.of()), form.getOrDefault("places", List.of()),
                first(form, "hours"), first(form, "expectedWage"), form.getOrDefault("accommodations", List.of()),
                first(form, "accommodationNote"), first(form, "wantsTraining"), first(form, "wantsBusiness"));
    }

    /** A saved demand as answers to start from, when the person updates it. */
    static DemandInput of(Demand.Fields fields) {
        return new DemandInput(fields.occupations(), fields.places(), fields.hours(),
                fields.expectedWage() == null ? null : fields.expectedWage().stripTrailingZeros().toPlainString(), fields.accommodations(),
                fields.accommodationNote(), String.valueOf(fields.wantsTraining()), String.valueOf(fields.wantsBusiness()));
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The n-th chosen occupation (for the form's selects), empty if none. */
    public String occupation(int n) {
        List<String> chosen = nonBlank(occupations);
        return n < chosen.size() ? chosen.get(n) : "";
    }

    public boolean hasPlace(String code) {
        return places != null && places.contains(code);
    }

    public boolean hasAccommodation(String code) {
        return accommodations != null && accommodations.contains(code);
    }

    /** Field checks that need no database beyond the code lists; places are checked against the regions by the caller. */
    public Validated validate(CaseworkCodes codes, OccupationClasses occupationClasses) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> chosen = new ArrayList<>();
        for (String code : nonBlank(occupations)) {
            if (!occupationClasses.known(code)) {
                errors.put("occupations", "职业分类大典中没有这个大类或中类代码：" + code);
            } else if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        if (chosen.isEmpty() && !errors.containsKey("occupations")) {
            errors.put("occupations", "请至少选择一个意向职业（职业分类大典的大类或中类）");
        } else if (chosen.size() > MAX_OCCUPATIONS) {
            errors.put("occupations", "意向职业最多选择" + MAX_OCCUPATIONS + "个");
        }
        List<String> placeCodes = nonBlank(places).stream().distinct().toList();
        if (placeCodes.isEmpty()) {
            errors.put("places", "请至少选择一个意向工作地点");
        }
        if (hours == null || !codes.offers(HOURS, hours.strip())) {
            errors.put("hours", "请选择工作时间：全日制、非全日制或灵活安排");
        }
        BigDecimal wage = null;
        if (expectedWage != null && !expectedWage.isBlank()) {
            try {
                wage = new BigDecimal(expectedWage.strip().replace(",", ""));
                if (wage.signum() < 0 || wage.compareTo(MAX_WAGE) > 0 || wage.scale() > 2) {
                    errors.put("expectedWage", "期望月工资须为0到100000之间的金额（元，最多两位小数）");
                }
            } catch (NumberFormatException e) {
                errors.put("expectedWage", "期望月工资须为数字（元），例如 2500");
            }
        }
        List<String> needs = new ArrayList<>();
        for (String code : nonBlank(accommodations)) {
            if (!codes.offers(ACCOMMODATION, code)) {
                errors.put("accommodations", "没有这项无障碍或合理便利需求：" + code);
            } else if (!needs.contains(code)) {
                needs.add(code);
            }
        }
        String note = accommodationNote == null || accommodationNote.isBlank() ? null : accommodationNote.strip();
        if (note != null && note.length() > 500) {
            errors.put("accommodationNote", "其他需求说明不超过500个字");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new Demand.Fields(chosen, placeCodes, hours.strip(), wage, needs, note,
                yes(wantsTraining), yes(wantsBusiness)), Map.of());
    }

    private static boolean yes(String text) {
        return text != null && (text.equals("true") || text.equals("on") || text.equals("是"));
    }

    private static List<String> nonBlank(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    public record Validated(Demand.Fields fields, Map<String, String> errors) {
    }
}
