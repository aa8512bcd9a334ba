package org.zhuye.monitoring.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.ReadBatch;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;
import org.zhuye.training.TrainingCompletions;

/**
 * 培训人次 and 培训人数, in total and by course kind, counted as the training figures page counts them
 * ({@link TrainingCompletions}): a completed enrolment (合格 or 不合格) dated by its result, by the trainee's
 * registered region. 人数 are distinct persons, so they add across regions (each person is registered once)
 * but not over periods or kinds.
 */
@Component
class TrainingSource implements IndicatorSource {

    static final Indicator PERSON_TIMES = Indicator.of("training_person_times", "残疾人培训人次", IndicatorUnit.PERSON_TIME,
            Aggregation.FLOW, "统计期内有结业结果（合格或不合格）的培训报名数，每人每班计一次，中途退出不计；按结业结果日期归期，"
                    + "按学员登记地（不按办班地）统计。", "培训");
    static final Indicator PERSONS = Indicator.of("training_persons", "残疾人培训人数", IndicatorUnit.PERSON,
            Aggregation.DISTINCT, "上述培训人次中的不重复人数：同一人期内结业多个班只计一人；各地区相加等于上级，各月、各类别相加不等于合计。",
            "培训");

    private final TrainingCompletions completions;

    TrainingSource(TrainingCompletions completions) {
        this.completions = completions;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        for (Indicator parent : List.of(PERSON_TIMES, PERSONS)) {
            all.add(parent);
            for (CourseKind kind : CourseKind.values()) {
                all.add(parent.part(kind.name().toLowerCase(Locale.ROOT), kind.label() + parent.name().substring(5),
                        "其中" + kind.label() + "：" + (parent == PERSONS ? "该类培训结业的不重复人数。" : "该类培训的结业人次。")));
            }
        }
        return all;
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        ToLongFunction<TrainingCompletions.Counts> value = code.startsWith(PERSONS.code())
                ? TrainingCompletions.Counts::persons : TrainingCompletions.Counts::personTimes;
        // One read of the period's completions serves 人次 and 人数 of every kind in a batch (the dashboard, a report).
        TrainingCompletions.Tally tally = ReadBatch.read(List.of("training", region, period.from(), period.to()),
                () -> completions.countEachKind(region, period.from(), period.to(), Jurisdiction.of(region.value())))
                .of(kindOf(code));
        List<RegionFigures.Child> children = new ArrayList<>();
        tally.children().forEach((child, counts) -> children.add(new RegionFigures.Child(child, Figure.count(value.applyAsLong(counts)))));
        return new RegionFigures(code, region.value(), period, Figure.count(value.applyAsLong(tally.total())), children);
    }

    /** 人次: every completed enrolment; 人数: each person once, on their first completion in the period. */
    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        List<TrainingCompletions.Completion> all = completions.list(region, period.from(), period.to(), kindOf(code),
                Jurisdiction.of(region.value()));
        if (code.startsWith(PERSONS.code())) {
            Set<Long> seen = new LinkedHashSet<>();
            all = all.stream().filter(c -> seen.add(c.personId())).toList();
        }
        List<RecordPage.Row> rows = all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit))
                .stream()
                .map(c -> new RecordPage.Row(c.personName() + "（" + c.certificateMasked() + "）", c.regionCode(), c.resultOn(),
                        c.kind().label() + "·" + c.courseTitle() + "（" + c.result().label() + "）",
                        "/persons/" + c.personId() + "/training", true))
                .toList();
        return new RecordPage(all.size(), rows);
    }

    private static CourseKind kindOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? null : CourseKind.valueOf(code.substring(dot + 1).toUpperCase(Locale.ROOT));
    }
}
