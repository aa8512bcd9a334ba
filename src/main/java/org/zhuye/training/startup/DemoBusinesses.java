package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.institution.TrainingDemo;

/**
 * Fills an empty {@code business} table of the embedded database ({@code zhuye.demo.training=true}) with about
 * 120 businesses of working-age registry persons not in work, up to 25 in each league, started over the past
 * three years — most 个体工商户, some with jobs for other persons with disabilities, some in the INCUBATOR
 * institutions of their league if the institutions' demo (order 80) made any. Each goes through
 * {@link Businesses} with the province administrator's area, audited as "system": registered (recording the
 * owner's move into work from its start), then for most first businesses that qualify the 创业补贴 on a day
 * six to nine months after the start, for a share a loan with its 贴息, and a few closed. The steps use the
 * package-private twins that take their day, so a grant is judged on the day it is dated. Each business is its
 * own transaction: one the rules refuse (an owner past working age on the day) is skipped, not the demo.
 */
@Component
@Order(DemoBusinesses.ORDER)
class DemoBusinesses implements ApplicationRunner {

    /** After the institutions and courses demo (80). */
    static final int ORDER = 88;
    static final int PER_LEAGUE = 25;
    static final int TOTAL = 120;
    private static final Logger log = LoggerFactory.getLogger(DemoBusinesses.class);
    private static final String[][] TRADES = {
            {"便民超市", "F"}, {"修理部", "O"}, {"奶茶店", "H"}, {"家庭农场", "A"}, {"电商工作室", "I"},
            {"盲人按摩店", "O"}, {"民族服饰店", "C"}, {"牛羊肉店", "F"}, {"快递驿站", "G"}, {"手工刺绣坊", "R"},
            {"洗车行", "O"}, {"蒙餐馆", "H"}};
    private static final String[] BANKS = {"中国农业银行", "内蒙古农村信用社", "中国邮政储蓄银行", "包商银行", "中国建设银行"};

    private final Businesses businesses;
    private final InstitutionRepository institutions;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TrainingDemo demo;

    DemoBusinesses(Businesses businesses, InstitutionRepository institutions, RegionAdministrators administrators,
                   JdbcClient jdbc, PlatformTransactionManager transactionManager,
                   TrainingDemo demo) {
        this.businesses = businesses;
        this.institutions = institutions;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "business", "演示创业实体",
                () -> administrators.first(RegionCode.of("15")));
        if (admin.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            int made = populate(admin.get().jurisdiction(), Businesses.today());
            log.info("已生成 {} 个演示创业实体，用时 {} 秒", made, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } catch (RuntimeException e) {
            // A generator bug must not keep the product from starting; each business made so far stays.
            log.error("演示创业实体生成中止", e);
        }
    }

    /** Registers the demo businesses in {@code scope}; returns how many were made. */
    int populate(Jurisdiction scope, LocalDate today) {
        List<Institution> incubators = institutions.findOfKind(InstitutionKind.INCUBATOR, scope);
        int made = 0;
        for (Candidate c : candidates(scope, today)) {
            if (made >= TOTAL) {
                break;
            }
            SplittableRandom random = new SplittableRandom(demo.seed() * 31 + c.id());
            try {
                transactions.executeWithoutResult(status -> make(c, random, incubators, scope, today));
                made++;
            } catch (TrainingRuleException e) {
                log.debug("演示创业实体跳过人员 {}：{}", c.id(), e.fieldErrors());
            } catch (PersonRuleException e) {
                log.debug("演示创业实体跳过人员 {}：{}", c.id(), e.getMessage());
            }
        }
        return made;
    }

