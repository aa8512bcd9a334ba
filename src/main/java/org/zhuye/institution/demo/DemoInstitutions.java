package org.zhuye.institution.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.institution.registry.InstitutionInput;
import org.zhuye.institution.registry.InstitutionRegistry;
import org.zhuye.institution.served.EndInput;
import org.zhuye.institution.served.ServedInput;
import org.zhuye.institution.served.ServedPersons;
import org.zhuye.person.CodeLists;
import org.zhuye.region.Jurisdiction;
import org.zhuye.institution.TrainingDemo;

/**
 * About 60 demo institutions of every kind in the counties that hold the most demo persons, opened over past
 * years, a few suspended or closed, with persons served over the last three years: sheltered work for
 * intellectual, mental and severe physical disability, care, massage for visual disability; some spans ended,
 * a share of them into open work. Everything goes through the validated, audited services as "system"; the
 * services allow any past day (only future ones are refused), so the past is built through the same paths a
 * clerk uses. Runs with {@code zhuye.demo.training=true}, on the embedded database, into an empty institution table.
 */
@Component
@Order(80)
class DemoInstitutions implements ApplicationRunner {

    static final int INSTITUTIONS = 60;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

    private final InstitutionRegistry registry;
    private final InstitutionRepository institutions;
    private final ServedPersons served;
    private final CodeLists codes;
    private final JdbcClient jdbc;
    private final TrainingDemo demo;

