package org.zhuye.employer.payment;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccess;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;

/** 残保金缴纳 pages: a unit's 缴纳情况 (also a section of the unit's page), the area's payments, the feedback import. */
@Controller
class PaymentPageController {

    private final Payments payments;
    private final PaymentRepository repository;
    private final PaymentImport imports;

    PaymentPageController(Payments payments, PaymentRepository repository, PaymentImport imports) {
        this.payments = payments;
        this.repository = repository;
        this.imports = imports;
    }

    @GetMapping("/employers/{id}/payments")
    String unit(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        return unitPage(model, payments.statement(id, user, jurisdiction), PaymentInput.empty(), null);
    }

    @PostMapping("/employers/{id}/payments")
    String record(@PathVariable long id, PaymentInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect) {
        try {
            payments.record(id, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记 " + input.levyYear().strip() + " 年度缴纳 " + input.amount().strip() + " 元。");
            return "redirect:/employers/" + id + "/payments";
        } catch (EmployerRuleException e) {
            return unitPage(model, payments.statement(id, user, jurisdiction), input, e.fieldErrors());
        }
    }

    @PostMapping("/levy-payments/{id}/void")
    String voidPayment(@PathVariable long id, @RequestParam(required = false) String reason, UserAccount user,
                       Jurisdiction jurisdiction, RedirectAttributes redirect) {
        LevyPayment payment = repository.find(id, jurisdiction).orElseThrow(() -> new PaymentNotFoundException(id));
        try {
            payments.voidPayment(id, reason, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已作废完税凭证号 " + payment.voucherNo() + " 的缴纳记录。");
        } catch (EmployerRuleException | PaymentStateException e) {
            redirect.addFlashAttribute("stepError", e.getMessage());
        }
        return "redirect:/employers/" + payment.employerId() + "/payments";
    }

    @GetMapping("/levy-payments")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String regionCode,
                @RequestParam(required = false) String withVoided, PageRequest paging, UserAccount user,
                Jurisdiction jurisdiction, Model model) {
        requireStaffSide(user);
        PaymentSearch search = PaymentSearch.of(year, regionCode, null, withVoided, paging);
        model.addAttribute("form", search);
        model.addAttribute("page", paging.of(repository.search(search, jurisdiction), repository.count(search, jurisdiction)));
        model.addAttribute("mayWrite", Payments.mayWrite(user));
        model.addAttribute("headers", PaymentImport.HEADERS);
        return "payment/list";
    }

    @PostMapping("/levy-payments/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean dryRun, PageRequest paging, UserAccount user,
                      Jurisdiction jurisdiction, Model model) throws IOException {
        Payments.requireWrite(user);
        model.addAttribute("dryRun", dryRun);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "请选择税务机关反馈的XLSX文件");
        } else {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("outcome", imports.run(file.getInputStream(), file.getOriginalFilename(), dryRun, user, jurisdiction));
        }
        return list(null, null, null, paging, user, jurisdiction, model);
    }

    @GetMapping("/levy-payments/template.xlsx")
    void template(UserAccount user, HttpServletResponse response) throws IOException {
        requireStaffSide(user);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"levy-payments-template.xlsx\"");
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "征收入库")) {
            xlsx.widths(List.of(24, 10, 16, 14, 26)).header(PaymentImport.HEADERS);
            xlsx.row(List.of("91150100MA0000000X", String.valueOf(java.time.LocalDate.now().getYear()), "12345.67",
                    java.time.LocalDate.now().toString(), "315150100000000001"));
        }
    }

    private static String unitPage(Model model, PaymentStatement statement, PaymentInput input, Map<String, String> errors) {
        model.addAttribute("statement", statement);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "payment/unit";
    }

    private static void requireStaffSide(UserAccount user) {
        if (!EmployerAccess.staffSide(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色无权查看残保金缴纳记录");
        }
    }
}
