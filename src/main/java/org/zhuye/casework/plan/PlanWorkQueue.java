package org.zhuye.casework.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonPermissions;

/** The 一人一策 plans this user is responsible for whose review date has passed. */
@Component
class PlanWorkQueue implements WorkQueue {

    private final Plans plans;

    PlanWorkQueue(Plans plans) {
        this.plans = plans;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!PersonPermissions.mayRecord(user)) {
            return List.of();
        }
        return List.of(HomeTask.count("已过复核日期的一人一策（我负责的）",
                plans.countOverdueResponsible(user.username(), LocalDate.now(), user.jurisdiction()),
                "/casework/plans/mine", HomeTask.Urgency.OVERDUE));
    }
}
