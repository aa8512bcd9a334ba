package org.zhuye.jobs.referral;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/**
 * The referral's words in a person's history (推介 and its steps are recorded on the person, beside the
 * registry's and casework's lines). Its field names carry a {@code referral} prefix where the registry
 * has a field of the same name (its 未就业主要原因 is {@code reason}).
 */
@Component
class ReferralVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = Map.of(
            "referralId", "推介编号",
            "postingId", "岗位编号",
            "referralSource", "推介来源",
            "referralStatus", "推介进展",
            "referredOn", "推介日期",
            "referralStatusOn", "进展日期",
            "referralReason", "未录用原因",
            "caseworkServiceId", "录用时登记的就业服务编号");

    ReferralVocabulary() {
        super("person", null, LABELS);
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "referralStatus" -> Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(value))
                    .findFirst().map(ReferralStatus::label);
            case "referralSource" -> Arrays.stream(ReferralSource.values()).filter(s -> s.name().equals(value))
                    .findFirst().map(ReferralSource::label);
            default -> Optional.empty();
        };
    }
}