    DemoInstitutions(InstitutionRegistry registry, InstitutionRepository institutions, ServedPersons served,
                     CodeLists codes, JdbcClient jdbc,
                     TrainingDemo demo) {
        this.registry = registry;
        this.institutions = institutions;
        this.served = served;
        this.codes = codes;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.intoEmpty(jdbc, "institution", "演示服务机构")) {
            return;
        }
        try {
            populate(LocalDate.now());
        } catch (RuntimeException e) {
            // A generator bug must not keep the product from starting.
            log.error("演示服务机构生成中止", e);
        }
    }

    /** Registers the institutions and their served persons; returns how many spans were recorded. */
    int populate(LocalDate today) {
        SplittableRandom random = new SplittableRandom(demo.seed() * 131);
        List<String> counties = counties();
        InstitutionKind[] kinds = InstitutionKind.values();
        Set<Long> taken = new HashSet<>();
        Set<String> usedCodes = new HashSet<>();
        List<Long> quiet = new ArrayList<>();
        int spans = 0;
        for (int n = 0; n < INSTITUTIONS; n++) {
            InstitutionKind kind = kinds[n % kinds.length];
            String county = counties.get((n / kinds.length + n) % counties.size());
            LocalDate opened = today.minusDays(365L * 3 + random.nextInt(365 * 7));
            String code = kind == InstitutionKind.WARM_HOME ? null : code(county, random, usedCodes);
            InstitutionInput input = new InstitutionInput(kind.name(), name(kind, county, n), code, county,
                    countyName(county) + "人民路" + (n + 1) + "号", String.valueOf(capacity(kind, random)),
                    accessibility(random), "联系人" + (n + 1) + "（虚拟）", "1390000" + String.format("%04d", n), opened.toString());
            long id = registry.register(input, PROVINCE);
            Institution institution = institutions.find(id, PROVINCE).orElseThrow();
            int recorded = serve(institution, random, today, taken);
            spans += recorded;
            if (recorded == 0) {
                quiet.add(id);
            }
        }
        settleStatuses(quiet, random, today);
        log.info("已生成 {} 个演示服务机构、{} 段服务记录", INSTITUTIONS, spans);
        return spans;
    }

    /** Counties with the most registry persons; without persons, the first counties of the region table. */
    private List<String> counties() {
        List<String> withPersons = jdbc.sql("""
                SELECT substr(p.region_code, 1, 6) || '000000' AS county FROM person p
                WHERE p.merged_into IS NULL GROUP BY 1 HAVING count(*) >= 20 ORDER BY count(*) DESC, 1 LIMIT 12""")
                .query(String.class).list().stream()
                .filter(c -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ? AND level = 3)").param(c)
                        .query(Boolean.class).single())
                .toList();
        if (!withPersons.isEmpty()) {
            return withPersons;
        }
        return jdbc.sql("SELECT code FROM region WHERE level = 3 AND kind = 'ADMIN' ORDER BY code LIMIT 12").query(String.class).list();
    }

    private String countyName(String county) {
        return jdbc.sql("SELECT name FROM region WHERE code = ?").param(county).query(String.class).optional().orElse("");
    }

    private String name(InstitutionKind kind, String county, int n) {
        String base = switch (kind) {
            case SHELTERED_WORKSHOP -> "阳光辅助性就业工场";
            case CARE_HOME -> "残疾人托养中心";
            case TRAINING_BASE -> "残疾人职业技能培训基地";
            case MASSAGE -> "盲人按摩店";
            case WARM_HOME -> "温馨家园";
            case HERITAGE_STUDIO -> "残疾人非遗工作室";
            case EMPLOYMENT_SERVICE -> "残疾人就业服务所";
            case INCUBATOR -> "残疾人创业孵化基地";
        };
        return countyName(county) + base + (n / InstitutionKind.values().length + 1) + "（虚拟）";
    }

    private static int capacity(InstitutionKind kind, SplittableRandom random) {
        return switch (kind) {
            case MASSAGE -> 6 + random.nextInt(10);
            case WARM_HOME -> 20 + random.nextInt(30);
            case SHELTERED_WORKSHOP, CARE_HOME -> 20 + random.nextInt(60);
            default -> 30 + random.nextInt(100);
        };
    }

    private static List<String> accessibility(SplittableRandom random) {
        List<String> all = List.of("ENTRANCE", "TOILET", "LIFT_OR_RAMP", "TACTILE_PATH", "SIGN_LANGUAGE", "INFORMATION", "PARKING");
        return all.stream().filter(a -> random.nextDouble() < 0.5).toList();
    }

    /** A valid credit code of a 民办非企业单位 (52) registered in the county, never repeated. */
    private static String code(String county, SplittableRandom random, Set<String> used) {
        while (true) {
            StringBuilder body = new StringBuilder("MJ");
            while (body.length() < 8) {
                body.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(UnifiedSocialCreditCode.ALPHABET.length())));
            }
            String first17 = "52" + county.substring(0, 6) + body + UnifiedSocialCreditCode.organisationCheckCharacter(body.toString());
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** Admits the county's fitting persons, spans over the last three years, some ended. Returns how many. */
    private int serve(Institution institution, SplittableRandom random, LocalDate today, Set<Long> taken) {
        String service;
        String categories;
        switch (institution.kind()) {
            case SHELTERED_WORKSHOP, WARM_HOME -> {
                service = "SHELTERED_WORK";
                categories = "p.category IN (5, 6) OR (p.category = 4 AND p.grade <= 2)";
            }
            case CARE_HOME -> {
                service = "CARE";
                categories = "p.category IN (5, 6, 7) OR (p.category = 4 AND p.grade <= 2)";
            }
            case MASSAGE -> {
                service = "MASSAGE_HEALTH";
                categories = "p.category = 1";
            }
            case TRAINING_BASE, INCUBATOR -> {
                service = "OTHER";
                categories = "p.category IN (2, 3, 4)";
            }
            default -> {
                return 0;
            }
        }
        int wanted = Math.min(institution.capacity(), 4 + random.nextInt(10));
        List<long[]> candidates = jdbc.sql("SELECT p.id, p.registered_on FROM person p WHERE p.merged_into IS NULL"
                        + " AND p.region_code LIKE ? AND (" + categories + ") ORDER BY p.id LIMIT 200")
                .param(institution.regionCode().substring(0, 6) + "%")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getDate(2).toLocalDate().toEpochDay()}).list();
        int recorded = 0;
        LocalDate earliest = later(institution.openedOn(), today.minusYears(3));
        for (long[] candidate : candidates) {
            if (recorded >= wanted) {
                break;
            }
            if (!taken.add(candidate[0])) {
                continue;
            }
            LocalDate start = later(earliest, LocalDate.ofEpochDay(candidate[1]));
            long room = today.minusDays(30).toEpochDay() - start.toEpochDay();
            if (room <= 0) {
                continue;
            }
            LocalDate from = start.plusDays(random.nextLong(room));
            String mode = "CARE".equals(service) ? new String[]{"RESIDENTIAL", "DAY", "HOME"}[random.nextInt(3)] : null;
            String thisService = "MASSAGE_HEALTH".equals(service) && random.nextDouble() < 0.3 ? "MASSAGE_MEDICAL" : service;
            try {
                var admitted = served.admit(institution, new ServedInput(String.valueOf(candidate[0]), thisService, mode,
                        from.toString(), null), PROVINCE);
                recorded++;
                long days = today.toEpochDay() - from.toEpochDay();
                if (random.nextDouble() < 0.35 && days > 90) {
                    end(institution, admitted.spanId(), from.plusDays(60 + random.nextLong(days - 60)), random);
                }
            } catch (InstitutionRuleException e) {
                log.debug("演示服务记录跳过：{}", e.fieldErrors());
            }
        }
        return recorded;
    }

    /** Ends a span: 40% into open work (按比例 or 灵活就业), the rest left, with the registry's codes. */
    private void end(Institution institution, long spanId, LocalDate until, SplittableRandom random) {
        boolean openWork = random.nextDouble() < 0.4;
        String form = random.nextBoolean() ? "1" : "7";
        String reason = codes.list(CodeLists.NOT_EMPLOYED_REASON).get(0).code();
        String livelihood = codes.list(CodeLists.LIVELIHOOD).get(0).code();
        EndInput input = openWork
                ? new EndInput(until.toString(), "OPEN_WORK", "0", form, "演示就业单位（虚拟）", "操作工", null, null)
                : new EndInput(until.toString(), "LEFT", "0", null, null, null, reason, livelihood);
        served.end(institution, spanId, input, PROVINCE);
    }

    /** A few quiet institutions suspended, two closed (only those serving nobody may close). */
    private void settleStatuses(List<Long> quiet, SplittableRandom random, LocalDate today) {
        for (int i = 0; i < quiet.size() && i < 5; i++) {
            Institution institution = institutions.find(quiet.get(i), PROVINCE).orElseThrow();
            if (i < 2) {
                long room = today.toEpochDay() - institution.openedOn().toEpochDay();
                LocalDate closed = institution.openedOn().plusDays(room / 2 + random.nextLong(Math.max(1, room / 2)));
                registry.changeStatus(institution.id(), institution.version(), "CLOSED", closed.toString(), PROVINCE);
            } else {
                registry.changeStatus(institution.id(), institution.version(), "SUSPENDED", null, PROVINCE);
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
