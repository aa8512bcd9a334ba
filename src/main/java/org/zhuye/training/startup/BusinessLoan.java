package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A loan of a business and its 贷款贴息 as computed when recorded (by loan year, year 1 first). */
public record BusinessLoan(long id, long businessId, String bank, BigDecimal amount, BigDecimal annualRate,
                           int termMonths, LocalDate startedOn, BigDecimal interestTotal, BigDecimal subsidyTotal,
                           List<BigDecimal> subsidyByYear, String basis, String recordedBy) {
}
