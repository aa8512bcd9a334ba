package org.zhuye.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.WorkingAgeRules;

/**
 * For a 专职委员: the persons of their villages still missing one of this year's 四个一, the open list for
 * home visits. The count is the list's own (the cohort scan of the in-memory snapshot plus the service
 * index, no table scan), reading one person at most.
 */
@Component
class VisitWorkQueue implements WorkQueue {

    private final WorkList workList;

    VisitWorkQueue(WorkList workList) {
        this.workList = workList;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!user.roles().contains(Role.GRASSROOTS)) {
            return List.of();
        }
        int year = LocalDate.now().getYear();
        try {
            long open = workList.find(new WorkList.Query(user.jurisdiction().root(), year, null, WorkList.Order.VILLAGE, 0, 1),
                    user.jurisdiction()).total();
            return List.of(HomeTask.count(year + "年度尚未完成“四个一”的人员", open, "/casework?year=" + year,
                    HomeTask.Urgency.WAITING));
        } catch (CycleYears.NoCycle | WorkingAgeRules.NoRule e) {
            // The work list page says what is missing; the home page only points there.
            return List.of(HomeTask.step(year + "年度“四个一”走访名单", e.getMessage(), "/casework", HomeTask.Urgency.WAITING));
        }
    }
}
