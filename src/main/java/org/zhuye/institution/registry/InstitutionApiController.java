package org.zhuye.institution.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.served.EndInput;
import org.zhuye.institution.served.ServedInput;
import org.zhuye.institution.served.ServedPersons;
import org.zhuye.institution.served.ServedSpan;
import org.zhuye.institution.served.ServedStore;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.VisiblePeople;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/institutions}: institutions inside the caller's jurisdiction; an INSTITUTION token sees only its
 * own (the list holds that one). Errors: 422 with every field's message, 404, 409 ({@code InstitutionApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "服务机构", description = "服务机构登记、状态与服务对象")
class InstitutionApiController {

    private final InstitutionStore store;
    private final InstitutionRegistry registry;
    private final InstitutionAccounts accounts;
    private final InstitutionAccess access;
    private final ServedStore served;
    private final ServedPersons servedPersons;

    InstitutionApiController(InstitutionStore store, InstitutionRegistry registry, InstitutionAccounts accounts,
                             InstitutionAccess access, ServedStore served, ServedPersons servedPersons) {
        this.store = store;
        this.registry = registry;
        this.accounts = accounts;
        this.access = access;
        this.served = served;
        this.servedPersons = servedPersons;
    }

    @GetMapping
    @Operation(summary = "查询服务机构", description = "按所在地、类型、状态、名称筛选，分页；机构账号只得到本机构")
    PageJson search(InstitutionSearch form, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        if (InstitutionAccess.ownOnly(user)) {
            List<InstitutionJson> own = accounts.institutionOf(user).map(InstitutionJson::of).stream().toList();
            return new PageJson(own, own.size(), 1, paging.size());
        }
        if (!InstitutionAccess.staffSide(user)) {
            throw new InstitutionNotFoundException(0);
        }
        return new PageJson(store.search(form, paging.offset(), paging.size(), jurisdiction).stream().map(InstitutionJson::of).toList(),
                store.count(form, jurisdiction), paging.number(), paging.size());
    }

    @PostMapping
    @Operation(summary = "登记服务机构")
    ResponseEntity<InstitutionJson> create(@RequestBody InstitutionInput input, UserAccount user, Jurisdiction jurisdiction) {
        if (!InstitutionAccess.mayEdit(user)) {
            throw new InstitutionNotFoundException(0);
        }
        long id = registry.register(input, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/institutions/" + id)).body(read(id, user, jurisdiction));
    }

    @GetMapping("/{id}")
    @Operation(summary = "读取服务机构")
    InstitutionJson read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return InstitutionJson.of(access.visible(id, user, jurisdiction));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改服务机构", description = "version 为读取时的版本号，已被他人修改时答 409")
    InstitutionJson update(@PathVariable long id, @RequestParam int version, @RequestBody InstitutionInput input,
                           UserAccount user, Jurisdiction jurisdiction) {
        access.editable(id, user, jurisdiction);
        registry.update(id, version, input, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "变更机构状态", description = "status: OPERATING、SUSPENDED 或 CLOSED（须 closedOn）")
    InstitutionJson status(@PathVariable long id, @RequestBody StatusJson body, UserAccount user, Jurisdiction jurisdiction) {
        access.editable(id, user, jurisdiction);
        registry.changeStatus(id, body.version() == null ? -1 : body.version(), body.status(), body.closedOn(), jurisdiction);
        return read(id, user, jurisdiction);
    }

    @GetMapping("/{id}/persons")
    @Operation(summary = "机构的服务对象", description = "现在与曾经的服务记录；管辖范围外的人员只计数")
    PersonsJson persons(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        access.visible(id, user, jurisdiction);
        VisiblePeople<ServedSpan> people = VisiblePeople.of(served.findOfInstitution(id), ServedSpan::personRegionCode, jurisdiction);
        return new PersonsJson(people.visible().stream().map(SpanJson::of).toList(), people.hidden());
    }

    @PostMapping("/{id}/persons")
    @Operation(summary = "接收服务对象", description = "辅助性就业与盲人按摩从业同时记入档案就业状况；超过容量时返回 warning")
    ResponseEntity<Map<String, Object>> admit(@PathVariable long id, @RequestBody ServedInput input, UserAccount user,
                                              Jurisdiction jurisdiction) {
        Institution institution = access.servable(id, user, jurisdiction);
        ServedPersons.Admitted admitted = servedPersons.admit(institution, input, jurisdiction);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("span", SpanJson.of(served.findSpan(id, admitted.spanId()).orElseThrow()));
        body.put("warning", admitted.warning());
        return ResponseEntity.created(URI.create("/api/v1/institutions/" + id + "/persons/" + admitted.spanId())).body(body);
    }

    @PostMapping("/{id}/persons/{spanId}/end")
    @Operation(summary = "结束服务", description = "工作类服务且档案现状仍为该记录时，须同时给出此后的就业状况")
    SpanJson end(@PathVariable long id, @PathVariable long spanId, @RequestBody EndInput input, UserAccount user,
                 Jurisdiction jurisdiction) {
        Institution institution = access.servable(id, user, jurisdiction);
        served.findSpan(id, spanId).filter(s -> jurisdiction.contains(org.zhuye.region.RegionCode.of(s.personRegionCode())))
                .orElseThrow(() -> new InstitutionNotFoundException(id));
        servedPersons.end(institution, spanId, input, jurisdiction);
        return SpanJson.of(served.findSpan(id, spanId).orElseThrow());
    }

    record PageJson(List<InstitutionJson> rows, long total, int page, int size) {
    }

    record StatusJson(String status, String closedOn, Integer version) {
    }

    record PersonsJson(List<SpanJson> rows, int hidden) {
    }

    record InstitutionJson(long id, String kind, String kindLabel, String name, String creditCode, String regionCode,
                           String address, int capacity, List<String> accessibility, String contactName,
                           String contactPhoneMasked, String openedOn, String status, String closedOn, int version) {

        static InstitutionJson of(Institution i) {
            return new InstitutionJson(i.id(), i.kind().name(), i.kind().label(), i.name(), i.creditCode(), i.regionCode(),
                    i.address(), i.capacity(), i.accessibility(), i.contactName(), i.contactPhoneMasked(),
                    i.openedOn().toString(), i.status().name(), i.closedOn() == null ? null : i.closedOn().toString(),
                    i.version());
        }
    }

    record SpanJson(long id, long personId, String personName, String service, String serviceLabel, String careMode,
                    String fromOn, String untilOn, String endReason, Long employmentEventId, String note, int version) {

        static SpanJson of(ServedSpan s) {
            return new SpanJson(s.id(), s.personId(), s.personName(), s.service().name(), s.service().label(),
                    s.careMode() == null ? null : s.careMode().name(), s.fromOn().toString(),
                    s.untilOn() == null ? null : s.untilOn().toString(), s.endReason() == null ? null : s.endReason().name(),
                    s.employmentEventId(), s.note(), s.version());
        }
    }
}
