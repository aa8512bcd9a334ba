package org.zhuye.employer.declaration;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/declarations}: the annual quota declarations (按比例就业年审) inside the caller's
 * jurisdiction; an EMPLOYER account sees and files only its own unit's. Bad input answers 400 with
 * every field's message; a step the status does not allow answers 409.
 */
@RestController
@RequestMapping("/api/v1/declarations")
class DeclarationApiController {

    private final Declarations workflow;
    private final DeclarationRepository declarations;
    private final DeclarationAccess access;

    DeclarationApiController(Declarations workflow, DeclarationRepository declarations, DeclarationAccess access) {
        this.workflow = workflow;
        this.declarations = declarations;
        this.access = access;
    }

    @Operation(summary = "年审申报列表", description = "按征收年度、状态（DRAFT、SUBMITTED、RETURNED、CONFIRMED）、注册地区划、单位名称筛选；用人单位账号只得到本单位的申报")
    @GetMapping
    DeclarationJson.Page list(@RequestParam(required = false) String year, @RequestParam(required = false) String status,
                              @RequestParam(required = false) String regionCode, @RequestParam(required = false) String name,
                              @RequestParam(required = false) String page, UserAccount user, Jurisdiction jurisdiction) {
        DeclarationSearch search = DeclarationSearch.of(year, status, regionCode, name, page);
        DeclarationAccess.Scope scope = access.scope(user, jurisdiction);
        if (scope.employerId() != null) {
            search = search.forEmployer(scope.employerId());
        }
        DeclarationRepository.Page rows = declarations.search(search, scope.jurisdiction());
        return new DeclarationJson.Page(rows.rows().stream().map(DeclarationJson.Summary::of).toList(), rows.hasNext(),
                search.page(), search.pageSize());
    }

    @Operation(summary = "一份年审申报", description = "含每名残疾职工的核验结果（problems 为空即计入）和残保金计算步骤")
    @GetMapping("/{id}")
    DeclarationJson.Full read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return DeclarationJson.Full.of(workflow.view(id, user, jurisdiction));
    }

    @Operation(summary = "新建年审申报草稿", description = "用人单位账号为本单位填报（employerId 可省略）；工作人员代为填报须给 employerId")
    @PostMapping
    ResponseEntity<DeclarationJson.Full> create(@RequestBody DeclarationJson.In body, UserAccount user, Jurisdiction jurisdiction) {
        long id = workflow.create(body.employerId(), body.year() == null ? null : String.valueOf(body.year()),
                body.toInput(), user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/declarations/" + id)).body(read(id, user, jurisdiction));
    }

    @Operation(summary = "修改草稿或被退回的申报", description = "version 为读取时的版本，他人已修改则 409")
    @PutMapping("/{id}")
    DeclarationJson.Full update(@PathVariable long id, @RequestParam int version, @RequestBody DeclarationJson.In body,
                                UserAccount user, Jurisdiction jurisdiction) {
        workflow.update(id, version, body.toInput(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "提交申报", description = "草稿须在申报截止日前提交；被退回的申报修改后可再次提交")
    @PostMapping("/{id}/submit")
    DeclarationJson.Full submit(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction) {
        workflow.submit(id, version, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "退回申报", description = "审核人员退回已提交的申报，须写明理由")
    @PostMapping("/{id}/return")
    DeclarationJson.Full returnForCorrection(@PathVariable long id, @RequestParam int version,
                                             @RequestBody DeclarationJson.ReturnIn body, UserAccount user,
                                             Jurisdiction jurisdiction) {
        workflow.returnForCorrection(id, version, body == null ? null : body.reason(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "确认申报", description = "审核人员确认已提交的申报；确认后锁定，残保金按确认时的核验结果计算")
    @PostMapping("/{id}/confirm")
    DeclarationJson.Full confirm(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction) {
        workflow.confirm(id, version, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @ExceptionHandler(DeclarationRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(DeclarationRuleException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }
}
