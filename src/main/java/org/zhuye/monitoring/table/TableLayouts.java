package org.zhuye.monitoring.table;

import static org.zhuye.monitoring.table.Header.column;
import static org.zhuye.monitoring.table.Header.group;
import static org.zhuye.monitoring.table.Measure.base;
import static org.zhuye.monitoring.table.Measure.rate;
import static org.zhuye.monitoring.table.Measure.rest;
import static org.zhuye.monitoring.table.Measure.sum;

import java.util.List;
import java.util.Optional;

/**
 * The official tables this system draws: the 统计公报's employment breakdown and the 四个一/实名制 progress
 * table. Headings are the federation's wording; each column names the indicator codes it is made of, so a
 * table shows "—" for an indicator the catalogue does not have yet instead of failing.
 */
public final class TableLayouts {

    /** 残疾人就业情况（统计公报口径）. */
    public static final TableLayout EMPLOYMENT = new TableLayout("employment", "残疾人就业情况（统计公报口径）", "助业统计表1",
            "按《中国残疾人事业发展统计公报》口径，由实名制就业登记、培训、机构记录实时汇总；城镇、农村按本人户籍性质划分。",
            "城镇、农村新增残疾人就业按就业形式分，职业技能和实用技术培训人次，盲人按摩机构和辅助性就业机构及其人员。",
            "单位名称", List.of(
            group("城镇新增残疾人就业",
                    column("合计", "人", sum("new_employment_urban")),
                    group("其中",
                            column("集中就业", "人", sum("new_employment_urban.2")),
                            column("按比例就业", "人", sum("new_employment_urban.1")),
                            column("公益性岗位", "人", sum("new_employment_urban.4")),
                            column("个体就业及灵活就业", "人", sum("new_employment_urban.3", "new_employment_urban.7")),
                            column("辅助性就业", "人", sum("new_employment_urban.5")),
                            column("其他", "人", sum("new_employment_urban.0", "new_employment_urban.6")))),
            group("农村新增残疾人就业",
                    column("合计", "人", sum("new_employment_rural")),
                    group("其中",
                            column("从事种养加", "人", sum("new_employment_rural.6")),
                            column("其他形式", "人", rest("new_employment_rural", "new_employment_rural.6")))),
            group("残疾人培训",
                    // 职业技能培训 in the 公报 counts every skills course; 实用技术培训 (农村) is counted apart.
                    column("职业技能培训", "人次", sum("training_person_times.vocational", "training_person_times.upskill",
                            "training_person_times.startup", "training_person_times.massage")),
                    column("实用技术培训", "人次", sum("training_person_times.practical"))),
            group("盲人按摩机构",
                    column("机构数", "个", sum("institutions.massage")),
                    column("从业人员", "人", sum("institution_persons.massage"))),
            group("辅助性就业机构",
                    column("机构数", "个", sum("institutions.sheltered_workshop")),
                    column("就业人数", "人", sum("institution_persons.sheltered_workshop")))));

    /** 残疾人就业“四个一”及实名制服务进展表. */
    public static final TableLayout FOUR_SERVICES = new TableLayout("four-services", "残疾人就业“四个一”及实名制服务进展表",
            "助业统计表2",
            "由实名制登记和“四个一”服务记录实时汇总：人数为统计期末所在服务年度内已完成该项服务的就业年龄段未就业残疾人。",
            "各地就业年龄段未就业残疾人的基础数据核实、职业能力评估、就业需求登记和就业服务进度，新增就业和零就业家庭。",
            "单位名称", List.of(
            column("就业年龄段未就业残疾人", "人", base("four_services_coverage")),
            group("“四个一”服务",
                    service("基础数据核实", "four_services_coverage.verified", "完成率"),
                    service("职业能力评估", "four_services_coverage.assessed", "完成率"),
                    service("就业需求登记", "four_services_coverage.demand", "完成率"),
                    service("就业服务", "four_services_coverage.served", "完成率"),
                    service("四项全部完成", "four_services_coverage", "覆盖率")),
            column("新增就业", "人", sum("new_employment")),
            column("零就业家庭", "户", sum("zero_employment_households"))));

    private static final List<TableLayout> ALL = List.of(EMPLOYMENT, FOUR_SERVICES);

    private TableLayouts() {
    }

    public static List<TableLayout> all() {
        return ALL;
    }

    public static Optional<TableLayout> find(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static Header service(String label, String code, String rateLabel) {
        return group(label, column("人数", "人", sum(code)), column(rateLabel, "%", rate(code)));
    }
}
