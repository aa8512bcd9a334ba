package org.zhuye.institution.rating;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.region.RegionCode;
import org.zhuye.institution.TrainingDemo;

/**
 * One year's demo ratings ({@code zhuye.demo.training=true}), into an empty {@code institution_rating}, after the
 * demo institutions and their persons: every institution open last year gets inspection scores entered in
 * mid-January and last year confirmed on 20 January; about half get this year's scores as a draft. Everything
 * goes through {@link InstitutionRatings} as the province's administrator, validated and audited as "system".
 * One transaction: a failure leaves the table empty and the product starting.
 */
@Component
@Order(DemoRatings.ORDER)
class DemoRatings implements ApplicationRunner {

    /** After the demo institutions, courses and businesses. */
    static final int ORDER = 95;
    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);

    private final InstitutionRatings ratings;
    private final InstitutionRepository institutions;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TrainingDemo demo;

    DemoRatings(InstitutionRatings ratings, InstitutionRepository institutions, RegionAdministrators administrators,
                JdbcClient jdbc, PlatformTransactionManager transactionManager,
                TrainingDemo demo) {
        this.ratings = ratings;
        this.institutions = institutions;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "institution_rating", "演示等级评定",
                () -> administrators.first(RegionCode.of(InstitutionRatings.PROVINCE)));
        if (admin.isEmpty()) {
            return;
        }
        try {
            int[] done = transactions.execute(status -> populate(admin.get(), LocalDate.now()));
            log.info("已生成演示等级评定：上年度确认 {} 个，本年度草稿 {} 个", done[0], done[1]);
        } catch (RatingRuleException e) {
            log.error("演示等级评定生成中止，已全部回滚：{}", e.fieldErrors());
        } catch (RuntimeException e) {
            log.error("演示等级评定生成中止，已全部回滚", e);
        }
    }

    /** Rates the institutions of the administrator's area (the province's in the demo). */
    int[] populate(UserAccount admin, LocalDate today) {
        Random random = new Random(13);
        int lastYear = today.getYear() - 1;
        LocalDate inspected = earlier(LocalDate.of(today.getYear(), 1, 15), today);
        LocalDate confirmedOn = earlier(LocalDate.of(today.getYear(), 1, 20), today);
        List<Institution> all = new ArrayList<>();
        for (InstitutionKind kind : InstitutionKind.values()) {
            all.addAll(institutions.findOfKind(kind, admin.jurisdiction()));
        }
        int confirmed = 0;
        int drafts = 0;
        for (Institution institution : all) {
            if (institution.openedOn().getYear() <= lastYear
                    && (institution.closedOn() == null || institution.closedOn().getYear() >= lastYear)
                    && ratings.find(institution.id(), lastYear, admin).isEmpty()) {
                ratings.inspect(institution.id(), lastYear, scores(ratings.scheme(institution, lastYear), random), null,
                        admin, inspected);
                confirmed++;
            }
        }
        if (confirmed > 0) {
            ratings.confirm(lastYear, null, admin,
                    confirmedOn.atStartOfDay(ZoneId.systemDefault()).plusHours(10).toInstant(), confirmedOn);
        }
        for (Institution institution : all) {
            if (institution.operatingOn(today) && random.nextBoolean()
                    && ratings.find(institution.id(), today.getYear(), admin).isEmpty()) {
                ratings.inspect(institution.id(), today.getYear(), scores(ratings.scheme(institution, today.getYear()), random),
                        null, admin, today);
                drafts++;
            }
        }
        return new int[] {confirmed, drafts};
    }

    private static LocalDate earlier(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    /** Each criterion between 60% and all of its points: inspected institutions mostly meet the standard. */
    private static Map<String, String> scores(RatingScheme scheme, Random random) {
        Map<String, String> scores = new LinkedHashMap<>();
        for (RatingScheme.Criterion c : scheme.criteria()) {
            int low = (int) Math.ceil(c.max() * 0.6);
            scores.put(c.name(), String.valueOf(low + random.nextInt(c.max() - low + 1)));
        }
        return scores;
    }
}
