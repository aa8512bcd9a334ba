package org.zhuye.employer.declaration;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.account.HomeTask;
import org.zhuye.account.HomeTask.Urgency;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.region.Jurisdiction;

/**
 * Declarations on the home page: for STAFF/ADMIN, those submitted in their area for a year their level
 * may review; for an EMPLOYER account, its own unit's declaration of the current collection year and
 * the next step (file it, finish the draft, fix the returned one, wait, or nothing: confirmed).
 */
@Component
class DeclarationWorkQueue implements WorkQueue {

    private final DeclarationRepository declarations;
    private final DeclarationParameters parameters;
    private final EmployerAccounts accounts;

    DeclarationWorkQueue(DeclarationRepository declarations, DeclarationParameters parameters, EmployerAccounts accounts) {
        this.declarations = declarations;
        this.parameters = parameters;
        this.accounts = accounts;
    }

    @Override
    public List<HomeTask> tasksFor(UserAccount user) {
        if (DeclarationAccess.staffEditor(user)) {
            return List.of(HomeTask.count("待审核的年审申报", reviewable(user), "/declarations?status=SUBMITTED", Urgency.WAITING));
        }
        if (user.roles().contains(Role.EMPLOYER) && !DeclarationAccess.staffSide(user)) {
            return List.of(ownUnit(user));
        }
        return List.of();
    }

    private long reviewable(UserAccount user) {
        return declarations.countSubmitted(user.jurisdiction()).stream()
                .filter(w -> mayReview(user, w))
                .mapToLong(DeclarationRepository.Waiting::count).sum();
    }

    private boolean mayReview(UserAccount user, DeclarationRepository.Waiting waiting) {
        try {
            return DeclarationAccess.mayReview(user, parameters.rulesFor(waiting.countyCode(), waiting.year()));
        } catch (NoDeclarationRules e) {
            return false;  // nobody can review a year without parameters; the declaration page says why
        }
    }

    private HomeTask ownUnit(UserAccount user) {
        int year = Declarations.today().getYear();
        String label = year + "年度按比例就业年审";
        Optional<Employer> unit = accounts.unitOf(user);
        if (unit.isEmpty()) {
            return HomeTask.step(label, "您的账号尚未绑定用人单位，请联系残联工作人员。", "/declarations", Urgency.WAITING);
        }
        // The link is an employer account's whole scope, wherever its unit is registered (DeclarationAccess.scope).
        Optional<Declaration> declaration = declarations.findFor(unit.get().id(), year, Jurisdiction.of(unit.get().regionCode()));
        if (declaration.isEmpty()) {
            return notFiled(label, unit.get(), year);
        }
        Declaration d = declaration.get();
        String link = "/declarations/" + d.id();
        return switch (d.status()) {
            case DRAFT -> HomeTask.step(label, "草稿已保存，尚未提交：请核对后提交。", link, Urgency.WAITING);
            case RETURNED -> HomeTask.step(label, "残联已退回" + (d.returnReason() == null ? "" : "（" + d.returnReason() + "）")
                    + "：请修改后重新提交。", link, Urgency.WAITING);
            case SUBMITTED -> HomeTask.step(label, "已提交，等待残联审核。", link, Urgency.SETTLED);
            case CONFIRMED -> HomeTask.step(label, "残联已确认，本年度无需再办理。", link, Urgency.SETTLED);
        };
    }

    private HomeTask notFiled(String label, Employer unit, int year) {
        String link = "/declarations/new?year=" + year;
        try {
            DeclarationRules rules = parameters.rulesFor(unit.regionCode(), year);
            if (Declarations.today().isAfter(rules.filingDeadline())) {
                return HomeTask.step(label, "尚未申报，申报已于 " + rules.filingDeadline() + " 截止：请联系残联工作人员。",
                        "/declarations", Urgency.OVERDUE);
            }
            return HomeTask.step(label, "尚未申报：请在 " + rules.filingDeadline() + " 前填报并提交。", link, Urgency.WAITING);
        } catch (NoDeclarationRules e) {
            return HomeTask.step(label, "尚未申报。" + e.getMessage(), link, Urgency.WAITING);
        }
    }
}
