package org.zhuye.monitoring.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;

/** A target's history in words: 指标 by its name, 期间 as printed on forms (2022—2024年), 目标值, 依据. */
@Component
class TargetVocabulary extends FieldVocabulary {

    private final Indicators indicators;

    TargetVocabulary(Indicators indicators) {
        super(Targets.OBJECT_TYPE, "目标", Map.of("indicator", "指标", "period", "期间", "value", "目标值", "source", "依据"));
        this.indicators = indicators;
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("indicator", "period", "value", "source");
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "indicator" -> indicators.find(value).map(Indicator::name);
            case "period" -> ReportingPeriod.parse(value).map(ReportingPeriod::label);
            default -> Optional.empty();
        };
    }
}
