package org.zhuye.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The annual reports (工作落实情况) and their approval up the levels: every 盟市 and 旗县 writes its own, the
 * level above accepts, returns, approves and unlocks it ({@link ReportWorkflow} holds the rules). Each step is
 * one transaction with its step row and its audit entry; a stale version is 409. Staff-side users see the
 * reports of their area; a report outside it is 404. Only ADMIN and STAFF act: of the report's own region to
 * write and submit, of its parent region to decide.
 */
@Service
public class AnnualReports {

    static final String OBJECT_TYPE = "annual_report";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int NARRATIVE_MAX = 5000;

    private final AnnualReportStore store;
    private final ReportFigures figures;
    private final ReportDeadlines deadlines;
    private final RegionRepository regions;
    private final AuditTrail audit;

    AnnualReports(AnnualReportStore store, ReportFigures figures, ReportDeadlines deadlines, RegionRepository regions, AuditTrail audit) {
        this.store = store;
        this.figures = figures;
        this.deadlines = deadlines;
        this.regions = regions;
        this.audit = audit;
    }

    /** The narrative of a report: 主要措施, 存在问题, 下步打算. */
    public record Narrative(String measures, String problems, String plans) {

        static final Map<String, String> LABELS = Map.of("measures", "主要措施", "problems", "存在问题", "plans", "下步打算");

        public Narrative {
            measures = measures == null ? "" : measures.strip();
            problems = problems == null ? "" : problems.strip();
            plans = plans == null ? "" : plans.strip();
        }

