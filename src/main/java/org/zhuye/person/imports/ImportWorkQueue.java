package org.zhuye.person.imports;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonPermissions;

/**
 * The user's own imports that did not go in: a file with errors saved nothing, so someone has to fix
 * and upload it again. Once a later import of theirs succeeds (or 30 days pass) it stops waiting.
 */
@Component
class ImportWorkQueue implements WorkQueue {

    private final ImportJobRepository jobs;

    ImportWorkQueue(ImportJobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!PersonPermissions.mayRecord(user)) {
            return List.of();
        }
        return List.of(HomeTask.count("未通过的批量导入（30天内，之后未再成功导入）",
                jobs.countFailedAwaitingRetry(user.username(), user.jurisdiction()), "/persons/imports",
                HomeTask.Urgency.WAITING));
    }
}
