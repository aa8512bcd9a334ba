package org.zhuye.casework.publicpost;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonPermissions;

/**
 * 公益性岗位 terms of the area ending within the list's 90 days (each needs a next step before it ends), and terms
 * already ended whose outcome staff have not confirmed (待确认): until they do, the person may be counted as employed.
 */
@Component
class PublicPostWorkQueue implements WorkQueue {

    private final PublicPosts posts;

    PublicPostWorkQueue(PublicPosts posts) {
        this.posts = posts;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!PersonPermissions.mayRecord(user)) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return List.of(
                HomeTask.count("期满待确认去向的公益性岗位", posts.countUnconfirmed(today, user.jurisdiction()),
                        "/casework/public-posts#unconfirmed-heading", HomeTask.Urgency.OVERDUE),
                HomeTask.count(PublicPostController.ENDING_DAYS + "天内期满的公益性岗位",
                        posts.countEnding(today, today.plusDays(PublicPostController.ENDING_DAYS), user.jurisdiction()),
                        "/casework/public-posts", HomeTask.Urgency.UPCOMING));
    }
}
