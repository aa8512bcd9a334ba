package org.zhuye.person.account;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;

/**
 * A PERSON account's first task: bind its registry record. Until then every self-service page has
 * nothing to show, so the home page sends the account to {@code /me/bind} (or says it is locked).
 */
@Component
class BindingWorkQueue implements WorkQueue {

    private final SelfBinding binding;

    BindingWorkQueue(SelfBinding binding) {
        this.binding = binding;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!user.roles().contains(Role.PERSON) || user.roles().stream().anyMatch(Role::staffSide)) {
            return List.of();
        }
        SelfBinding.State state = binding.stateOf(user);
        if (state.bound()) {
            return List.of();
        }
        return List.of(HomeTask.step("绑定本人档案", state.locked()
                        ? "自助绑定已锁定，请到村（社区）残疾人专职委员或残联窗口，由工作人员为您绑定。"
                        : "填写残疾人证号、姓名和登记的电话，核验一致后即可查看自己的档案和服务。",
                "/me/bind", HomeTask.Urgency.WAITING));
    }
}
