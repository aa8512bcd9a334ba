package org.zhuye.jobs.referral;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.platform.paging.PageRequest;

/**
 * Referrals on the home page: staff who record steps see those of their area waiting more than 14 days
 * at 推介 or 已投递; an EMPLOYER account the applicants and referrals its unit has not answered; a PERSON
 * the interviews under way. One count each (the list query's count at one row a page).
 */
@Component
class ReferralWorkQueue implements WorkQueue {

    private static final PageRequest COUNT_ONLY = new PageRequest(1, 1, "");

    private final ReferralRepository referrals;
    private final ReferralActors actors;

    ReferralWorkQueue(ReferralRepository referrals, ReferralActors actors) {
        this.referrals = referrals;
        this.actors = actors;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        return actors.actorOf(user).map(actor -> switch (actor.kind()) {
            case STAFF -> HomeTask.count("推介超过" + ReferralFilter.STALE_DAYS + "天无进展",
                    referrals.search(waiting(ReferralFilter.Waiting.STALE), COUNT_ONLY, actor.jurisdiction()).total(),
                    "/referrals?waiting=STALE", Urgency.OVERDUE);
            case EMPLOYER -> HomeTask.count("待回复的应聘与推介",
                    referrals.searchOfEmployer(actor.employerId(), waiting(ReferralFilter.Waiting.ANSWER), COUNT_ONLY).total(),
                    "/referrals?waiting=ANSWER", Urgency.WAITING);
            case PERSON -> HomeTask.count("进行中的面试", referrals.countOfPerson(actor.personId(), ReferralStatus.INTERVIEW),
                    "/me/referrals", Urgency.UPCOMING);
        }).map(List::of).orElse(List.of());
    }

    private static ReferralFilter waiting(ReferralFilter.Waiting waiting) {
        return new ReferralFilter(null, null, null, null, null, null, null, waiting);
    }
}
