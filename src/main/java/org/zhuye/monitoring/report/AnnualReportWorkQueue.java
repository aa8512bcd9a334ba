package org.zhuye.monitoring.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.region.RegionCode;

/**
 * Annual reports on the home page, for ADMIN and STAFF: the reports of the regions just below waiting for
 * their acceptance or approval; and their own region's report of this year while it is not submitted, from
 * {@value #NEAR_DAYS} days before its deadline (and as overdue after it).
 */
@Component
class AnnualReportWorkQueue implements WorkQueue {

    static final int NEAR_DAYS = 30;

    private final AnnualReportStore store;
    private final ReportDeadlines deadlines;

    AnnualReportWorkQueue(AnnualReportStore store, ReportDeadlines deadlines) {
        this.store = store;
        this.deadlines = deadlines;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!user.roles().contains(Role.ADMIN) && !user.roles().contains(Role.STAFF)) {
            return List.of();
        }
        RegionCode root = user.jurisdiction().root();
        List<HomeTask> tasks = new ArrayList<>();
        if (root.level() <= 2) {
            tasks.add(HomeTask.count("待接收或审核的下级年度报告", store.countOfChildrenIn(root.value(), List.of("SUBMITTED", "ACCEPTED")),
                    "/annual-reports?region=" + root.significantPrefix(), Urgency.WAITING));
        }
        if (root.level() == 2 || root.level() == 3) {
            LocalDate today = LocalDate.now(AnnualReports.zone());
            int year = today.getYear();
            LocalDate due = deadlines.of(root.value(), year);
            boolean reported = store.find(root.value(), year).map(r -> r.state().reported()).orElse(false);
            if (!reported && !today.isBefore(due.minusDays(NEAR_DAYS))) {
                boolean overdue = today.isAfter(due);
                tasks.add(HomeTask.step("本级" + year + "年度工作落实情况报告",
                        overdue ? "截止日 " + due + " 已过，尚未上报" : "须在 " + due + " 前上报，还有 " + ChronoUnit.DAYS.between(today, due) + " 天",
                        "/annual-reports?year=" + year + "&region=" + root.significantPrefix(), overdue ? Urgency.OVERDUE : Urgency.UPCOMING));
            }
        }
        return tasks;
    }
}
