package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.employer.Employer;

/**
 * Postings on the home page: for STAFF/ADMIN, those submitted in their area and waiting for the check
 * (待审核岗位); for an EMPLOYER account, its unit's postings returned for correction and its open ones
 * whose date comes within {@value #EXPIRING_DAYS} days (extend or close them before they lapse).
 */
@Component
class PostingWorkQueue implements WorkQueue {

    static final int EXPIRING_DAYS = 7;

    private final PostingStore store;
    private final PostingAccess access;

    PostingWorkQueue(PostingStore store, PostingAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (PostingAccess.staffEditor(user)) {
            return List.of(HomeTask.count("待审核岗位", store.countSubmitted(user.jurisdiction()), "/jobs/check", Urgency.WAITING));
        }
        Optional<Employer> unit = access.ownUnit(user);
        if (unit.isEmpty()) {
            return List.of();
        }
        LocalDate today = JobPostings.today();
        long id = unit.get().id();
        return List.of(
                HomeTask.count("被退回待修改的岗位", store.countReturnedOfEmployer(id), "/jobs?status=RETURNED", Urgency.WAITING),
                HomeTask.count(EXPIRING_DAYS + "天内到期的岗位", store.countExpiringOfEmployer(id, today, today.plusDays(EXPIRING_DAYS)),
                        "/jobs?open=true", Urgency.UPCOMING));
    }
}
