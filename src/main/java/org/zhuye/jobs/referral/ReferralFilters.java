package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.jobs.JobRuleException;
import org.zhuye.region.RegionCode;

/** Reads the board's and the API's filter parameters, naming each one that cannot be read. */
final class ReferralFilters {

    private ReferralFilters() {
    }

    static ReferralFilter parse(String region, Long postingId, Long personId, String source, String status,
                                String from, String to, ReferralActor viewer) {
        return parse(region, postingId, personId, source, status, from, to, null, viewer);
    }

    static ReferralFilter parse(String region, Long postingId, Long personId, String source, String status,
                                String from, String to, String waiting, ReferralActor viewer) {
        Map<String, String> errors = new LinkedHashMap<>();
        String regionCode = null;
        if (region != null && !region.isBlank()) {
            RegionCode code = RegionCode.parse(region).orElse(null);
            if (code == null) {
                errors.put("region", "地区须为区划代码");
            } else if (viewer.kind() == ReferralActor.Kind.STAFF && !viewer.jurisdiction().contains(code)) {
                errors.put("region", "地区不在您的管辖范围内");
            } else {
                regionCode = code.value();
            }
        }
        ReferralSource parsedSource = null;
        if (source != null && !source.isBlank()) {
            try {
                parsedSource = ReferralSource.valueOf(source.strip());
            } catch (IllegalArgumentException e) {
                errors.put("source", "来源须为 STAFF、APPLIED 或 FAIR");
            }
        }
        ReferralStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            parsedStatus = StepInput.parseStatus(status).orElse(null);
            if (parsedStatus == null) {
                errors.put("status", "状态须为 REFERRED、DELIVERED、INTERVIEW、HIRED、REJECTED 或 DECLINED");
            }
        }
        ReferralFilter.Waiting parsedWaiting = null;
        if (waiting != null && !waiting.isBlank()) {
            try {
                parsedWaiting = ReferralFilter.Waiting.valueOf(waiting.strip());
            } catch (IllegalArgumentException e) {
                errors.put("waiting", "等待条件须为 ANSWER 或 STALE");
            }
        }
        LocalDate fromDay = ReferralPeriod.date(from, "from", "开始日期", errors);
        LocalDate toDay = ReferralPeriod.date(to, "to", "结束日期", errors);
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        return new ReferralFilter(regionCode, postingId, personId, parsedSource, parsedStatus, fromDay, toDay, parsedWaiting);
    }
}
