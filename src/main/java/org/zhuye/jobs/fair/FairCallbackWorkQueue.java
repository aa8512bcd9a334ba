package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;

/** 回访: intents of the area's persons whose callback day has come and that nobody has called back yet. */
@Component
class FairCallbackWorkQueue implements WorkQueue {

    private final FairRepository fairs;

    FairCallbackWorkQueue(FairRepository fairs) {
        this.fairs = fairs;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!FairViewers.mayRecord(user)) {
            return List.of();
        }
        return List.of(HomeTask.count("待回访的招聘会求职意向", fairs.countCallbacksDue(LocalDate.now(), user.jurisdiction()),
                "/job-fairs/callbacks", HomeTask.Urgency.OVERDUE));
    }
}
