package org.zhuye.monitoring.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.zhuye.institution.InstitutionFigures;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.RowsByRegion;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 服务机构: institutions, the persons they serve and their ratings on the period's last day, through
 * {@link InstitutionFigures}, by the institution's region; parts by {@link InstitutionKind} and by grade.
 */
@Component
class InstitutionSource implements IndicatorSource {

    private static final String TOPIC = "机构";

    static final Indicator INSTITUTIONS = Indicator.of("institutions", "残疾人服务机构", IndicatorUnit.COUNT, Aggregation.STOCK,
            "统计期末日在运营的机构（开办日不晚于该日、未在该日或之前关闭；暂停无日期记录，仍计入），按机构所在地统计。", TOPIC);
    static final Indicator PERSONS = Indicator.of("institution_persons", "机构服务残疾人", IndicatorUnit.PERSON, Aggregation.STOCK,
            "统计期末日在运营机构服务中的残疾人（服务起始日不晚于该日、结束日不早于该日）；同一人在两家机构各计一次，按机构所在地统计。", TOPIC);
    static final Indicator RATED = Indicator.of("rated_institutions", "评定等级的机构", IndicatorUnit.COUNT, Aggregation.STOCK,
            "统计期末日在运营、且截至该日有已确认等级评定的机构，按最近一次已确认评定的等级计；评定为未定级的不计。", TOPIC);

    /** The grade names the seeded rating schemes use, as parts 5…1; a scheme's other names fall under {@code other}. */
    private static final List<String> GRADES = List.of("五级", "四级", "三级", "二级", "一级");

    private final InstitutionFigures institutions;

    InstitutionSource(InstitutionFigures institutions) {
        this.institutions = institutions;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        all.add(INSTITUTIONS);
        all.addAll(byKind(INSTITUTIONS, "运营中的"));
        all.add(PERSONS);
        all.addAll(byKind(PERSONS, "服务于"));
        all.add(RATED);
        for (int i = 0; i < GRADES.size(); i++) {
            all.add(RATED.part(String.valueOf(5 - i), GRADES.get(i), "最近一次已确认评定为" + GRADES.get(i) + "的机构。"));
        }
        all.add(RATED.part("other", "其他等级", "最近一次已确认评定的等级不在五级至一级之列（评定方案改过等级名称）的机构。"));
        return all;
    }

    private static List<Indicator> byKind(Indicator parent, String what) {
        List<Indicator> parts = new ArrayList<>();
        for (InstitutionKind kind : InstitutionKind.values()) {
            parts.add(parent.part(part(kind), kind.label(), what + kind.label() + "。"));
        }
        return parts;
    }

    private static String part(InstitutionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String gradePart(String grade) {
        int i = GRADES.indexOf(grade);
        return i < 0 ? "other" : String.valueOf(5 - i);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        return switch (parent(code)) {
            case "institutions" -> RowsByRegion.figures(code, region, period, operating(code, region, period),
                    InstitutionFigures.Operating::regionCode, rows -> Figure.count(rows.size()));
            case "institution_persons" -> RowsByRegion.figures(code, region, period, served(code, region, period),
                    InstitutionFigures.Served::regionCode, rows -> Figure.count(rows.size()));
            case "rated_institutions" -> RowsByRegion.figures(code, region, period, rated(code, region, period),
                    InstitutionFigures.Rated::regionCode, rows -> Figure.count(rows.size()));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        return switch (parent(code)) {
            case "institutions" -> RowsByRegion.page(operating(code, region, period), offset, limit,
                    o -> new RecordPage.Row(o.name(), o.regionCode(), null, o.kind().label() + "；" + o.openedOn() + " 开办",
                            "/institutions/" + o.id(), true));
            case "institution_persons" -> RowsByRegion.page(served(code, region, period), offset, limit,
                    s -> new RecordPage.Row(s.personName() + "（" + s.certificateMasked() + "）", s.regionCode(), null,
                            s.institutionName() + "；" + s.fromOn() + " 起", "/persons/" + s.personId(), true));
            case "rated_institutions" -> RowsByRegion.page(rated(code, region, period), offset, limit,
                    r -> new RecordPage.Row(r.name(), r.regionCode(), null, r.kind().label() + "；" + r.year() + "年度评定 " + r.grade(),
                            "/institutions/" + r.institutionId() + "/ratings", true));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    private static String parent(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private List<InstitutionFigures.Operating> operating(String code, RegionCode region, ReportingPeriod period) {
        return ofPart(code, institutions.listOperating(region, period.to(), area(region)), o -> part(o.kind()));
    }

    private List<InstitutionFigures.Served> served(String code, RegionCode region, ReportingPeriod period) {
        return ofPart(code, institutions.listServed(region, period.to(), area(region)), s -> part(s.kind()));
    }

    private List<InstitutionFigures.Rated> rated(String code, RegionCode region, ReportingPeriod period) {
        List<InstitutionFigures.Rated> graded = institutions.listRated(region, period.to(), area(region)).stream()
                .filter(r -> r.grade() != null).toList();
        return ofPart(code, graded, r -> gradePart(r.grade()));
    }

    /** The rows of the part a code names (all of them for the parent). */
    private static <T> List<T> ofPart(String code, List<T> rows, Function<T, String> partOf) {
        int dot = code.indexOf('.');
        if (dot < 0) {
            return rows;
        }
        String part = code.substring(dot + 1);
        return rows.stream().filter(r -> part.equals(partOf.apply(r))).toList();
    }

    private static Jurisdiction area(RegionCode region) {
        return Jurisdiction.of(region.value());
    }
}
