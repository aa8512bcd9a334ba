package org.zhuye.employer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhuye.employer.payment.PaymentRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * The levy collected (残保金征收入库) as statistics count it: standing payments — voided ones left out — whose 入库日期
 * falls in a period, of units registered in a region inside the caller's jurisdiction, placed by the unit's region.
 * The same rows as the payments page lists, so a figure and its records cannot disagree.
 */
@Service
@JurisdictionScoped
public class LevyCollections {

    /** One payment: its unit, levy year, day and amount in fen. */
    public record Collected(long paymentId, long employerId, String name, String regionCode, int levyYear, LocalDate paidOn,
                            long amountFen, String voucherNo) {
    }

    private final PaymentRepository payments;

    LevyCollections(PaymentRepository payments) {
        this.payments = payments;
    }

    /** Payments that reached the treasury from {@code from} to {@code to} (inclusive), by region, day and id. */
    public List<Collected> listCollected(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return payments.findPaidBetween(from, to, region.significantPrefix() + "%", jurisdiction).stream()
                .map(p -> new Collected(p.id(), p.employerId(), p.employerName(), p.regionCode(), p.levyYear(), p.paidOn(),
                        p.amount().movePointRight(2).longValueExact(), p.voucherNo()))
                .toList();
    }
}
