package org.zhuye.monitoring.target;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.region.RegionCode;

/**
 * Targets on the home page: for ADMIN and STAFF, their level's own targets (of periods not yet over) that no
 * child region has a target of yet — received but not split down. Listed only when there is one.
 */
@Component
class TargetWorkQueue implements WorkQueue {

    private final TargetRepository repository;

    TargetWorkQueue(TargetRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!Targets.writer(user)) {
            return List.of();
        }
        RegionCode root = user.jurisdiction().root();
        int length = root.childPrefixLength();
        if (length == 0) {
            return List.of();
        }
        String prefix = root.significantPrefix();
        // The direct children's codes: this level's prefix, the child's own digits, zeros below.
        String children = prefix + "_".repeat(length - prefix.length()) + "0".repeat(12 - length);
        long unsplit = repository.countUnsplit(root, children, Targets.today());
        if (unsplit == 0) {
            return List.of();
        }
        return List.of(HomeTask.count("已下达、尚未分解到下级的目标", unsplit, "/targets?region=" + root.value(), Urgency.WAITING));
    }
}
