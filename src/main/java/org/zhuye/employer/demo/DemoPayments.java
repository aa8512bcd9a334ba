package org.zhuye.employer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.payment.PaymentInput;
import org.zhuye.employer.payment.Payments;

/**
 * The tax bureau's feedback on the demo's confirmed declarations, recorded through {@link Payments} as staff would
 * type it: most units pay in full (some in two instalments), some partly, a few not at all, and one mistaken entry
 * is voided with its reason — so 缴纳情况 and levy_collected show owing, settled and voided cases. Payment days fall
 * in the second half of the levy year (the season after the review), never after today.
 */
final class DemoPayments {

    private record Due(long employerId, String regionCode, int year, BigDecimal due) {
    }

    private final Payments payments;
    private final JdbcClient jdbc;
    private final SplittableRandom random;
    private int vouchers;
    private boolean voidedOne;

    DemoPayments(Payments payments, JdbcClient jdbc, long seed) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.random = new SplittableRandom(seed * 31 + 7);
    }

    /** Pays the confirmed declarations with a levy due of units under {@code area}; returns how many payments stand. */
    int pay(String area, UserAccount staff) {
        List<Due> dues = jdbc.sql("""
                        SELECT d.employer_id, e.region_code, d.year, d.result_due FROM quota_declaration d
                        JOIN employer e ON e.id = d.employer_id
                        WHERE d.status = 'CONFIRMED' AND d.result_due > 0 AND e.region_code LIKE ? ORDER BY d.id""")
                .param(area + "%")
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4))).list();
        LocalDate today = LocalDate.now();
        int standing = 0;
        for (Due due : dues) {
            LocalDate from = LocalDate.of(due.year(), 7, 1);
            LocalDate to = LocalDate.of(due.year(), 12, 31).isBefore(today) ? LocalDate.of(due.year(), 12, 31) : today;
            if (from.isAfter(to)) {
                continue;
            }
            double draw = random.nextDouble();
            if (draw < 0.12) {
                continue;
            }
            BigDecimal amount = draw < 0.30
                    ? due.due().multiply(BigDecimal.valueOf(40 + random.nextInt(41))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                    : due.due();
            if (!voidedOne) {
                // A typing mistake the tax bureau's next feedback corrected: kept, voided, with the reason.
                long wrong = record(due, amount.multiply(BigDecimal.TEN), day(from, to), staff);
                payments.voidPayment(wrong, "金额多录一位，已按税务机关更正后的反馈重新登记", staff, staff.jurisdiction());
                voidedOne = true;
            }
            if (draw > 0.85 && amount.compareTo(BigDecimal.valueOf(1000)) > 0) {
                BigDecimal first = amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                LocalDate firstDay = day(from, to);
                record(due, first, firstDay, staff);
                record(due, amount.subtract(first), day(firstDay, to), staff);
                standing += 2;
            } else {
                record(due, amount, day(from, to), staff);
                standing++;
            }
        }
        return standing;
    }

    private long record(Due due, BigDecimal amount, LocalDate day, UserAccount staff) {
        String voucher = String.format("3%s%02d%08d", due.regionCode().substring(0, 6), due.year() % 100, ++vouchers);
        return payments.record(due.employerId(), new PaymentInput(String.valueOf(due.year()), amount.toPlainString(),
                day.toString(), voucher), staff, staff.jurisdiction());
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }
}
