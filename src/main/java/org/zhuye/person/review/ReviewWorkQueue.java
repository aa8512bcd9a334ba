package org.zhuye.person.review;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonPermissions;

/** Grassroots corrections and possible duplicates waiting for a reviewer of the area (partial indexes of V3). */
@Component
class ReviewWorkQueue implements WorkQueue {

    private final ChangeRequests requests;
    private final DuplicateReview duplicates;

    ReviewWorkQueue(ChangeRequests requests, DuplicateReview duplicates) {
        this.requests = requests;
        this.duplicates = duplicates;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!PersonPermissions.mayReview(user)) {
            return List.of();
        }
        return List.of(
                HomeTask.count("待审核的修改申请", requests.countPending(user.jurisdiction()), "/persons/requests",
                        HomeTask.Urgency.WAITING),
                HomeTask.count("待处理的疑似重复", duplicates.countOpen(user.jurisdiction()), "/persons/duplicates",
                        HomeTask.Urgency.WAITING));
    }
}
