package org.zhuye.employer.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/** A levy payment's words for its history; a payment is read under its unit's name and opens the unit's 缴纳情况. */
@Component
class PaymentVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = Map.of(
            "employer", "用人单位",
            "levyYear", "所属年度",
            "amount", "实缴金额（元）",
            "paidOn", "入库日期",
            "voucherNo", "完税凭证号",
            "source", "来源",
            "voided", "已作废");

    private final PaymentRepository payments;

    PaymentVocabulary(PaymentRepository payments) {
        super("levy_payment", "残保金缴纳", LABELS);
        this.payments = payments;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        if ("source".equals(field)) {
            try {
                return Optional.of(PaymentSource.valueOf(value).label());
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
        if ("voided".equals(field)) {
            return Optional.of("true".equals(value) ? "是" : "否");
        }
        return Optional.empty();
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("employer", "levyYear", "amount", "paidOn", "voucherNo", "source", "voided");
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return payments.find(Long.parseLong(id), jurisdiction)
                    .map(p -> new Reference(p.employerName() + " " + p.levyYear() + "年度残保金 " + p.voucherNo(),
                            "/employers/" + p.employerId() + "/payments"));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
