package org.zhuye.training.subsidy;

import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.training.TrainingNotFoundException;

/**
 * Who may do what with subsidies and follow-ups. Staff-side roles see them (in their jurisdiction);
 * 专职委员 record follow-ups (they make the visits) but neither compute nor confirm; only STAFF and ADMIN
 * compute and confirm. Others are answered as if nothing were there.
 */
final class SubsidyPermissions {

    private SubsidyPermissions() {
    }

    static boolean maySee(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    static boolean mayRecordFollowup(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN) || user.roles().contains(Role.GRASSROOTS);
    }

    static boolean mayConfirm(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    static void requireSee(UserAccount user) {
        if (!maySee(user)) {
            throw new TrainingNotFoundException("培训补贴页面", 0);
        }
    }

    static void requireFollowup(UserAccount user, long enrolmentId) {
        if (!mayRecordFollowup(user)) {
            throw new TrainingNotFoundException("已结业的培训报名", enrolmentId);
        }
    }

    static void requireConfirm(UserAccount user, long id) {
        if (!mayConfirm(user)) {
            throw new TrainingNotFoundException("培训补贴", id);
        }
    }
}
