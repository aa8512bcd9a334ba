package org.zhuye.training.course;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.training.provider.Provider;

/**
 * Courses on the home page: for STAFF/ADMIN, the applications submitted in their area (待审批开班申请);
 * for an INSTITUTION account, its applications returned for correction and its courses that have ended
 * while some trainee still has no result (结业 waits for them).
 */
@Component
class CourseWorkQueue implements WorkQueue {

    private final CourseStore store;
    private final CourseAccess access;

    CourseWorkQueue(CourseStore store, CourseAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (CourseAccess.staffEditor(user)) {
            return List.of(HomeTask.count("待审批开班申请", store.countSubmitted(user.jurisdiction()), "/courses/approvals",
                    Urgency.WAITING));
        }
        Optional<Provider> own = access.ownProvider(user);
        if (own.isEmpty()) {
            return List.of();
        }
        long id = own.get().id();
        return List.of(
                HomeTask.count("被退回的开班申请", store.countReturnedOfProvider(id), "/courses?status=RETURNED", Urgency.WAITING),
                HomeTask.count("已结束待录结业结果的培训班", store.countEndedWithoutResultsOfProvider(id, Courses.today()),
                        "/courses?status=APPROVED", Urgency.WAITING));
    }
}