    private void make(Candidate c, SplittableRandom random, List<Institution> incubators, Jurisdiction scope, LocalDate today) {
        LocalDate earliest = c.earliest().isAfter(today.minusYears(3)) ? c.earliest() : today.minusYears(3);
        long span = Math.max(0, today.toEpochDay() - earliest.toEpochDay());
        LocalDate start = earliest.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
        boolean small = random.nextDouble() < 0.2;
        String[] trade = TRADES[random.nextInt(TRADES.length)];
        int jobs = small ? 3 + random.nextInt(13) : 1 + random.nextInt(3);
        int forDisabled = jobs > 1 && random.nextDouble() < 0.4 ? 1 + random.nextInt(Math.min(jobs - 1, 4)) : 0;
        String league = c.regionCode().substring(0, 4);
        List<Institution> near = incubators.stream().filter(i -> i.regionCode().startsWith(league)
                && !i.openedOn().isAfter(start)).toList();
        Institution incubator = !near.isEmpty() && random.nextDouble() < 0.25 ? near.get(random.nextInt(near.size())) : null;
        LocalDate out = incubator != null && random.nextDouble() < 0.4 ? start.plusMonths(12) : null;
        String name = c.name().substring(0, 1) + "氏" + trade[0] + (small ? "有限公司" : "");
        BusinessInput input = new BusinessInput(String.valueOf(c.id()), small ? "SMALL" : "INDIVIDUAL", name,
                creditCode(small ? "91" : "92", c.regionCode(), c.id()), trade[1], start.toString(), c.regionCode(),
                "演示地址" + (1 + random.nextInt(200)) + "号", String.valueOf(jobs), String.valueOf(forDisabled),
                incubator == null ? null : String.valueOf(incubator.id()), incubator == null ? null : start.toString(),
                out == null || out.isAfter(today) ? null : out.toString());
        long id = businesses.create(input, scope, today);
        LocalDate grantDay = start.plusMonths(6 + random.nextInt(4));
        // Asked first, not caught after: a refusal inside this transaction would mark it for rollback. A condition
        // unmet on that day (the certificate had lapsed, say) means no grant, as in life.
        if (!grantDay.isAfter(today) && random.nextDouble() < 0.8 && businesses.judgeOn(id, scope, grantDay).granted()) {
            businesses.grantSubsidy(id, scope, grantDay);
        }
        if (random.nextDouble() < 0.3) {
            LocalDate loanDay = start.plusDays(random.nextInt(180));
            if (!loanDay.isAfter(today)) {
                businesses.recordLoan(id, new LoanInput(BANKS[random.nextInt(BANKS.length)],
                        String.valueOf(30000 + 10000 * random.nextInt(18)),
                        new BigDecimal("3.45").add(BigDecimal.valueOf(random.nextInt(10), 1)).toPlainString(),
                        String.valueOf(12 * (1 + random.nextInt(3))), loanDay.toString()), scope, today);
            }
        }
        LocalDate closeDay = start.plusMonths(12 + random.nextInt(12));
        if (random.nextDouble() < 0.06 && !closeDay.isAfter(today)) {
            businesses.close(id, 0, closeDay.toString(), scope, today);
        }
    }

    /** A valid code of the person's county: registration authority and category, then an organisation body from the id. */
    static String creditCode(String authorityAndCategory, String regionCode, long personId) {
        String body = "MA" + String.format("%06d", personId % 1_000_000);
        String first16 = authorityAndCategory + regionCode.substring(0, 6) + body;
        String first17 = first16 + UnifiedSocialCreditCode.organisationCheckCharacter(body);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /**
     * Working-age-looking persons (20 to 55) not in work, not merged, up to {@link #PER_LEAGUE} per league in a
     * seeded order, with the earliest day a business of theirs may start: after their last registry event.
     */
    private List<Candidate> candidates(Jurisdiction scope, LocalDate today) {
        return jdbc.sql("""
                SELECT id, name, region_code, earliest FROM (
                    SELECT p.id, p.name, p.region_code,
                           coalesce((SELECT max(e.effective_on) + 1 FROM employment_event e
                                     WHERE e.person_id = p.id AND e.voided_at IS NULL), p.registered_on) AS earliest,
                           row_number() OVER (PARTITION BY substr(p.region_code, 1, 4) ORDER BY md5(p.id::text || ?)) AS n
                    FROM person p
                    WHERE p.region_code LIKE ? AND p.merged_into IS NULL AND p.employed IS NOT TRUE
                      AND p.birth_date BETWEEN ? AND ?
                ) t WHERE n <= ? AND earliest <= ? ORDER BY n, region_code, id
                """)
                .params(String.valueOf(demo.seed()), scope.likePattern(), today.minusYears(52), today.minusYears(21),
                        PER_LEAGUE, today)
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
                .list();
    }

    private record Candidate(long id, String name, String regionCode, LocalDate earliest) {
    }
}
