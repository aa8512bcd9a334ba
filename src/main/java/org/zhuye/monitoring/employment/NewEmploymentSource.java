package org.zhuye.monitoring.employment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.EmploymentFigures;
import org.zhuye.person.Hukou;
import org.zhuye.person.MovesIntoWork;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 新增就业: the registry's moves into work, in total, by 就业形式 and by 户籍 (城镇/农村, each by form too),
 * counted from the registry snapshot ({@link EmploymentFigures}) and listed by {@link MovesIntoWork}, which
 * applies the same rule in SQL (a property test holds the two equal). Counted where the person is registered
 * now, by the person's 户籍 now.
 */
@Component
class NewEmploymentSource implements IndicatorSource {

    static final String CODE = "new_employment";
    static final String URBAN = "new_employment_urban";
    static final String RURAL = "new_employment_rural";

    /** The code list employment_form, 1–7, with 0 for a move whose form is not recorded. */
    static final List<String> FORMS = List.of("就业形式未填/其他", "按比例就业", "集中就业", "个体就业（含自主创业）", "公益性岗位就业",
            "辅助性就业", "农村种养加", "灵活就业");

    private static final String RULE = "从未就业（或无状态）转为就业的次数：登记的就业状况记录，不含建档时的初始状况和已作废的记录；"
            + "一人一年内两次就业计两次；按本人现登记地统计。";

    private final EmploymentFigures figures;
    private final MovesIntoWork moves;
    private final List<Indicator> indicators;

    NewEmploymentSource(EmploymentFigures figures, MovesIntoWork moves) {
        this.figures = figures;
        this.moves = moves;
        List<Indicator> all = new ArrayList<>();
        addWithForms(all, Indicator.of(CODE, "新增残疾人就业", IndicatorUnit.PERSON, Aggregation.FLOW, "统计期内" + RULE, "就业"));
        addWithForms(all, Indicator.of(URBAN, "城镇新增残疾人就业", IndicatorUnit.PERSON, Aggregation.FLOW,
                "统计期内户籍为城镇的残疾人" + RULE + "户籍按本人现登记的户籍类别。", "就业"));
        addWithForms(all, Indicator.of(RURAL, "农村新增残疾人就业", IndicatorUnit.PERSON, Aggregation.FLOW,
                "统计期内户籍为农村的残疾人" + RULE + "户籍按本人现登记的户籍类别。", "就业"));
        this.indicators = List.copyOf(all);
    }

    private static void addWithForms(List<Indicator> all, Indicator parent) {
        all.add(parent);
        for (int form = 1; form < FORMS.size(); form++) {
            all.add(part(parent, form));
        }
        all.add(part(parent, 0));
    }

    private static Indicator part(Indicator parent, int form) {
        String what = form == 0 ? "就业形式未登记或不属于代码表所列形式的" : "就业形式为“" + FORMS.get(form) + "”的";
        return parent.part(String.valueOf(form), parent.name() + "：" + FORMS.get(form), parent.definition() + "其中" + what + "部分。");
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        MovesIntoWork.Only only = only(code);
        EmploymentFigures.Moves counted = figures.countMoves(region, period.from(), period.to(), Jurisdiction.of(region.value()));
        List<RegionFigures.Child> children = new ArrayList<>();
        for (String key : counted.byKey().keySet()) {
            if (!key.equals(region.value())) {
                children.add(new RegionFigures.Child(key, Figure.count(counted.count(key, only.form(), only.hukou()))));
            }
        }
        return new RegionFigures(code, region.value(), period, Figure.count(counted.total(only.form(), only.hukou())), children);
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        MovesIntoWork.Only only = only(code);
        Jurisdiction area = Jurisdiction.of(region.value());
        long total = moves.count(region, period.from(), period.to(), only, area);
        List<RecordPage.Row> rows = moves.list(region, period.from(), period.to(), only, area, offset, limit).stream()
                .map(m -> new RecordPage.Row(m.name() + "（" + m.certificateMasked() + "）", m.regionCode(), m.effectiveOn(),
                        FORMS.get(m.form() == null ? 0 : m.form()) + "，" + m.hukou().label() + "户籍", "/persons/" + m.personId(), true))
                .toList();
        return new RecordPage(total, rows);
    }

    /** Which moves a code counts: {@code new_employment[_urban|_rural][.form]}. */
    static MovesIntoWork.Only only(String code) {
        int dot = code.indexOf('.');
        String base = dot < 0 ? code : code.substring(0, dot);
        Integer form = dot < 0 ? null : Integer.valueOf(code.substring(dot + 1));
        Hukou hukou = switch (base) {
            case CODE -> null;
            case URBAN -> Hukou.URBAN;
            case RURAL -> Hukou.RURAL;
            default -> throw new IllegalArgumentException("不是新增就业的指标：" + code);
        };
        return new MovesIntoWork.Only(form, hukou);
    }
}
