package org.zhuye.training.startup;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * {@code /api/v1/businesses}: businesses whose place is in the caller's area, for staff-side accounts (others
 * get 404). Field problems answer 422 with {@code fieldErrors} in Chinese ({@code TrainingApiErrors}); a stale
 * {@code version}, 409.
 */
@RestController
@RequestMapping("/api/v1/businesses")
class BusinessApiController {

    private final Businesses service;
    private final BusinessRepository businesses;

    BusinessApiController(Businesses service, BusinessRepository businesses) {
        this.service = service;
        this.businesses = businesses;
    }

    @Operation(summary = "创业实体列表", description = "按经营地点区划（regionCode，任一级）、类型（kind：INDIVIDUAL 个体工商户、SMALL 小微企业）、"
            + "成立年份（year）、孵化基地（incubator，机构编号）、状态（status：OPERATING、CLOSED）筛选，每页50条（page）")
    @GetMapping
    BusinessJson.Page list(BusinessFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        requireReader(user);
        Page<Business> page = businesses.list(filter, paging, jurisdiction);
        return new BusinessJson.Page(page.rows().stream().map(b -> json(b, jurisdiction)).toList(), page.number(),
                page.pages(), page.total());
    }

    @Operation(summary = "区域合计", description = "region 为区划（默认本人辖区），from、to 限定成立日期（YYYY-MM-DD，可省略）：创业实体数、"
            + "经营中、带动就业（含创业者本人）、其中其他残疾人、创业补贴笔数与金额、贷款笔数与金额、贷款贴息合计")
    @GetMapping("/totals")
    BusinessTotals totals(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, UserAccount user, Jurisdiction jurisdiction) {
        requireReader(user);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate start = BusinessInput.date(from, "from", "起始日期", false, errors);
        LocalDate end = BusinessInput.date(to, "to", "截止日期", false, errors);
        if (!errors.isEmpty()) {
            throw new TrainingRuleException(errors);
        }
        return businesses.countTotals(new BusinessFilter(region, null, null, null, null), start, end, jurisdiction);
    }

    @Operation(summary = "登记创业实体", description = "personId 为实名库人员编号；kind、industry（门类字母 A–T）、startedOn（YYYY-MM-DD）、"
            + "regionCode（旗县及以下）、jobsCreated（含本人）、jobsForDisabled（其他残疾人）；可选 incubatorId 与 incubatedFrom、incubatedUntil。"
            + "同时在实名库记录创业者自成立日期起就业（就业形式3）")
    @PostMapping
    ResponseEntity<BusinessJson> create(@RequestBody BusinessInput body, UserAccount user, Jurisdiction jurisdiction) {
        long id = service.create(body, user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/businesses/" + id)).body(read(id, user, jurisdiction));
    }

    @Operation(summary = "一个创业实体")
    @GetMapping("/{id}")
    BusinessJson read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return json(service.read(id, user, jurisdiction), jurisdiction);
    }

    @Operation(summary = "修改创业实体", description = "version 为读取时的版本，他人已修改则 409；创业者不能更改")
    @PutMapping("/{id}")
    BusinessJson update(@PathVariable long id, @RequestParam int version, @RequestBody BusinessInput body, UserAccount user,
                        Jurisdiction jurisdiction) {
        service.update(id, version, body, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "注销", description = "closedOn 为注销日期；version 可省略（按当前版本）")
    @PostMapping("/{id}/close")
    BusinessJson close(@PathVariable long id, @RequestParam(required = false) Integer version,
                       @RequestBody BusinessJson.Closing body, UserAccount user, Jurisdiction jurisdiction) {
        int current = version != null ? version : service.read(id, user, jurisdiction).version();
        service.close(id, current, body == null ? null : body.closedOn(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "核发创业补贴", description = "每人限一次；不符合的条件逐条在 fieldErrors 中说明（422）")
    @PostMapping("/{id}/startup-subsidy")
    BusinessJson grant(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        service.grantSubsidy(id, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "贷款及贴息", description = "每笔贷款及按等额本金按月计息核算的贴息（各贷款年度，四舍五入到分）")
    @GetMapping("/{id}/loans")
    List<BusinessJson.Loan> loans(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        service.read(id, user, jurisdiction);
        return businesses.findLoans(id, jurisdiction).stream().map(BusinessJson.Loan::of).toList();
    }

    @Operation(summary = "登记贷款并核算贴息", description = "bank、amount（元）、annualRate（%）、termMonths、startedOn（YYYY-MM-DD）")
    @PostMapping("/{id}/loans")
    ResponseEntity<List<BusinessJson.Loan>> recordLoan(@PathVariable long id, @RequestBody LoanInput body, UserAccount user,
                                                       Jurisdiction jurisdiction) {
        service.recordLoan(id, body, user, jurisdiction);
        return ResponseEntity.status(201).body(loans(id, user, jurisdiction));
    }

    private BusinessJson json(Business b, Jurisdiction jurisdiction) {
        return BusinessJson.of(b, businesses.findSubsidy(b.id(), jurisdiction).orElse(null));
    }

    private static void requireReader(UserAccount user) {
        if (!Businesses.reader(user)) {
            throw new TrainingNotFoundException("创业实体", 0);
        }
    }
}
