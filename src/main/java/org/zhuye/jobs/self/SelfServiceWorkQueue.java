package org.zhuye.jobs.self;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.casework.SelfRegisteredDemands;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.region.Jurisdiction;

/**
 * A bound PERSON's own tasks on the home page, never registry counts: complete the work profile
 * (matching needs it), register the job demand, or renew it once it is a year old (the 四个一 asks for
 * one registration a year, and a stale demand recommends the wrong jobs). Binding itself is
 * person.account's task; referrals and fairs add their own queues.
 */
@Component
class SelfServiceWorkQueue implements WorkQueue {

    private final PersonAccounts accounts;
    private final SelfRegisteredDemands demands;
    private final JdbcClient jdbc;

    SelfServiceWorkQueue(PersonAccounts accounts, SelfRegisteredDemands demands, JdbcClient jdbc) {
        this.accounts = accounts;
        this.demands = demands;
        this.jdbc = jdbc;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (!Me.isPerson(user)) {
            return List.of();
        }
        Optional<Person> bound = accounts.personOf(user);
        if (bound.isEmpty()) {
            return List.of();
        }
        Person person = bound.get();
        Jurisdiction scope = PersonAccounts.scopeOf(person);
        List<HomeTask> tasks = new ArrayList<>();
        boolean hasProfile = jdbc.sql("SELECT EXISTS (SELECT 1 FROM work_profile WHERE person_id = ?)")
                .param(person.id()).query(Boolean.class).single();
        tasks.add(hasProfile
                ? HomeTask.step("我的能力与求职意愿", "已填写；情况有变时请及时更新。", "/me/work-profile", HomeTask.Urgency.SETTLED)
                : HomeTask.step("填写我的能力与求职意愿", "说明您能做哪些工作、需要哪些便利，系统才能为您匹配合适的岗位。",
                        "/me/work-profile", HomeTask.Urgency.WAITING));
        LocalDate yearAgo = LocalDate.now().minusYears(1);
        tasks.add(demands.current(person.id(), scope)
                .map(d -> d.registeredOn().isAfter(yearAgo)
                        ? HomeTask.step("我的就业需求", "已于 " + d.registeredOn() + " 登记。", "/me/demand", HomeTask.Urgency.SETTLED)
                        : HomeTask.step("更新我的就业需求", "上次登记是 " + d.registeredOn() + "，已超过一年，请确认是否有变化。",
                                "/me/demand", HomeTask.Urgency.WAITING))
                .orElse(HomeTask.step("登记我的就业需求", "告诉残联您想做什么工作、在哪里工作。", "/me/demand",
                        HomeTask.Urgency.WAITING)));
        return tasks;
    }
}
