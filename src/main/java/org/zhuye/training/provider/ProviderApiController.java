package org.zhuye.training.provider;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/** {@code /api/v1/training/providers}: the providers of the caller's area; STAFF and ADMIN register them. */
@RestController
class ProviderApiController {

    private final Providers providers;

    ProviderApiController(Providers providers) {
        this.providers = providers;
    }

    record ProviderPage(List<Provider> providers, int page, long pages, long total) {
    }

    @Operation(summary = "培训机构列表", description = "管辖范围内的培训机构；institutionId 不为空的是本系统的服务机构")
    @GetMapping("/api/v1/training/providers")
    ProviderPage list(PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        Page<Provider> page = providers.list(paging, user, jurisdiction);
        return new ProviderPage(page.rows(), page.number(), page.pages(), page.total());
    }

    @Operation(summary = "登记培训机构", description = "给 institutionId 则把本系统的培训基地、盲人按摩机构或就业服务机构登记为培训机构；"
            + "否则为外部学校，须有名称（name）、统一社会信用代码（creditCode）和所在区划（regionCode）；联系人与电话可选")
    @PostMapping("/api/v1/training/providers")
    ResponseEntity<Provider> register(@RequestBody ProviderInput body, UserAccount user, Jurisdiction jurisdiction) {
        long id = providers.register(body, user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/training/providers/" + id)).body(providers.read(id, user, jurisdiction));
    }

    @Operation(summary = "修改培训机构", description = "外部学校可改名称、代码、地区和联系人；本系统服务机构只改联系人。active=false 停用（不能再新建培训班）；"
            + "version 为读取时的版本，他人已修改则 409")
    @PutMapping("/api/v1/training/providers/{id}")
    Provider update(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "true") boolean active,
                    @RequestBody ProviderInput body, UserAccount user, Jurisdiction jurisdiction) {
        providers.update(id, version, body, active, user, jurisdiction);
        return providers.read(id, user, jurisdiction);
    }
}
