package org.zhuye.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: both days inclusive. Made from a month ({@code 2024-03}), a quarter ({@code 2024Q3}),
 * a year ({@code 2024}), a plan of years ({@code 2022-2024}) or any from–to; the label is the one used on
 * the federation's forms.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[Qq]([1-4])");
    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

    public ReportingPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("统计期的起止日期都要填");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("统计期的截止日期早于起始日期");
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportingPeriod years(int first, int last) {
        return new ReportingPeriod(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("季度只有 1–4");
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The quarter a day falls in. */
    public static ReportingPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    /**
     * A period named the short way ({@code 2024}, {@code 2022-2024}, {@code 2024Q3}, {@code 2024-03}), or
     * empty when the text is none of these.
     */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = YEARS.matcher(t)).matches() && Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1))) {
                return Optional.of(years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A from–to period from request parameters (ISO dates); empty when either is missing or unreadable. */
    public static Optional<ReportingPeriod> between(String from, String to) {
        try {
            return Optional.of(new ReportingPeriod(LocalDate.parse(from.strip()), LocalDate.parse(to.strip())));
        } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(ReportingPeriod other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The part of this period up to and including {@code asOf}; empty when the period has not begun. */
    public Optional<ReportingPeriod> upTo(LocalDate asOf) {
        if (asOf.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new ReportingPeriod(from, asOf.isBefore(to) ? asOf : to));
    }

    /**
     * 时序进度: the share of the period's days elapsed by the end of {@code asOf}, from 0 (not begun) to 1
     * (over). 30 September is 273/365 of a common year.
     */
    public double elapsedShare(LocalDate asOf) {
        if (asOf.isBefore(from)) {
            return 0;
        }
        if (!asOf.isBefore(to)) {
            return 1;
        }
        return (double) (ChronoUnit.DAYS.between(from, asOf) + 1) / days();
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<ReportingPeriod> months() {
        List<ReportingPeriod> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months.add(new ReportingPeriod(first, last));
        }
        return months;
    }

    /** The short name that {@link #parse} reads back, or {@code from~to} in ISO dates for any other span. */
    public String key() {
        if (isWholeYears()) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "-" + to.getYear();
        }
        if (isWholeMonths() && YearMonth.from(from).equals(YearMonth.from(to))) {
            return YearMonth.from(from).toString();
        }
        if (isWholeMonths() && from.getMonthValue() % 3 == 1 && YearMonth.from(from).plusMonths(2).equals(YearMonth.from(to))) {
            return from.getYear() + "Q" + (from.getMonthValue() + 2) / 3;
        }
        return from + "~" + to;
    }

    /** The name printed on forms: 2024年, 2022—2024年, 2024年第三季度, 2024年3月, 2024年1月1日至9月30日. */
    public String label() {
        String key = key();
        if (key.matches("\\d{4}")) {
            return key + "年";
        }
        if (key.matches("\\d{4}-\\d{4}")) {
            return from.getYear() + "—" + to.getYear() + "年";
        }
        if (key.matches("\\d{4}Q\\d")) {
            return from.getYear() + "年第" + QUARTER_NAMES[(from.getMonthValue() - 1) / 3] + "季度";
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            return from.getYear() + "年" + from.getMonthValue() + "月";
        }
        String end = to.getYear() == from.getYear() ? to.getMonthValue() + "月" + to.getDayOfMonth() + "日"
                : to.getYear() + "年" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        return from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日至" + end;
    }

    private boolean isWholeYears() {
        return from.getDayOfYear() == 1 && to.equals(LocalDate.of(to.getYear(), 12, 31));
    }

    private boolean isWholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }
}
