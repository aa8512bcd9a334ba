package org.zhuye.jobs.fair;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/** The words of a fair's history (object type {@value #TYPE}): its form's fields, kinds and the units and postings added. */
@Component
class FairVocabulary extends FieldVocabulary {

    static final String TYPE = "job_fair";

    private final FairRepository fairs;

    FairVocabulary(FairRepository fairs) {
        super(TYPE, "招聘会", Map.ofEntries(
                Map.entry("title", "名称"), Map.entry("regionCode", "主办地区"), Map.entry("kind", "类型"),
                Map.entry("online", "线上举办"), Map.entry("startsOn", "开始日期"), Map.entry("endsOn", "结束日期"),
                Map.entry("venue", "地点"), Map.entry("zones", "展区"), Map.entry("callbackDays", "回访天数"),
                Map.entry("note", "备注"), Map.entry("employerId", "参会单位"), Map.entry("zone", "展区"),
                Map.entry("booth", "展位"), Map.entry("postingId", "岗位编号"), Map.entry("postingTitle", "岗位")));
        this.fairs = fairs;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        if ("kind".equals(field)) {
            return FairKind.parse(value).map(FairKind::label);
        }
        return Optional.empty();
    }

    @Override
    public List<String> fieldOrder() {
        return List.of("title", "regionCode", "kind", "online", "startsOn", "endsOn", "venue", "zones", "callbackDays",
                "note", "employerId", "zone", "booth", "postingId", "postingTitle");
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "employerId".equals(field) ? Optional.of("employer") : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return fairs.find(Long.parseLong(id), jurisdiction)
                    .map(f -> new Reference(f.title(), "/job-fairs/" + f.id()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
