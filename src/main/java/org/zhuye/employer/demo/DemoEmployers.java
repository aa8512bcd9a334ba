package org.zhuye.employer.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.UserAccount;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.payment.Payments;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.employer.declaration.DeclarationParameters;
import org.zhuye.employer.declaration.DeclarationRuleException;
import org.zhuye.employer.declaration.DeclarationStatus;
import org.zhuye.employer.declaration.DemoDeclarations;
import org.zhuye.employer.levy.Levies;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Fills an empty employer table of the embedded database with synthetic employers and their
 * quota declarations of {@value #YEAR} and of the current year ({@code zhuye.demo.employers=true}, set by the {@code demo}
 * profile), and the levy paid on the confirmed ones ({@link DemoPayments}), so that 用人单位, 年审申报, the lists, the 公示
 * and 缴纳情况 have something to show. Employers are
 * registered through {@link EmployerRegistry} and declarations filed, returned and confirmed through
 * the declaration workflow, with the first administrator's rights, validated and audited (as
 * "system") as if typed in; their disabled employees are the demo's synthetic persons. Never against
 * a configured database, and never once any employer is registered.
 */
@Component
@Order(DemoEmployers.ORDER)
class DemoEmployers implements ApplicationRunner {

    /** After the demo persons (DemoPopulation, 20), whom the declarations name. */
    static final int ORDER = 30;
    /** A past collection year declared, whose social average wage (2024's) is in the migrations. */
    static final int YEAR = 2024;
    private static final RegionCode PROVINCE = RegionCode.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    private final EmployerRegistry employers;
    private final DemoDeclarations declarations;
    private final Levies levies;
    private final DeclarationParameters parameters;
    private final RegionRepository regions;
    private final PersonRepository persons;
    private final PersonRegistry personRegistry;
    private final WorkingAgeRules workingAge;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final DemoSocialAverageWages assumedWages;
    private final TransactionTemplate transactions;
    private final Payments payments;
    private final boolean requested;
    private final long seed;
    private final String datasourceUrl;

    DemoEmployers(EmployerRegistry employers, DemoDeclarations declarations, Levies levies,
                  DeclarationParameters parameters, RegionRepository regions,
                  PersonRepository persons, PersonRegistry personRegistry, WorkingAgeRules workingAge, RegionAdministrators administrators,
                  JdbcClient jdbc, DemoSocialAverageWages assumedWages, PlatformTransactionManager transactionManager,
                  Payments payments,
                  @Value("${zhuye.demo.employers:false}") boolean requested,
                  @Value("${zhuye.demo.seed:15}") long seed,
                  @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.employers = employers;
        this.declarations = declarations;
        this.levies = levies;
        this.parameters = parameters;
        this.regions = regions;
        this.persons = persons;
        this.personRegistry = personRegistry;
        this.workingAge = workingAge;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.assumedWages = assumedWages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.payments = payments;
        this.requested = requested;
        this.seed = seed;
        this.datasourceUrl = datasourceUrl;
    }

