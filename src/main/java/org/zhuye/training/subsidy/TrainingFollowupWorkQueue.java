package org.zhuye.training.subsidy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;

/** 培训后跟踪到期: completed trainees of the viewer's area whose six-month visit is due and unrecorded. */
@Component
class TrainingFollowupWorkQueue implements WorkQueue {

    private final TrainingFollowups followups;

    TrainingFollowupWorkQueue(TrainingFollowups followups) {
        this.followups = followups;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!SubsidyPermissions.mayRecordFollowup(user)) {
            return List.of();
        }
        long due = followups.countDue(LocalDate.now(), user.jurisdiction());
        return due == 0 ? List.of()
                : List.of(HomeTask.count("培训后跟踪到期", due, "/training/subsidies#followups", HomeTask.Urgency.WAITING));
    }
}
