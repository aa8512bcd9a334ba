package org.zhuye.institution.rating;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;

/**
 * For STAFF and ADMIN: last year's ratings of their area that have inspection scores but are not yet confirmed
 * (the 奖补 waits for the confirmation). One count over the (year, region) index; shown only when some wait.
 */
@Component
class RatingWorkQueue implements WorkQueue {

    private final JdbcClient jdbc;

    RatingWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!InstitutionRatings.rates(user)) {
            return List.of();
        }
        int year = LocalDate.now().getYear() - 1;
        long waiting = jdbc.sql("""
                        SELECT count(*) FROM institution_rating
                        WHERE year = ? AND region_code LIKE ? AND status = 'DRAFT' AND inspection IS NOT NULL""")
                .params(year, user.jurisdiction().likePattern())
                .query(Long.class).single();
        return waiting == 0 ? List.of() : List.of(HomeTask.count(year + "年度待确认的服务机构等级评定", waiting,
                "/institutions/ratings?year=" + year, HomeTask.Urgency.WAITING));
    }
}
