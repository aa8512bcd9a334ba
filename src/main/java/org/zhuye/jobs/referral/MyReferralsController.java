package org.zhuye.jobs.referral;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;

/**
 * {@code /me/referrals}: a PERSON account's own applications and referrals with every step, a
 * 本人放弃 button on open ones, and {@code POST /me/referrals} to apply to a published posting (the
 * person is the account's bound registry person, never a posted id).
 */
@Controller
class MyReferralsController {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final PersonAccounts accounts;

    MyReferralsController(Referrals referrals, ReferralRepository repository, PersonAccounts accounts) {
        this.referrals = referrals;
        this.repository = repository;
        this.accounts = accounts;
    }

    /** A referral with its steps, as the person's page lists it. */
    record Mine(Referral referral, List<ReferralStep> steps) {
    }

    @GetMapping("/me/referrals")
    String mine(UserAccount user, Model model) {
        Person me = me(user);
        List<Mine> rows = repository.findAllOfPerson(me.id()).stream()
                .map(r -> new Mine(r, repository.steps(r.id()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", LocalDate.now());
        return "jobs/referral/mine";
    }

    /** Applies to a published posting: an application starts as 已投递 and shares the person's contact with the unit. */
    @PostMapping("/me/referrals")
    String apply(@RequestParam(required = false) String postingId, UserAccount user, RedirectAttributes redirect) {
        Person me = me(user);
        long posting;
        try {
            posting = Long.parseLong(postingId == null ? "" : postingId.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "岗位编号须为数字");
        }
        try {
            referrals.refer(posting, me.id(), ReferralSource.APPLIED, null, LocalDate.now(), PersonAccounts.scopeOf(me));
            redirect.addFlashAttribute("notice", "已申请。用人单位将看到您的申请和联系电话。");
        } catch (JobRuleException e) {
            redirect.addFlashAttribute("notice", "未能申请：" + e.getMessage());
        }
        return "redirect:/me/referrals";
    }

    @PostMapping("/me/referrals/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String note, UserAccount user, RedirectAttributes redirect) {
        Person me = me(user);
        ReferralActor actor = ReferralActor.person(user.username(), user.displayName(), me.id());
        Referral referral = referrals.visible(id, actor).orElseThrow(() -> new JobNotFoundException("推介记录", id));
        try {
            referrals.step(id, StepInput.parse("DECLINED", LocalDate.now().toString(), note, null, version, null), actor);
            redirect.addFlashAttribute("notice", "已放弃岗位“" + referral.postingTitle() + "”。");
        } catch (JobRuleException | StaleJobRecordException e) {
            redirect.addFlashAttribute("notice", "未能放弃：" + e.getMessage());
        }
        return "redirect:/me/referrals";
    }

    private Person me(UserAccount user) {
        return accounts.personOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "您的账号尚未绑定残疾人信息，请先在“我的档案”绑定"));
    }

}
