package org.zhuye.employer.levy;

import java.util.List;

/**
 * 在职职工人数 as declared: either one number, or the 12 monthly headcounts whose average is then
 * rounded by the region's {@link HeadcountRounding}.
 *
 * @param staffCount the declared number, or null when monthly figures are given
 * @param monthly    the 12 monthly headcounts, or null when one number is given
 */
public record Headcount(Integer staffCount, List<Integer> monthly) {

    public Headcount {
        if ((staffCount == null) == (monthly == null)) {
            throw new IllegalArgumentException("在职职工人数：填报人数与12个月人数须二选一");
        }
        if (staffCount != null && staffCount < 1) {
            throw new IllegalArgumentException("在职职工人数应至少为1");
        }
        if (monthly != null) {
            monthly = List.copyOf(monthly);
            if (monthly.size() != 12 || monthly.stream().anyMatch(m -> m < 0)
                    || monthly.stream().mapToLong(Integer::longValue).sum() == 0) {
                throw new IllegalArgumentException("月度在职职工人数应为12个非负整数且不全为0");
            }
        }
    }

    public static Headcount of(int staffCount) {
        return new Headcount(staffCount, null);
    }

    public static Headcount monthly(List<Integer> monthly) {
        return new Headcount(null, monthly);
    }

    public boolean isMonthly() {
        return monthly != null;
    }

    /** The sum of the monthly headcounts, i.e. person-months; 12 × the number when one is declared. */
    public long personMonths() {
        return monthly == null ? 12L * staffCount : monthly.stream().mapToLong(Integer::longValue).sum();
    }
}
