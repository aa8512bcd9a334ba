package org.zhuye.employer.declaration;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.Histories;
import org.zhuye.audit.AuditTrail;
import org.zhuye.employer.Employer;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/** The declaration pages: the list (a unit's own, or staff's review queue), the form, and a declaration's page. */
@Controller
class DeclarationPageController {

    private final Declarations workflow;
    private final DeclarationRepository declarations;
    private final DeclarationAccess access;
    private final Histories histories;
    private final AuditTrail audit;

    DeclarationPageController(Declarations workflow, DeclarationRepository declarations, DeclarationAccess access,
                              Histories histories, AuditTrail audit) {
        this.workflow = workflow;
        this.declarations = declarations;
        this.access = access;
        this.histories = histories;
        this.audit = audit;
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("statuses", DeclarationStatus.values());
        model.addAttribute("dispatches", Dispatch.values());
    }

    @GetMapping("/declarations")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String status,
                @RequestParam(required = false) String regionCode, @RequestParam(required = false) String name,
                PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        DeclarationAccess.Scope scope = access.scope(user, jurisdiction);
        DeclarationSearch search = DeclarationSearch.of(year, status, regionCode, name, null).onPage(paging);
        if (scope.employerId() != null) {
            search = search.forEmployer(scope.employerId());
        }
        model.addAttribute("form", new Filters(year, status, regionCode, name));
        model.addAttribute("page", paging.of(declarations.search(search, scope.jurisdiction()).rows(),
                declarations.count(search, scope.jurisdiction())));
        model.addAttribute("ownUnit", scope.employerId() != null);
        model.addAttribute("thisYear", Declarations.today().getYear());
        return "declaration/list";
    }

    @GetMapping("/declarations/new")
    String newForm(@RequestParam(required = false) Long employerId, @RequestParam(required = false) String year,
                   UserAccount user, Jurisdiction jurisdiction, Model model) {
        Employer employer = access.unitToFileFor(employerId, user, jurisdiction);
        return form(model, employer, null, year == null ? String.valueOf(Declarations.today().getYear()) : year,
                DeclarationInput.empty(), null);
    }

    @PostMapping("/declarations")
    String create(@RequestParam(required = false) Long employerId, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String action, @RequestParam(required = false) Integer removeRow,
                  HttpServletRequest request, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect) {
        Employer employer = access.unitToFileFor(employerId, user, jurisdiction);
        DeclarationInput input = DeclarationForms.read(request);
        if (removeRow != null || "addRow".equals(action)) {
            return form(model, employer, null, year, rowsChanged(input, removeRow), null);
        }
        try {
            long id = workflow.create(employer.id(), year, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存草稿。下面是每名残疾职工的核验结果和残保金计算；确认无误后请提交。");
            return "redirect:/declarations/" + id;
        } catch (DeclarationRuleException e) {
            return form(model, employer, null, year, input, DeclarationForms.formErrors(e.fieldErrors()));
        } catch (NoDeclarationRules e) {
            return form(model, employer, null, year, input, java.util.Map.of("year", e.getMessage()));
        }
    }

    @GetMapping("/declarations/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        DeclarationView view = workflow.view(id, user, jurisdiction);
        model.addAttribute("view", view);
        model.addAttribute("d", view.declaration());
        boolean staff = DeclarationAccess.staffSide(user);
        model.addAttribute("staff", staff);
        model.addAttribute("auditTrail", staff
                ? histories.of("quota_declaration", String.valueOf(id), jurisdiction)
                : List.of());
        return "declaration/show";
    }

    /** The form shows the certificate numbers in full, so opening it on stored rows is recorded as revealing them. */
    @GetMapping("/declarations/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        DeclarationView view = workflow.view(id, user, jurisdiction);
        if (!view.actions().edit()) {
            throw new DeclarationStateException("此申报状态为“" + view.declaration().status().label() + "”，不能修改");
        }
        if (!view.rows().isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.SENSITIVE_REVEALED, "quota_declaration", String.valueOf(id),
                    view.employer().regionCode()).withDetail("残疾职工证号（打开修改表单）"));
        }
        DeclarationInput input = workflow.inputOf(view.declaration(), view.employer());
        return form(model, view.employer(), view.declaration(), String.valueOf(view.declaration().year()),
                input.employees().isEmpty() ? DeclarationForms.withBlankRow(input) : input, null);
    }

    @PostMapping("/declarations/{id}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String action,
                  @RequestParam(required = false) Integer removeRow, HttpServletRequest request, UserAccount user,
                  Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        Declaration declaration = access.visible(id, declarations, user, jurisdiction);
        Employer employer = access.unitOf(declaration, user, jurisdiction);
        DeclarationInput input = DeclarationForms.read(request);
        if (removeRow != null || "addRow".equals(action)) {
            return form(model, employer, declaration, String.valueOf(declaration.year()), rowsChanged(input, removeRow), null);
        }
        try {
            workflow.update(id, version, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存。下面是每名残疾职工的核验结果和残保金计算。");
            return "redirect:/declarations/" + id;
        } catch (DeclarationRuleException e) {
            return form(model, employer, declaration, String.valueOf(declaration.year()), input,
                    DeclarationForms.formErrors(e.fieldErrors()));
        }
    }

    @PostMapping("/declarations/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        return step(id, redirect, "已提交，等待残联审核。", () -> workflow.submit(id, version, user, jurisdiction));
    }

    @PostMapping("/declarations/{id}/return")
    String returnForCorrection(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                               UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已退回，单位将看到退回理由。",
                () -> workflow.returnForCorrection(id, version, reason, user, jurisdiction));
    }

    @PostMapping("/declarations/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction,
                   RedirectAttributes redirect) {
        return step(id, redirect, "已确认，申报已锁定。", () -> workflow.confirm(id, version, user, jurisdiction));
    }

    /** Runs a workflow step; a refused one comes back to the page as an error, nothing changed. */
    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (DeclarationStateException | DeclarationRuleException e) {
            redirect.addFlashAttribute("stepError", e.getMessage());
        }
        return "redirect:/declarations/" + id;
    }

    private static DeclarationInput rowsChanged(DeclarationInput input, Integer removeRow) {
        return removeRow != null ? DeclarationForms.withoutRow(input, removeRow) : DeclarationForms.withBlankRow(input);
    }

    private static String form(Model model, Employer employer, Declaration declaration, String year,
                               DeclarationInput input, java.util.Map<String, String> errors) {
        model.addAttribute("employer", employer);
        model.addAttribute("declaration", declaration);
        model.addAttribute("year", year);
        model.addAttribute("input", input.employees().isEmpty() ? DeclarationForms.withBlankRow(input) : input);
        model.addAttribute("errors", errors);
        return "declaration/form";
    }

    record Filters(String year, String status, String regionCode, String name) {
    }
}