        public Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("measures", measures);
            map.put("problems", problems);
            map.put("plans", plans);
            return map;
        }
    }

    /** A report as its page shows it. */
    public record View(AnnualReport report, String regionName, String parentName, List<ReportFigure> figures, List<ReportStep> steps,
                       List<ReportAction> actions, ReportWorkflow workflow, LocalDate deadline, String lockNotice,
                       boolean mayEdit) {

        public ReportStep lastStep() {
            return steps.isEmpty() ? null : steps.get(steps.size() - 1);
        }

        public boolean may(String action) {
            return actions.stream().anyMatch(a -> a.path().equals(action));
        }
    }

    @Transactional(readOnly = true)
    public View view(long id, UserAccount user) {
        AnnualReport report = visible(id, user);
        return view(report, user);
    }

    private View view(AnnualReport report, UserAccount user) {
        ReportWorkflow workflow = workflow(report);
        List<ReportStep> steps = store.steps(report.id());
        List<ReportAction> actions = new ArrayList<>();
        for (ReportAction action : ReportAction.values()) {
            if (action != ReportAction.SAVE && workflow.allows(action) && mayAct(action, report.regionCode(), user)) {
                actions.add(action);
            }
        }
        boolean mayEdit = workflow.allows(ReportAction.SAVE) && mayAct(ReportAction.SAVE, report.regionCode(), user);
        String lockNotice = null;
        if (report.locked()) {
            ReportStep approval = steps.stream().filter(s -> "APPROVE".equals(s.action())).reduce((a, b) -> b).orElse(null);
            lockNotice = "本报告已锁定：" + (approval == null ? "审核通过" : "审核通过于" + MINUTES.format(approval.at().atZone(zone()))
                    + "，由" + approval.actorName() + "（" + regionName(approval.actorRegion()) + "）办理")
                    + "；数字为审核通过时的数字，上级解锁后才能修改。";
        }
        return new View(report, regionName(report.regionCode()), parentName(report.regionCode()), figures.lines(report), steps, actions,
                workflow, deadlines.of(report.regionCode(), report.year()), lockNotice, mayEdit);
    }

    /** The report of a region and year, created as a draft when its own staff open it the first time. */
    @Transactional
    public long open(String regionCode, int year, UserAccount user) {
        return open(regionCode, year, user, Instant.now());
    }

    long open(String regionCode, int year, UserAccount user, Instant at) {
        Region region = reportingRegion(regionCode, user);
        Optional<AnnualReport> existing = store.find(region.code(), year);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (!mayAct(ReportAction.SAVE, region.code(), user)) {
            throw MonitoringRuleException.of("region", region.name() + year + "年度报告尚未开始填写，只有本级的管理员或工作人员能开始填写");
        }
        if (year < 2000 || year > LocalDate.now(zone()).getYear()) {
            throw MonitoringRuleException.of("year", "报告年度须为2000年至今年");
        }
        long id = store.insert(region.code(), year, user.username());
        store.addStep(id, "CREATE", ReportState.DRAFT, user.username(), user.displayName(), user.regionCode(), at, null, null);
        audit.record(AuditEntry.of(ReportAction.SAVE.audit(), OBJECT_TYPE, String.valueOf(id), region.code())
                .withChange(null, Map.of("year", year, "state", ReportState.DRAFT.name())));
        return id;
    }

    /** Saves the narrative of an editable report (draft or returned), by its own region's staff. */
    @Transactional
    public AnnualReport save(long id, int version, Narrative narrative, UserAccount user) {
        AnnualReport report = visible(id, user);
        Map<String, String> errors = new LinkedHashMap<>(permission(ReportAction.SAVE, report, user));
        if (errors.isEmpty()) {
            errors.putAll(workflow(report).refusals(ReportAction.SAVE, null));
        }
        narrative.asMap().forEach((field, text) -> {
            if (text.length() > NARRATIVE_MAX) {
                errors.put(field, Narrative.LABELS.get(field) + "不超过" + NARRATIVE_MAX + "字（现有" + text.length() + "字）");
            }
        });
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        store.saveNarrative(id, version, narrative.measures(), narrative.problems(), narrative.plans());
        audit.record(AuditEntry.of(ReportAction.SAVE.audit(), OBJECT_TYPE, String.valueOf(id), report.regionCode())
                .withChange(new Narrative(report.measures(), report.problems(), report.plans()).asMap(), narrative.asMap()));
        return store.find(id).orElseThrow();
    }

    /** One step of the approval (submit, accept, return, approve, unlock), with every reason to refuse it at once. */
    @Transactional
    public AnnualReport act(long id, ReportAction action, int version, String comment, UserAccount user) {
        return act(id, action, version, comment, user, Instant.now());
    }

    AnnualReport act(long id, ReportAction action, int version, String comment, UserAccount user, Instant at) {
        if (action == ReportAction.SAVE) {
            throw new IllegalArgumentException("保存用 save");
        }
        AnnualReport report = visible(id, user);
        Map<String, String> errors = new LinkedHashMap<>(permission(action, report, user));
        if (errors.isEmpty()) {
            errors.putAll(workflow(report).refusals(action, comment));
        }
        if (errors.isEmpty() && action == ReportAction.SUBMIT) {
            new Narrative(report.measures(), report.problems(), report.plans()).asMap().forEach((field, text) -> {
                if (text.isBlank()) {
                    errors.put(field, "上报前须填写“" + Narrative.LABELS.get(field) + "”");
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        ReportState next = workflow(report).after(action);
        String frozen = action == ReportAction.APPROVE ? figures.freeze(figures.live(report.regionCode(), report.year())) : null;
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        store.move(id, version, next, frozen, action == ReportAction.SUBMIT ? at : null);
        // An approval keeps its snapshot in the step too, so that an unlock and a second approval leave both in the history.
        store.addStep(id, action.name(), next, user.username(), user.displayName(), user.regionCode(), at, note,
                action == ReportAction.APPROVE ? frozen : action == ReportAction.UNLOCK ? report.frozenFigures() : null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", next.name());
        if (note != null) {
            after.put("comment", note);
        }
        audit.record(AuditEntry.of(action.audit(), OBJECT_TYPE, String.valueOf(id), report.regionCode())
                .withChange(Map.of("state", report.state().name()), after).withDetail(note));
        return store.find(id).orElseThrow();
    }

    /** A report the user may see: staff-side, inside the user's area; anything else is 404. */
    AnnualReport visible(long id, UserAccount user) {
        return store.find(id).filter(r -> sees(user, r.regionCode()))
                .orElseThrow(() -> new MonitoringNotFoundException("没有这份年度报告，或不在您的管辖范围内"));
    }

    static boolean sees(UserAccount user, String regionCode) {
        return user.roles().stream().anyMatch(Role::staffSide) && user.jurisdiction().contains(RegionCode.of(regionCode));
    }

    /** Whether the user's roles and level may do the action on a report of the region (its state aside). */
    static boolean mayAct(ReportAction action, String regionCode, UserAccount user) {
        if (!user.roles().contains(Role.ADMIN) && !user.roles().contains(Role.STAFF)) {
            return false;
        }
        RegionCode region = RegionCode.of(regionCode);
        RegionCode root = user.jurisdiction().root();
        return action.byLevelAbove() ? region.parent().map(root::equals).orElse(false) : region.equals(root);
    }

    private Map<String, String> permission(ReportAction action, AnnualReport report, UserAccount user) {
        if (mayAct(action, report.regionCode(), user)) {
            return Map.of();
        }
        String who = action.byLevelAbove()
                ? "上级（" + parentName(report.regionCode()) + "）的管理员或工作人员"
                : "本级（" + regionName(report.regionCode()) + "）的管理员或工作人员";
        return Map.of("action", "只有" + who + "才能" + action.label() + "本报告");
    }

    ReportWorkflow workflow(AnnualReport report) {
        RegionCode region = RegionCode.of(report.regionCode());
        List<Region> children = reportingChildren(region);
        Map<String, ReportState> states = new LinkedHashMap<>();
        store.ofRegions(children.stream().map(Region::code).toList(), report.year()).forEach(r -> states.put(r.regionCode(), r.state()));
        List<String> pending = children.stream().filter(c -> states.get(c.code()) != ReportState.APPROVED).map(Region::name).toList();
        Optional<RegionCode> parent = region.parent().filter(p -> p.level() >= 2);
        ReportState parentState = parent.flatMap(p -> store.find(p.value(), report.year())).map(AnnualReport::state).orElse(null);
        String parentReportName = parent.map(p -> regionName(p.value()) + report.year() + "年度报告").orElse(null);
        return new ReportWorkflow(report.state(), pending, parentState, parentReportName);
    }

    /** The children expected to report to a region: a league's counties (administrative divisions, not zones); none below. */
    List<Region> reportingChildren(RegionCode region) {
        if (region.level() >= 3) {
            return List.of();
        }
        return regions.children(region, new Jurisdiction(region)).stream().map(RegionRepository.RegionWithChildCount::region)
                .filter(r -> !r.isZone()).toList();
    }

    private Region reportingRegion(String regionCode, UserAccount user) {
        RegionCode code = RegionCode.parse(regionCode).filter(c -> sees(user, c.value()))
                .orElseThrow(() -> new MonitoringNotFoundException("区划不存在或不在您的管辖范围内：" + regionCode));
        Region region = regions.find(code, user.jurisdiction())
                .orElseThrow(() -> new MonitoringNotFoundException("区划不存在或不在您的管辖范围内：" + regionCode));
        if (region.level() < 2 || region.level() > 3 || region.isZone()) {
            throw MonitoringRuleException.of("region", "只有盟市和旗县报送年度工作落实情况");
        }
        return region;
    }

    String regionName(String code) {
        return regions.pathTo(RegionCode.of(code)).stream().reduce((a, b) -> b).map(Region::name).orElse(code);
    }

    private String parentName(String code) {
        return RegionCode.of(code).parent().map(p -> regionName(p.value())).orElse("");
    }

    // ---- lists and rates ----

    /** One expected report in a list: the region, its report if started, the last step, the deadline and markers. */
    public record Row(Region region, String parentName, AnnualReport report, ReportStep lastStep, LocalDate deadline, boolean overdue,
                      boolean late) {

        public String stateLabel() {
            return report == null ? "未开始" : report.state().label();
        }
    }

    /** The list page: the region's own report (if it reports), its children's (and the leagues' counties for the province), the rates. */
    public record Listing(Region region, int year, Row own, List<Row> rows, List<ReportingRate> rates, boolean mayStartOwn) {
    }

    @Transactional(readOnly = true)
    public Listing list(int year, String regionNamed, UserAccount user) {
        if (!user.roles().stream().anyMatch(Role::staffSide)) {
            throw new MonitoringNotFoundException("年度报告只对残联工作人员开放");
        }
        RegionCode code = user.jurisdiction().regionFor(regionNamed);
        Region region = regions.find(code, user.jurisdiction())
                .orElseThrow(() -> new MonitoringNotFoundException("区划不存在或不在您的管辖范围内：" + regionNamed));
        if (region.level() > 3) {
            throw MonitoringRuleException.of("region", "年度报告由盟市和旗县报送，请选盟市、旗县或自治区");
        }
        List<Region> leagues = region.level() == 1 ? reportingChildren(code) : List.of();
        List<Region> counties = new ArrayList<>();
        if (region.level() == 1) {
            leagues.forEach(l -> counties.addAll(reportingChildren(RegionCode.of(l.code()))));
        } else if (region.level() == 2) {
            counties.addAll(reportingChildren(code));
        }
        List<Region> expected = new ArrayList<>();
        boolean ownReports = region.level() >= 2 && !region.isZone();
        if (ownReports) {
            expected.add(region);
        }
        expected.addAll(leagues);
        expected.addAll(counties);
        Map<String, AnnualReport> reports = new LinkedHashMap<>();
        store.ofRegions(expected.stream().map(Region::code).toList(), year).forEach(r -> reports.put(r.regionCode(), r));
        Map<Long, ReportStep> last = store.lastSteps(reports.values().stream().map(AnnualReport::id).toList());
        Function<String, LocalDate> deadline = deadlines.forYear(year);
        LocalDate today = LocalDate.now(zone());
        Map<String, String> names = new LinkedHashMap<>();
        expected.forEach(r -> names.put(r.code(), r.name()));
        leagues.forEach(l -> names.put(l.code(), l.name()));
        Function<Region, Row> row = r -> {
            AnnualReport report = reports.get(r.code());
            LocalDate due = deadline.apply(r.code());
            boolean reported = report != null && report.state().reported();
            boolean late = report != null && report.firstSubmittedAt() != null
                    && report.firstSubmittedAt().atZone(zone()).toLocalDate().isAfter(due);
            return new Row(r, names.getOrDefault(r.parentCode(), regionName(r.parentCode())), report,
                    report == null ? null : last.get(report.id()), due, !reported && today.isAfter(due), late);
        };
        Row own = ownReports ? row.apply(region) : null;
        List<Row> rows = new ArrayList<>();
        leagues.forEach(l -> rows.add(row.apply(l)));
        counties.forEach(c -> rows.add(row.apply(c)));
        List<ReportingRate> rates = new ArrayList<>();
        if (!leagues.isEmpty()) {
            rates.add(rate("盟市", leagues, reports, deadline));
        }
        if (!counties.isEmpty()) {
            rates.add(rate("旗县", counties, reports, deadline));
        }
        boolean mayStart = ownReports && own.report() == null && mayAct(ReportAction.SAVE, region.code(), user) && year <= today.getYear();
        return new Listing(region, year, own, rows, rates, mayStart);
    }

    private static ReportingRate rate(String level, List<Region> regions, Map<String, AnnualReport> reports, Function<String, LocalDate> deadline) {
        return ReportingRate.of(level, regions.stream().map(r -> {
            AnnualReport report = reports.get(r.code());
            return new ReportingRate.Expected(r.name(), report == null ? null : report.state(),
                    report == null ? null : report.firstSubmittedAt(), deadline.apply(r.code()));
        }).toList(), zone());
    }

    /** Reports of a year within the user's area (the API's list), in region order. */
    @Transactional(readOnly = true)
    public List<AnnualReport> reports(int year, String regionNamed, UserAccount user) {
        Listing listing = list(year, regionNamed, user);
        List<AnnualReport> all = new ArrayList<>();
        if (listing.own() != null && listing.own().report() != null) {
            all.add(listing.own().report());
        }
        listing.rows().stream().map(Row::report).filter(java.util.Objects::nonNull).forEach(all::add);
        return all;
    }

    /** When each report was last submitted and approved: {submitted, approved}, either null. */
    public Map<Long, Instant[]> submittedAndApproved(List<AnnualReport> reports) {
        return store.submittedAndApproved(reports.stream().map(AnnualReport::id).toList());
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
