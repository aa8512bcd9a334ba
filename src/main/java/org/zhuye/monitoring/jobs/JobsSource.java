package org.zhuye.monitoring.jobs;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.jobs.JobFigures;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.ReadBatch;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.RowsByRegion;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 岗位、推介、录用、留存和招聘会: the jobs module's records through {@link JobFigures}, one list per indicator,
 * counted and listed from the same rows.
 */
@Component
class JobsSource implements IndicatorSource {

    private static final String TOPIC = "招聘";

    static final Indicator POSTINGS = Indicator.of("postings", "发布岗位", IndicatorUnit.POSTING, Aggregation.FLOW,
            "统计期内审核发布的岗位数（按岗位工作地统计），发布后撤回的不计；一个岗位计一个，不论招聘人数。", TOPIC);
    static final Indicator REFERRALS = Indicator.of("referrals", "推介", IndicatorUnit.PERSON_TIME, Aggregation.FLOW,
            "统计期内作出的岗位推介（含本人申请、招聘会意向转推介），不论结果，按残疾人现登记地统计。", TOPIC);
    static final Indicator HIRES = Indicator.of("hires", "推介录用", IndicatorUnit.PERSON_TIME, Aggregation.FLOW,
            "录用日期在统计期内的推介，按残疾人现登记地统计。", TOPIC);
    static final Indicator DAYS_TO_HIRE = Indicator.of("days_to_hire", "推介到录用天数（中位数）", IndicatorUnit.DAY,
            Aggregation.MEDIAN, "统计期内录用的推介从推介日到录用日的自然日数的中位数（偶数个时取中间两数的平均，四舍五入到整天）。", TOPIC);
    static final Indicator RETENTION_3M = retention(3);
    static final Indicator RETENTION_6M = retention(6);
    static final Indicator RETENTION_12M = retention(12);
    static final Indicator FAIRS_HELD = Indicator.of("fairs_held", "举办招聘会", IndicatorUnit.EVENT, Aggregation.FLOW,
            "开始日期在统计期内的残疾人专场招聘会（各类、线上线下），按举办地统计。", TOPIC);
    static final Indicator SOE_FAIRS = Indicator.of("soe_fairs", "国有企业专场招聘会", IndicatorUnit.EVENT, Aggregation.FLOW,
            "开始日期在统计期内、类别为国有企业专场的招聘会，按举办地统计；自治区本级举办的计入自治区合计，不计入盟市。", TOPIC);

    private static Indicator retention(int months) {
        return Indicator.of("retention_" + months + "m", "录用后" + months + "个月在岗率", IndicatorUnit.PERCENT, Aggregation.RATIO,
                "统计期内录用、录用满" + months + "个月之日已到的人次中，该日按登记的就业状态仍在就业的比例（未满" + months
                        + "个月的不计入分母）。", TOPIC);
    }

    private final JobFigures jobs;

    JobsSource(JobFigures jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(POSTINGS, REFERRALS, HIRES, DAYS_TO_HIRE, RETENTION_3M, RETENTION_6M, RETENTION_12M, FAIRS_HELD, SOE_FAIRS);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Jurisdiction area = Jurisdiction.of(region.value());
        return switch (code) {
            case "postings" -> RowsByRegion.figures(code, region, period, postings(region, from, to, area),
                    JobFigures.Posting::regionCode, rows -> Figure.count(rows.size()));
            case "referrals" -> RowsByRegion.figures(code, region, period, jobs.countReferrals(region, from, to, area),
                    place -> place, rows -> Figure.count(rows.size()));
            case "hires" -> RowsByRegion.figures(code, region, period, countedHires(region, from, to, area),
                    JobFigures.Counted::regionCode, rows -> Figure.count(rows.size()));
            case "days_to_hire" -> RowsByRegion.figures(code, region, period, countedHires(region, from, to, area),
                    JobFigures.Counted::regionCode, rows -> RowsByRegion.median(JobFigures.medianDays(rows), rows.size()));
            case "retention_3m", "retention_6m", "retention_12m" -> {
                int months = months(code);
                yield RowsByRegion.figures(code, region, period, due(countedHires(region, from, to, area), months),
                        JobFigures.Counted::regionCode,
                        rows -> Figure.ratio(rows.stream().filter(h -> h.retainedAt(months)).count(), rows.size()));
            }
            case "fairs_held", "soe_fairs" -> RowsByRegion.figures(code, region, period,
                    jobs.listFairs(region, from, to, code.equals("soe_fairs"), area), JobFigures.Fair::regionCode,
                    rows -> Figure.count(rows.size()));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Jurisdiction area = Jurisdiction.of(region.value());
        return switch (code) {
            case "postings" -> RowsByRegion.page(postings(region, from, to, area), offset, limit,
                    p -> new RecordPage.Row(p.title() + "（" + p.employerName() + "）", p.regionCode(), p.publishedOn(),
                            "发布", "/jobs/" + p.id(), true));
            case "referrals" -> RowsByRegion.page(jobs.listReferrals(region, from, to, area), offset, limit,
                    r -> new RecordPage.Row(person(r), r.regionCode(), r.referredOn(), posting(r), "/referrals/" + r.id(), true));
            case "hires", "days_to_hire" -> RowsByRegion.page(jobs.listHires(region, from, to, area), offset, limit,
                    h -> new RecordPage.Row(person(h.referral()), h.referral().regionCode(), h.hiredOn(),
                            posting(h.referral()) + "；推介到录用 " + h.days() + " 天", "/referrals/" + h.referral().id(), true));
            case "retention_3m", "retention_6m", "retention_12m" -> {
                int months = months(code);
                yield RowsByRegion.page(due(jobs.listHires(region, from, to, area), months), offset, limit,
                        h -> new RecordPage.Row(person(h.referral()), h.referral().regionCode(), h.hiredOn(),
                                posting(h.referral()) + "；录用满" + months + "个月时" + (h.retainedAt(months) ? "在岗" : "未在岗"),
                                "/referrals/" + h.referral().id(), h.retainedAt(months)));
            }
            case "fairs_held", "soe_fairs" -> RowsByRegion.page(jobs.listFairs(region, from, to, code.equals("soe_fairs"), area),
                    offset, limit, f -> new RecordPage.Row(f.title(), f.regionCode(), f.startsOn(),
                            f.endsOn().equals(f.startsOn()) ? null : "至 " + f.endsOn(), "/job-fairs/" + f.id(), true));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    // One batch (the dashboard, a report) reads each list once for all the indicators counted from it.
    private List<JobFigures.Posting> postings(RegionCode region, LocalDate from, LocalDate to, Jurisdiction area) {
        return ReadBatch.read(List.of("postings", region, from, to, area.likePattern()),
                () -> jobs.listPublishedPostings(region, from, to, area));
    }

    private List<JobFigures.CountedHire> countedHires(RegionCode region, LocalDate from, LocalDate to, Jurisdiction area) {
        return ReadBatch.read(List.of("hires", region, from, to, area.likePattern()), () -> jobs.countHires(region, from, to, area));
    }

    private static int months(String code) {
        return Integer.parseInt(code.substring("retention_".length(), code.length() - 1));
    }

    /** Hires whose n-month day has come: the base of the retention rate. */
    private static <T extends JobFigures.Counted> List<T> due(List<T> hires, int months) {
        return hires.stream().filter(h -> h.retainedAt(months) != null).toList();
    }

    private static String person(JobFigures.Referral r) {
        return r.personName() + "（" + r.certificateMasked() + "）";
    }

    private static String posting(JobFigures.Referral r) {
        return r.postingTitle() + "（" + r.employerName() + "）";
    }
}
