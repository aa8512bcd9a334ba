package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringDemo;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.WorkingAgePersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The demo's targets ({@link MonitoringDemo}, order 100, after every module's demo): the 2022—2024 plan split
 * to the 12 leagues by the suggestion on working-age persons and, for two leagues, on to their counties; this
 * year's targets of 新增就业, 培训人次 and 四个一 coverage (95 %) for the province, the leagues and the counties of
 * three leagues — the third league's counties deliberately given about 5 % more than it received, so the pages
 * show a split that does not add up. Everything goes through {@link Targets} as the administrator of each level,
 * in one transaction; indicators not (yet) in the catalogue are skipped. Runs once: not when this year's
 * province target is there.
 */
@Component
@Order(DemoTargets.ORDER)
class DemoTargets implements ApplicationRunner {

    static final int ORDER = 100;
    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);
    private static final RegionCode PROVINCE = RegionCode.of("15");
    /**
     * This year's province targets: a count is last year's figure of the demo's own records raised by a tenth (so
     * the demo, whatever its size, shows some regions ahead of 时序进度 and some behind); a rate is a percentage.
     */
    private static final Map<String, Long> THIS_YEAR = Map.of("new_employment", 110L, "training_person_times", 110L,
            "four_services_coverage", 95L);

    private final Targets targets;
    private final TargetRepository repository;
    private final Indicators indicators;
    private final RegionRepository regions;
    private final WorkingAgePersons workingAge;
    private final RegionAdministrators administrators;
    private final MonitoringDemo demo;
    private final TransactionTemplate transactions;

    DemoTargets(Targets targets, TargetRepository repository, Indicators indicators, RegionRepository regions,
                WorkingAgePersons workingAge, RegionAdministrators administrators, MonitoringDemo demo,
                PlatformTransactionManager transactionManager) {
        this.targets = targets;
        this.repository = repository;
        this.indicators = indicators;
        this.regions = regions;
        this.workingAge = workingAge;
        this.administrators = administrators;
        this.demo = demo;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        ReportingPeriod year = ReportingPeriod.year(Targets.today().getYear());
        if (repository.find("new_employment", PROVINCE, year).isPresent()) {
            log.info("未生成演示目标：今年的自治区目标已有");
            return;
        }
        try {
            int set = transactions.execute(status -> populate(year));
            log.info("已生成演示目标 {} 条", set);
        } catch (RuntimeException e) {
            log.error("演示目标生成中止，已全部回滚", e);
        }
    }

    int populate(ReportingPeriod year) {
        Optional<UserAccount> province = administrators.first(PROVINCE);
        if (province.isEmpty()) {
            log.warn("未生成演示目标：没有自治区级的系统管理员账号");
            return 0;
        }
        LocalDate today = Targets.today();
        List<RegionCode> leagues = children(PROVINCE, province.get().jurisdiction());
        int set = 0;
        ReportingPeriod plan = ReportingPeriod.years(2022, 2024);
        for (String code : List.of("new_employment", "training_person_times")) {
            Optional<Indicator> indicator = indicators.find(code);
            Optional<Target> planned = repository.find(code, PROVINCE, plan);
            if (indicator.isEmpty() || planned.isEmpty()) {
                log.info("演示目标跳过 {} {}：指标未接入或没有规划目标", code, plan.label());
                continue;
            }
            Map<String, Long> leagueTargets = splitDown(indicator.get(), PROVINCE, plan, planned.get().value().longValue(), 1.0, today);
            set += leagueTargets.size();
            for (RegionCode league : leagues.subList(0, Math.min(2, leagues.size()))) {
                set += splitDown(indicator.get(), league, plan, leagueTargets.get(league.value()), 1.0, today).size();
            }
        }
        for (Map.Entry<String, Long> entry : THIS_YEAR.entrySet()) {
            Optional<Indicator> indicator = indicators.find(entry.getKey()).filter(i -> i.aggregation() != Aggregation.MEDIAN);
            if (indicator.isEmpty()) {
                log.info("演示目标跳过 {}：指标尚未接入指标目录", entry.getKey());
                continue;
            }
            UserAccount admin = administrators.first(PROVINCE).orElseThrow();
            long value = entry.getValue();
            if (indicator.get().aggregation() != Aggregation.RATIO) {
                ReportingPeriod lastYear = ReportingPeriod.year(year.from().getYear() - 1);
                long before = indicators.figures(entry.getKey(), PROVINCE, lastYear, admin.jurisdiction()).total().value();
                value = Math.max(10, Math.round(before * entry.getValue() / 100.0));
            }
            targets.set(input(indicator.get(), PROVINCE, year, value, null), admin, admin.jurisdiction());
            Map<String, Long> leagueTargets = splitDown(indicator.get(), PROVINCE, year, value, 1.0, today);
            set += 1 + leagueTargets.size();
            for (int i = 0; i < Math.min(3, leagues.size()); i++) {
                RegionCode league = leagues.get(i);
                // The third league assigns its counties about 5 % more than it was given, as levels often do.
                set += splitDown(indicator.get(), league, year, leagueTargets.get(league.value()), i == 2 ? 1.05 : 1.0, today).size();
            }
        }
        return set;
    }

    /** Splits {@code total} of {@code region} to its children (a rate: each child the same rate) as the region's administrator. */
    private Map<String, Long> splitDown(Indicator indicator, RegionCode region, ReportingPeriod period, long total, double factor,
                                        LocalDate today) {
        // The region's own administrator splits; where the demo has none at that level, the province's does (it is above every level).
        UserAccount admin = administrators.first(region).or(() -> administrators.first(PROVINCE)).orElseThrow();
        Jurisdiction area = admin.jurisdiction();
        List<RegionCode> children = children(region, area);
        List<Long> parts;
        if (indicator.aggregation() == Aggregation.RATIO) {
            parts = children.stream().map(c -> total).toList();
        } else {
            Map<String, Long> bases = workingAge.byChild(region, today, area);
            // Over-assigning gives at least one more, so a small demo shows it too.
            long assigned = factor > 1 ? Math.max(total + 1, Math.round(total * factor)) : total;
            parts = LargestRemainder.split(assigned, children.stream().map(c -> bases.getOrDefault(c.value(), 0L)).toList());
        }
        List<TargetInput> inputs = new ArrayList<>();
        Map<String, Long> byChild = new java.util.LinkedHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            inputs.add(input(indicator, children.get(i), period, parts.get(i), null));
            byChild.put(children.get(i).value(), parts.get(i));
        }
        if (!inputs.isEmpty()) {
            targets.setAll(inputs, admin, area);
        }
        return byChild;
    }

    private List<RegionCode> children(RegionCode region, Jurisdiction area) {
        return regions.children(region, area).stream().filter(c -> !c.region().isZone())
                .map(c -> RegionCode.of(c.region().code())).toList();
    }

    private static TargetInput input(Indicator indicator, RegionCode region, ReportingPeriod period, long value, Integer version) {
        return new TargetInput(indicator.code(), region.value(), period.from(), period.to(), BigDecimal.valueOf(value).toPlainString(),
                version, null);
    }
}
