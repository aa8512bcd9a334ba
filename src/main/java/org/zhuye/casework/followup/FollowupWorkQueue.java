package org.zhuye.casework.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonPermissions;

/** Follow-ups after placements in the area: overdue, and due within the list's 30 days. */
@Component
class FollowupWorkQueue implements WorkQueue {

    private final Followups followups;

    FollowupWorkQueue(Followups followups) {
        this.followups = followups;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!PersonPermissions.mayRecord(user)) {
            return List.of();
        }
        Followups.DueCount due = followups.countDue(LocalDate.now(), user.jurisdiction());
        return List.of(
                HomeTask.count("逾期未做的跟踪回访", due.overdue(), "/casework/followups", HomeTask.Urgency.OVERDUE),
                HomeTask.count(Followups.LOOK_AHEAD_DAYS + "天内应做的跟踪回访", due.upcoming(), "/casework/followups",
                        HomeTask.Urgency.UPCOMING));
    }
}
