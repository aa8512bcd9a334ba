package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccess;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/levy-payments}: the levy the tax bureau reports as paid (征收入库), for units registered in the
 * caller's jurisdiction. Rule violations answer 422 with every field's message (the module's body), a unit or payment
 * outside the jurisdiction 404, a second void 409.
 */
@RestController
@RequestMapping("/api/v1/levy-payments")
class PaymentApiController {

    private final Payments payments;
    private final PaymentRepository repository;

    PaymentApiController(Payments payments, PaymentRepository repository) {
        this.payments = payments;
        this.repository = repository;
    }

    @Operation(summary = "残保金缴纳记录列表", description = "按所属年度、单位注册地区划（regionCode）、单位（employerId）筛选；"
            + "withVoided=true 时含已作废的记录；每页50条，page 从1开始")
    @GetMapping
    PageJson list(@RequestParam(required = false) String year, @RequestParam(required = false) String regionCode,
                  @RequestParam(required = false) Long employerId, @RequestParam(required = false) String withVoided,
                  @RequestParam(defaultValue = "1") int page, UserAccount user, Jurisdiction jurisdiction) {
        if (!EmployerAccess.staffSide(user)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN,
                    "您的角色无权查看残保金缴纳记录");
        }
        PaymentSearch search = PaymentSearch.of(year, regionCode, employerId, withVoided, new PageRequest(page, PageRequest.SIZE, ""));
        return new PageJson(repository.search(search, jurisdiction).stream().map(PaymentJson::of).toList(),
                repository.count(search, jurisdiction), search.paging().number(), search.paging().size());
    }

    @Operation(summary = "一家单位的缴纳情况", description = "各所属年度的应缴（已确认年审申报的残保金）、实缴和结余（outstanding 为负即多缴），及全部缴纳记录")
    @GetMapping("/employers/{employerId}")
    StatementJson statement(@PathVariable long employerId, UserAccount user, Jurisdiction jurisdiction) {
        PaymentStatement statement = payments.statement(employerId, user, jurisdiction);
        return new StatementJson(employerId, statement.balances().stream()
                .map(b -> new BalanceJson(b.levyYear(), b.due(), b.paid(), b.outstanding(), b.standing())).toList(),
                statement.payments().stream().map(PaymentJson::of).toList());
    }

    @Operation(summary = "登记一笔缴纳", description = "残联工作人员、系统管理员登记税务机关反馈的一笔实缴：levyYear 所属年度，amount 元（最多两位小数），"
            + "paidOn 入库日期（不晚于今天、不早于所属年度），voucherNo 完税凭证号（同一单位不能重复）")
    @PostMapping
    ResponseEntity<PaymentJson> record(@RequestBody In body, UserAccount user, Jurisdiction jurisdiction) {
        if (body.employerId() == null) {
            throw org.zhuye.employer.EmployerRuleException.of("employerId", "请给出缴费单位的编号 employerId");
        }
        long id = payments.record(body.employerId(),
                new PaymentInput(body.levyYear() == null ? null : String.valueOf(body.levyYear()), body.amount(), body.paidOn(),
                        body.voucherNo()), user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/levy-payments/" + id)).body(read(id, jurisdiction));
    }

    @Operation(summary = "作废一笔缴纳", description = "须写明原因；记录保留，不再计入实缴。已作废的再作废答 409")
    @PostMapping("/{id}/void")
    PaymentJson voidPayment(@PathVariable long id, @RequestBody(required = false) VoidIn body, UserAccount user,
                            Jurisdiction jurisdiction) {
        payments.voidPayment(id, body == null ? null : body.reason(), user, jurisdiction);
        return read(id, jurisdiction);
    }

    private PaymentJson read(long id, Jurisdiction jurisdiction) {
        return repository.find(id, jurisdiction).map(PaymentJson::of).orElseThrow(() -> new PaymentNotFoundException(id));
    }

    /** amount and paidOn as text, so that "12345.678" or "2024/9/1" reach the rule's message rather than a parse error. */
    record In(Long employerId, Integer levyYear, String amount, String paidOn, String voucherNo) {
    }

    record VoidIn(String reason) {
    }

    record PageJson(List<PaymentJson> rows, long total, int page, int size) {
    }

    record BalanceJson(int levyYear, BigDecimal due, BigDecimal paid, BigDecimal outstanding, String standing) {
    }

    record StatementJson(long employerId, List<BalanceJson> balances, List<PaymentJson> payments) {
    }

    record PaymentJson(long id, long employerId, String employerName, String creditCode, String regionCode, int levyYear,
                       BigDecimal amount, String paidOn, String voucherNo, String source, String recordedAt, String recordedBy,
                       boolean voided, String voidedAt, String voidedBy, String voidReason) {

        static PaymentJson of(LevyPayment p) {
            return new PaymentJson(p.id(), p.employerId(), p.employerName(), p.creditCode(), p.regionCode(), p.levyYear(),
                    p.amount(), p.paidOn().toString(), p.voucherNo(), p.source().name(), p.recordedAt().toString(),
                    p.recordedBy(), p.voided(), p.voidedAt() == null ? null : p.voidedAt().toString(), p.voidedBy(),
                    p.voidReason());
        }
    }
}
