package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerAccess;
import org.zhuye.employer.EmployerNotFoundException;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.region.Jurisdiction;

/**
 * 残保金征收入库: recording what the tax bureau reports as paid, voiding a mistaken record, and each levy year's
 * balance against the confirmed declaration. Who writes is who reviews declarations — STAFF and ADMIN of the unit's
 * area (the 残疾人就业服务机构 that audits and confirms, IM 办法 Art. 7); VIEWER and GRASSROOTS read; an EMPLOYER account
 * reads its own unit's. Every change is audited in its transaction.
 */
@Service
public class Payments {

    private final PaymentRepository payments;
    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final AuditTrail audit;

    Payments(PaymentRepository payments, EmployerRepository employers, EmployerAccess access, AuditTrail audit) {
        this.payments = payments;
        this.employers = employers;
        this.access = access;
        this.audit = audit;
    }

    public static boolean mayWrite(UserAccount user) {
        return EmployerAccess.mayEdit(user);
    }

    /** Records one payment of a unit in the caller's jurisdiction; the voucher may stand only once per unit. */
    @Transactional
    public long record(long employerId, PaymentInput input, UserAccount user, Jurisdiction jurisdiction) {
        requireWrite(user);
        Employer employer = employers.find(employerId, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(employerId));
        return store(employer, input.validate(LocalDate.now()), PaymentSource.TYPED, null);
    }

    /** Saves a checked payment and its audit entry; {@code detail} says where it came from when not typed. */
    long store(Employer employer, PaymentData data, PaymentSource source, String detail) {
        long id;
        // The partial unique index (one standing voucher per unit) is the check: a second read before it would
        // only repeat it, once per row of an import.
        try {
            id = payments.insert(employer.id(), data, source, AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw duplicate(data.voucherNo());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("employer", employer.name());
        after.put("levyYear", data.levyYear());
        after.put("amount", data.amount().toPlainString());
        after.put("paidOn", data.paidOn().toString());
        after.put("voucherNo", data.voucherNo());
        after.put("source", source.name());
        AuditEntry entry = AuditEntry.of(AuditAction.LEVY_PAYMENT_RECORDED, "levy_payment", String.valueOf(id),
                employer.regionCode()).withChange(null, after);
        audit.record(detail == null ? entry : entry.withDetail(detail));
        return id;
    }

    /** Voids a standing payment with the reason; it stays listed, struck out of every sum. */
    @Transactional
    public void voidPayment(long id, String reason, UserAccount user, Jurisdiction jurisdiction) {
        requireWrite(user);
        LevyPayment payment = payments.find(id, jurisdiction).orElseThrow(() -> new PaymentNotFoundException(id));
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw EmployerRuleException.of("reason", "请填写作废原因（不超过500字），如“凭证号录入错误”");
        }
        if (payment.voided() || !payments.markVoided(id, AuditTrail.currentActor(), text)) {
            throw new PaymentStateException("此缴纳记录已作废，请刷新后查看");
        }
        audit.record(AuditEntry.of(AuditAction.LEVY_PAYMENT_VOIDED, "levy_payment", String.valueOf(id), payment.regionCode())
                .withChange(Map.of("voided", false), Map.of("voided", true)).withDetail(text));
    }

    /** A unit's payments and each levy year's balance, as the caller may see them (404 for a unit they may not). */
    @Transactional(readOnly = true)
    public PaymentStatement statement(long employerId, UserAccount user, Jurisdiction jurisdiction) {
        Employer employer = access.visible(employerId, user, jurisdiction);
        // Access is decided: the unit's rows are read in its own area (an EMPLOYER account's jurisdiction may differ).
        Jurisdiction area = Jurisdiction.of(employer.regionCode());
        List<LevyPayment> list = payments.findFor(employerId, area);
        return new PaymentStatement(employer, balances(payments.dueByYear(employerId, area), list), list, mayWrite(user));
    }

    /** One balance per year with a confirmed declaration or a payment, newest first. */
    static List<PaymentBalance> balances(Map<Integer, BigDecimal> dueByYear, List<LevyPayment> list) {
        Map<Integer, BigDecimal> paid = new TreeMap<>(java.util.Comparator.reverseOrder());
        dueByYear.keySet().forEach(year -> paid.put(year, BigDecimal.ZERO.setScale(2)));
        for (LevyPayment p : list) {
            BigDecimal sum = paid.getOrDefault(p.levyYear(), BigDecimal.ZERO.setScale(2));
            paid.put(p.levyYear(), p.voided() ? sum : sum.add(p.amount()));
        }
        List<PaymentBalance> balances = new ArrayList<>();
        paid.forEach((year, sum) -> balances.add(new PaymentBalance(year, dueByYear.get(year), sum)));
        return balances;
    }

    static void requireWrite(UserAccount user) {
        if (!mayWrite(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员和系统管理员可以登记或作废残保金缴纳记录");
        }
    }

    private static EmployerRuleException duplicate(String voucher) {
        return EmployerRuleException.of("voucherNo", "完税凭证号 " + voucher + " 已登记在本单位名下，同一凭证不能重复登记");
    }
}