    /** Whether to populate: asked for, on the embedded database, and no employer registered yet. */
    static boolean shouldPopulate(boolean requested, String datasourceUrl, boolean employersEmpty) {
        return requested && (datasourceUrl == null || datasourceUrl.isBlank()) && employersEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested) {
            return;
        }
        boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM employer)").query(Boolean.class).single();
        if (!shouldPopulate(requested, datasourceUrl, empty)) {
            log.info("未生成演示用人单位：{}", empty ? "已配置外部数据库 spring.datasource.url" : "用人单位表中已有数据");
            return;
        }
        Optional<UserAccount> admin = administrators.first(PROVINCE);
        if (admin.isEmpty()) {
            log.warn("未生成演示用人单位：没有自治区级的系统管理员账号来代为申报和审核");
            return;
        }
        try {
            populate(PROVINCE, seed, admin.get());
        } catch (EmployerRuleException e) {
            // A generator bug must not keep the product from starting; everything was rolled back.
            log.error("演示用人单位生成中止，已全部回滚：{}", e.fieldErrors());
        } catch (DeclarationRuleException e) {
            log.error("演示申报生成中止，已全部回滚：{}", e.fieldErrors());
        } catch (RuntimeException e) {
            log.error("演示用人单位生成中止，已全部回滚", e);
        }
    }

    /**
     * Registers the units of {@code area} (the whole region, or one 盟市) and files their declarations,
     * all in one transaction; {@code reviewer} is an administrator whose area holds {@code area}.
     */
    Summary populate(RegionCode area, long seed, UserAccount reviewer) {
        long started = System.nanoTime();
        Summary summary = transactions.execute(status -> {
            Jurisdiction scope = reviewer.jurisdiction();
            List<SyntheticEmployers.League> leagues = leagues(area, scope);
            Region capital = area.level() == 1 && !leagues.isEmpty() ? leagues.get(0).counties().get(0) : null;
            List<DemoUnit> units = new SyntheticEmployers(seed).units(leagues, capital);
            List<String> prefixes = leagues.stream().map(l -> l.league().code().substring(0, 4)).toList();
            List<Long> ids = new ArrayList<>();
            for (DemoUnit unit : units) {
                ids.add(employers.register(unit.input(), scope));
            }
            Map<DeclarationStatus, Integer> filed = new EnumMap<>(DeclarationStatus.class);
            for (int year : years()) {
                assumedWages.supply(area, year, reviewer);
                DemoWorkforce workforce = new DemoWorkforce(persons, personRegistry, workingAge, scope, prefixes,
                        parameters.rulesFor(area.value(), year).checkDate(), seed);
                DemoFilings filings = new DemoFilings(workforce, personRegistry, seed);
                for (int i = 0; i < units.size(); i++) {
                    DemoUnit unit = units.get(i);
                    if (unit.filing() == null) {
                        continue;
                    }
                    var input = filings.input(unit, levies.parametersFor(RegionCode.of(unit.input().regionCode()), year).quotaRatio());
                    declarations.file(ids.get(i), unit.input().regionCode(), year, input, unit.filing(), returnReason(unit), reviewer);
                    filed.merge(unit.filing(), 1, Integer::sum);
                }
            }
            int paid = new DemoPayments(payments, jdbc, seed).pay(area.significantPrefix(), reviewer);
            return new Summary(units.size(), filed, paid);
        });
        log.info("已生成 {} 家虚拟用人单位及其 {} 年度申报{}，用时 {} 秒", summary.employers(), years(), summary.describe(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return summary;
    }

    /**
     * The collection years declared: every year from {@link #YEAR} to the current one (the year the declaration
     * pages offer), so that this year's declarations can be reviewed and confirmed on the demo and the quota
     * indicators have a figure for each year between, not only the first and the last.
     */
    static List<Integer> years() {
        int current = DemoDeclarations.currentYear();
        return java.util.stream.IntStream.rangeClosed(YEAR, Math.max(YEAR, current)).boxed().toList();
    }

    private List<SyntheticEmployers.League> leagues(RegionCode area, Jurisdiction scope) {
        List<Region> tops = area.level() == 1
                ? regions.children(area, scope).stream().map(RegionRepository.RegionWithChildCount::region).toList()
                : regions.find(area, scope).stream().toList();
        List<SyntheticEmployers.League> leagues = new ArrayList<>();
        for (Region league : tops) {
            List<Region> counties = regions.children(RegionCode.of(league.code()), scope).stream()
                    .map(RegionRepository.RegionWithChildCount::region).filter(r -> !r.isZone()).toList();
            leagues.add(new SyntheticEmployers.League(league, counties));
        }
        return leagues;
    }

    private static String returnReason(DemoUnit unit) {
        if (unit.filing() != DeclarationStatus.RETURNED) {
            return null;
        }
        if (unit.failures().isEmpty()) {
            return "在职职工人数与社会保险缴费人数不一致，请补充上年全年社保缴费明细后重新提交。";
        }
        return "经审核：" + unit.failures().stream().map(DemoUnit.Failure::reviewNote).collect(Collectors.joining("；"))
                + "。请修改后重新提交。";
    }

    /** How many units were registered and how many declarations ended in each state. */
    record Summary(int employers, Map<DeclarationStatus, Integer> declarations, int payments) {
        String describe() {
            return declarations.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                    .collect(Collectors.joining("、", "（", "）")) + "、残保金缴纳 " + payments + " 笔";
        }
    }
}
