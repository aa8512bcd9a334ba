package org.zhuye.jobs.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * A work profile as a form or the API posts it: text as typed, checked by {@link #validate}, which
 * names every problem at its field in Chinese. Field names are the API's JSON keys.
 */
public record WorkProfileInput(String eyesight, String bothHands, String handWork, String lifting,
                               String standingWalking, String listeningTalking, List<String> needs,
                               List<String> workModes, String hoursPerWeekMax, String travelRange,
                               String wageExpectation, List<String> occupationCodes, String noRecommendation,
                               String wantsChange, String validFrom, String assessmentServiceId) {

    /** 大典 codes as casework's demand form keeps them: 大类 "4", 中类 "4-07", 小类 "4-07-02", 细类 "4-07-02-01". */
    static final String OCCUPATION_CODE = "\\d(-\\d{2}){0,3}";
    static final int MAX_OCCUPATIONS = 3;

    public String capability(WorkDemand demand) {
        return switch (demand) {
            case EYESIGHT -> eyesight;
            case BOTH_HANDS -> bothHands;
            case HAND_WORK -> handWork;
            case LIFTING -> lifting;
            case STANDING_WALKING -> standingWalking;
            case LISTENING_TALKING -> listeningTalking;
        };
    }

    public boolean needs(String code) {
        return needs != null && needs.contains(code);
    }

    public boolean accepts(String mode) {
        return workModes != null && workModes.contains(mode);
    }

    public String occupation(int index) {
        return occupationCodes != null && occupationCodes.size() > index ? occupationCodes.get(index) : "";
    }

    public boolean flag(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    /** The checked values; throws {@link JobRuleException} naming every problem. */
    public Valid validate(LocalDate today, LocalDate currentValidFrom) {
        Map<String, String> errors = new LinkedHashMap<>();
        int[] levels = new int[WorkDemand.values().length];
        for (WorkDemand demand : WorkDemand.values()) {
            String text = capability(demand);
            if (text == null || !text.strip().matches("[0-3]")) {
                errors.put(demand.key(), "请选择“" + demand.label() + "”的能力（0–3 级：" + String.join("、", demand.levels()) + "）");
            } else {
                levels[demand.ordinal()] = Integer.parseInt(text.strip());
            }
        }
        Set<WorkplaceFeature> needed = EnumSet.noneOf(WorkplaceFeature.class);
        for (String code : nonBlank(needs)) {
            WorkplaceFeature.parse(code).ifPresentOrElse(needed::add,
                    () -> errors.put("needs", "需要的支持“" + code + "”不是可选项"));
        }
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        for (String code : nonBlank(workModes)) {
            WorkMode.parse(code).ifPresentOrElse(modes::add,
                    () -> errors.put("workModes", "工作方式“" + code + "”不是可选项"));
        }
        if (modes.isEmpty() && !errors.containsKey("workModes")) {
            errors.put("workModes", "请至少选择一种可接受的工作方式");
        }
        Integer hours = wholeNumber(hoursPerWeekMax);
        if (hours == null || hours < 1 || hours > 84) {
            errors.put("hoursPerWeekMax", "每周最多工作小时数须为 1 到 84 的整数");
        }
        TravelRange range = travelRange == null ? null : TravelRange.parse(travelRange.strip()).orElse(null);
        if (range == null) {
            errors.put("travelRange", "请选择能到达的工作地点范围");
        }
        Integer wage = null;
        if (wageExpectation != null && !wageExpectation.isBlank()) {
            wage = wholeNumber(wageExpectation);
            if (wage == null || wage < 0 || wage > 100_000) {
                errors.put("wageExpectation", "期望月工资须为 0 到 100000 的整数（元），不填表示不限");
                wage = null;
            }
        }
        List<String> codes = new ArrayList<>();
        for (String code : nonBlank(occupationCodes)) {
            if (!code.matches(OCCUPATION_CODE)) {
                errors.put("occupationCodes", "意向职业“" + code + "”不是职业分类大典的代码（如 4、4-07 或 4-07-02-01）");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() > MAX_OCCUPATIONS) {
            errors.put("occupationCodes", "意向职业最多填 " + MAX_OCCUPATIONS + " 个");
        }
        LocalDate from = today;
        if (validFrom != null && !validFrom.isBlank()) {
            try {
                from = LocalDate.parse(validFrom.strip());
                if (from.isAfter(today)) {
                    errors.put("validFrom", "生效日期不能晚于今天");
                } else if (currentValidFrom != null && from.isBefore(currentValidFrom)) {
                    errors.put("validFrom", "生效日期不能早于现行档案的生效日期 " + currentValidFrom);
                }
            } catch (DateTimeParseException e) {
                errors.put("validFrom", "生效日期须为 年-月-日，如 2026-05-01");
            }
        }
        Long assessment = null;
        if (assessmentServiceId != null && !assessmentServiceId.isBlank()) {
            try {
                assessment = Long.parseLong(assessmentServiceId.strip());
            } catch (NumberFormatException e) {
                errors.put("assessmentServiceId", "评估记录编号须为整数");
            }
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        return new Valid(from, WorkDemands.of(levels), needed, modes, hours, range, wage, List.copyOf(codes),
                flag(noRecommendation), flag(wantsChange), assessment);
    }

    /** Checked values, ready to store. */
    public record Valid(LocalDate validFrom, WorkDemands capabilities, Set<WorkplaceFeature> needs, Set<WorkMode> workModes,
                        int hoursPerWeekMax, TravelRange travelRange, Integer wageExpectation, List<String> occupationCodes,
                        boolean noRecommendation, boolean wantsChange, Long assessmentServiceId) {
    }

    /** The form prefilled from a stored profile (the new row starts today). */
    public static WorkProfileInput of(WorkProfile p) {
        int[] c = p.capabilities().toArray();
        return new WorkProfileInput(s(c[0]), s(c[1]), s(c[2]), s(c[3]), s(c[4]), s(c[5]),
                p.needs().stream().map(Enum::name).toList(), p.workModes().stream().map(Enum::name).toList(),
                s(p.hoursPerWeekMax()), p.travelRange().name(),
                p.wageExpectation() == null ? "" : s(p.wageExpectation()), p.occupationCodes(),
                String.valueOf(p.noRecommendation()), String.valueOf(p.wantsChange()), "",
                p.assessmentServiceId() == null ? "" : s(p.assessmentServiceId()));
    }

    private static String s(long value) {
        return String.valueOf(value);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Integer wholeNumber(String text) {
        if (text == null || !text.strip().matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }
}
