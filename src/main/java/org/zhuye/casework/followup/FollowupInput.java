package org.zhuye.casework.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A follow-up as typed: which mark, when, by whom, still employed, weekly hours, monthly income, problems, and
 * for one who has left the job the day they left (离岗日期), which becomes the registry's dated move out of work.
 */
public record FollowupInput(String month, String followedOn, String followedBy, String stillEmployed, String weeklyHours,
                            String monthlyIncome, String problems, String leftOn) {

    public FollowupInput(String month, String followedOn, String followedBy, String stillEmployed, String weeklyHours,
                         String monthlyIncome, String problems) {
        this(month, followedOn, followedBy, stillEmployed, weeklyHours, monthlyIncome, problems, null);
    }

    public static FollowupInput blank(int month, LocalDate today, String staff) {
        return new FollowupInput(String.valueOf(month), today.toString(), staff, null, null, null, null, null);
    }

    /** Every problem at once; {@code placedOn} is the day the job started. */
    public Validated validate(LocalDate placedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer mark = null;
        try {
            mark = Integer.valueOf(month == null ? "" : month.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (mark == null || !FollowupSchedule.MONTHS.contains(mark)) {
            errors.put("month", "回访节点须为就业后第1、3、6或12个月");
            mark = null;
        }
        LocalDate date = null;
        if (followedOn == null || followedOn.isBlank()) {
            errors.put("followedOn", "请填写回访日期");
        } else {
            try {
                date = LocalDate.parse(followedOn.strip().replace('/', '-'));
                if (date.isAfter(today)) {
                    errors.put("followedOn", "回访日期不能晚于今天（" + today + "）");
                } else if (mark != null && date.isBefore(FollowupSchedule.openFrom(placedOn, mark))) {
                    errors.put("followedOn", "第" + mark + "个月回访应在 " + FollowupSchedule.dueOn(placedOn, mark)
                            + " 前后进行，最早 " + FollowupSchedule.openFrom(placedOn, mark));
                }
            } catch (DateTimeParseException e) {
                errors.put("followedOn", "回访日期须写作 YYYY-MM-DD，例如 " + today);
            }
        }
        if (followedBy == null || followedBy.isBlank()) {
            errors.put("followedBy", "请填写回访人员");
        } else if (followedBy.strip().length() > 50) {
            errors.put("followedBy", "回访人员姓名不超过50个字");
        }
        Boolean employed = "true".equals(stillEmployed) ? Boolean.TRUE : "false".equals(stillEmployed) ? Boolean.FALSE : null;
        if (employed == null) {
            errors.put("stillEmployed", "请选择是否仍在岗");
        }
        Integer hours = null;
        if (weeklyHours != null && !weeklyHours.isBlank()) {
            try {
                hours = Integer.valueOf(weeklyHours.strip());
                if (hours < 0 || hours > 84) {
                    errors.put("weeklyHours", "每周工作时间须在0到84小时之间");
                }
            } catch (NumberFormatException e) {
                errors.put("weeklyHours", "每周工作时间须为整数小时，例如 40");
            }
        }
        if (Boolean.TRUE.equals(employed) && hours == null && !errors.containsKey("weeklyHours")) {
            errors.put("weeklyHours", "仍在岗时请填写每周工作时间（小时）");
        }
        if (Boolean.FALSE.equals(employed) && hours != null) {
            errors.put("weeklyHours", "已不在岗时不填写工作时间");
        }
        BigDecimal income = null;
        if (monthlyIncome != null && !monthlyIncome.isBlank()) {
            try {
                income = new BigDecimal(monthlyIncome.strip().replace(",", ""));
                if (income.signum() < 0 || income.scale() > 2 || income.compareTo(new BigDecimal("100000")) > 0) {
                    errors.put("monthlyIncome", "月收入须为0到100000之间的金额（元，最多两位小数）");
                }
            } catch (NumberFormatException e) {
                errors.put("monthlyIncome", "月收入须为数字（元），例如 2600");
            }
        }
        LocalDate left = null;
        if (Boolean.FALSE.equals(employed)) {
            // Without the day they left, the registry would keep saying 已就业 and overstate the 就业率.
            try {
                left = leftOn == null || leftOn.isBlank() ? null : LocalDate.parse(leftOn.strip().replace('/', '-'));
                if (left == null) {
                    errors.put("leftOn", "已离岗时请填写离岗日期（不清楚具体日期时填回访日期）");
                } else if (left.isBefore(placedOn)) {
                    errors.put("leftOn", "离岗日期不能早于就业日期（" + placedOn + "）");
                } else if (date != null && left.isAfter(date)) {
                    errors.put("leftOn", "离岗日期不能晚于回访日期");
                }
            } catch (DateTimeParseException e) {
                errors.put("leftOn", "离岗日期须写作 YYYY-MM-DD，例如 " + today);
            }
        }
        String text = problems == null || problems.isBlank() ? null : problems.strip();
        if (text != null && text.length() > 1000) {
            errors.put("problems", "问题和困难不超过1000个字");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors, null);
        }
        return new Validated(new Followup(0, 0, mark, date, followedBy.strip(), employed, hours, income, text), Map.of(), left);
    }

    /** @param leftOn the day a person no longer in the job left it; null while still employed */
    public record Validated(Followup followup, Map<String, String> errors, LocalDate leftOn) {
    }
}
