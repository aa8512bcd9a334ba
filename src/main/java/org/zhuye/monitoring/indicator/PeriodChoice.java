package org.zhuye.monitoring.indicator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * The region and period a request names, as the indicator pages and the API read them: {@code region} a code
 * or its significant prefix ({@code 15}, {@code 1501}; default the user's jurisdiction), and either
 * {@code period} ({@code 2024}, {@code 2024Q3}, {@code 2024-03}, {@code 2022-2024}) or {@code from}/{@code to}
 * (ISO dates; default this year). Every problem is reported at once, keyed by the parameter.
 */
record PeriodChoice(RegionCode region, ReportingPeriod period) {

    static PeriodChoice read(String region, String period, String from, String to, Jurisdiction jurisdiction, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        RegionCode code = jurisdiction.root();
        if (region != null && !region.isBlank()) {
            Optional<RegionCode> parsed = RegionCode.parse(region);
            if (parsed.isEmpty()) {
                errors.put("region", "地区（region）须为2、4、6、9或12位区划代码，例如 15（全区）、1501（呼和浩特市）：" + region.strip());
            } else {
                code = parsed.get();
            }
        }
        ReportingPeriod chosen = ReportingPeriod.year(today.getYear());
        boolean named = period != null && !period.isBlank();
        boolean dated = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
        if (named && dated) {
            errors.put("period", "统计期（period）与起止日期（from、to）只填一种");
        } else if (named) {
            Optional<ReportingPeriod> parsed = ReportingPeriod.parse(period);
            if (parsed.isEmpty()) {
                errors.put("period", "统计期（period）须写作 2024（年）、2024Q3（季度）、2024-03（月）或 2022-2024（多年）：" + period.strip());
            } else {
                chosen = parsed.get();
            }
        } else if (dated) {
            Optional<ReportingPeriod> parsed = ReportingPeriod.between(from, to);
            if (parsed.isEmpty()) {
                errors.put("from", "起始日期（from）和截止日期（to）须都填写，格式为“年-月-日”，且截止日期不早于起始日期");
            } else {
                chosen = parsed.get();
            }
        }
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        return new PeriodChoice(code, chosen);
    }
}
