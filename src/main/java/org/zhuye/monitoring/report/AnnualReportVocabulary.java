package org.zhuye.monitoring.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/** An annual report's history in words: its state by name, the narrative's labels, the comment of a return or unlock. */
@Component
class AnnualReportVocabulary extends FieldVocabulary {

    private final AnnualReportStore store;
    private final AnnualReports reports;

    AnnualReportVocabulary(AnnualReportStore store, AnnualReports reports) {
        super(AnnualReports.OBJECT_TYPE, "年度报告", Map.of("year", "年度", "state", "状态", "comment", "意见或理由",
                "measures", "主要措施", "problems", "存在问题", "plans", "下步打算"));
        this.store = store;
        this.reports = reports;
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("year", "state", "comment", "measures", "problems", "plans");
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return "state".equals(field)
                ? Arrays.stream(ReportState.values()).filter(s -> s.name().equals(value)).findFirst().map(ReportState::label)
                : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return store.find(Long.parseLong(id)).filter(r -> jurisdiction.contains(RegionCode.of(r.regionCode())))
                    .map(r -> new Reference(reports.regionName(r.regionCode()) + r.year() + "年度报告", "/annual-reports/" + r.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
