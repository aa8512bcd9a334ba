package org.zhuye.monitoring.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;

/**
 * 季度通报 over JSON. Staff-side roles read the 通报 of their area; ADMIN and STAFF draft, edit and discard drafts,
 * and those whose area is the region issue. Bad input 422 with {@code fieldErrors}; an issued 通报 or a stale
 * version 409.
 */
@RestController
class BulletinApiController {

    private static final int MAX_LIST = 500;

    private final Bulletins bulletins;

    BulletinApiController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    record Summary(long id, String regionCode, String quarter, String title, String documentNumber, String state,
                   Instant issuedAt, String issuedBy, int version) {

        static Summary of(Bulletin b) {
            return new Summary(b.id(), b.regionCode(), b.quarter(), b.title(), b.documentNumber(), b.state().name(),
                    b.issuedAt(), b.issuedBy(), b.version());
        }
    }

    record Document(long id, String regionCode, String quarter, String title, String documentNumber, String state,
                    Instant issuedAt, String issuedBy, String issuingBody, LocalDate asOf, String body,
                    List<IndicatorRanking> figures, int version) {

        static Document of(Bulletin b) {
            return new Document(b.id(), b.regionCode(), b.quarter(), b.title(), b.documentNumber(), b.state().name(),
                    b.issuedAt(), b.issuedBy(), b.issuingBody(), b.figures().asOf(), b.body(), b.figures().indicators(),
                    b.version());
        }
    }

    @Operation(summary = "季度通报列表", description = "region（任一级，不填为本辖区）及其下级的通报，含草稿；year 按季度所在年份筛选。"
            + "state 为 DRAFT（草稿）或 ISSUED（已印发）；按季度从新到旧，最多 500 条")
    @GetMapping("/api/v1/bulletins")
    List<Summary> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                       UserAccount user) {
        return bulletins.list(region, year, user, MAX_LIST, 0).stream().map(Summary::of).toList();
    }

    @Operation(summary = "一份季度通报", description = "正文（body）和起草时的数据（figures）：每项指标本地区的数值、目标、完成率、"
            + "时序进度（expected，%）、超前或落后的百分点（pointsAhead），各下级按完成率的排名（rank，并列同名次，未设目标的为 null）。"
            + "已印发的通报永不改变")
    @GetMapping("/api/v1/bulletins/{id}")
    Document one(@PathVariable long id, UserAccount user) {
        return Document.of(bulletins.get(id, user));
    }

    record DraftRequest(String region, String quarter, String title, String body) {
    }

    @Operation(summary = "起草季度通报", description = "quarter 如 2026Q3；按季度末（季度未完为今天）的数据排名并起草，title、body 不填则按数据写出")
    @PostMapping("/api/v1/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    Document draft(@RequestBody DraftRequest request, UserAccount user) {
        DraftRequest r = request == null ? new DraftRequest(null, null, null, null) : request;
        return Document.of(bulletins.draft(r.region(), r.quarter(), r.title(), r.body(), user));
    }

    record EditRequest(String title, String body, Integer version) {
    }

    @Operation(summary = "修改通报草稿", description = "version 为读取时的版本；已印发的通报或他人已修改答 409")
    @PutMapping("/api/v1/bulletins/{id}")
    Document edit(@PathVariable long id, @RequestBody EditRequest request, UserAccount user) {
        return Document.of(bulletins.edit(id, request.title(), request.body(), request.version(), user));
    }

    record IssueRequest(String documentNumber, Integer version) {
    }

    @Operation(summary = "印发通报", description = "documentNumber 为文号（如 内残联通〔2026〕3号），同一地区同一年不重复；"
            + "只有本级（管辖范围即该地区）的工作人员或管理员可以印发；印发后不再改变")
    @PostMapping("/api/v1/bulletins/{id}/issue")
    Document issue(@PathVariable long id, @RequestBody IssueRequest request, UserAccount user) {
        return Document.of(bulletins.issue(id, request.documentNumber(), request.version(), user));
    }

    @Operation(summary = "删除通报草稿", description = "已印发的通报不能删除（409）")
    @DeleteMapping("/api/v1/bulletins/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@PathVariable long id, @RequestParam(required = false) Integer version, UserAccount user) {
        bulletins.discard(id, version, user);
    }
}
