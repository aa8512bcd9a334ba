package org.zhuye.employer;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/employers}: units inside the caller's jurisdiction; an EMPLOYER account sees
 * only its own unit (the list holds that one unit). Rule violations answer 422 with every field's
 * message ({@link EmployerApiErrors}), as the person API does.
 */
@RestController
@RequestMapping("/api/v1/employers")
class EmployerApiController {

    private final EmployerRepository employers;
    private final EmployerRegistry registry;
    private final EmployerAccounts accounts;
    private final EmployerAccess access;

    EmployerApiController(EmployerRepository employers, EmployerRegistry registry, EmployerAccounts accounts,
                          EmployerAccess access) {
        this.employers = employers;
        this.registry = registry;
        this.accounts = accounts;
        this.access = access;
    }

    /** Checks a unified social credit code (GB 32100-2015) and names every rule it breaks. */
    @PostMapping("/credit-code-check")
    CreditCodeCheck check(@RequestBody Map<String, String> body) {
        UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.parse(body == null ? null : body.get("code"));
        UnifiedSocialCreditCode code = result.code();
        return code == null ? new CreditCodeCheck(false, result.errors(), null, null, null, null, null)
                : new CreditCodeCheck(true, List.of(), code.value(), code.registrationAuthority(),
                        code.organisationCategory(), code.divisionCode(), code.organisationCode());
    }

    @GetMapping
    SearchJson search(EmployerSearchForm form, UserAccount user, Jurisdiction jurisdiction) {
        EmployerSearch search = form.toSearch();
        if (EmployerAccess.ownUnitOnly(user)) {
            List<EmployerJson> own = accounts.unitOf(user).map(EmployerJson::of).stream().toList();
            return new SearchJson(own, false, 0, search.pageSize());
        }
        if (!EmployerAccess.staffSide(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色无权查看用人单位");
        }
        EmployerRepository.Page page = employers.search(search, jurisdiction);
        return new SearchJson(page.rows().stream().map(EmployerJson::of).toList(), page.hasNext(), search.page(),
                search.pageSize());
    }

    @PostMapping
    ResponseEntity<EmployerJson> create(@RequestBody EmployerInput input, UserAccount user, Jurisdiction jurisdiction) {
        EmployerAccess.requireEdit(user);
        long id = registry.register(input, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id)).body(read(id, user, jurisdiction));
    }

    @GetMapping("/{id}")
    EmployerJson read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return EmployerJson.of(access.visible(id, user, jurisdiction));
    }

    /** Replaces a unit's fields; {@code version} is the one read, so a concurrent edit is refused, not lost. */
    @PutMapping("/{id}")
    EmployerJson update(@PathVariable long id, @RequestParam int version, @RequestBody EmployerInput input,
                        UserAccount user, Jurisdiction jurisdiction) {
        EmployerAccess.requireEdit(user);
        access.visible(id, user, jurisdiction);
        registry.update(id, version, input, jurisdiction);
        return read(id, user, jurisdiction);
    }

    record CreditCodeCheck(boolean valid, List<String> errors, String code, String registrationAuthority,
                           String organisationCategory, String divisionCode, String organisationCode) {
    }

    record SearchJson(List<EmployerJson> rows, boolean hasNext, int page, int size) {
    }

    record EmployerJson(long id, String creditCode, String name, String type, String typeLabel, String level,
                        Integer authorisedPosts, boolean school, String industry, String industryLabel,
                        String regionCode, String contactName, String contactPhoneMasked, String createdAt,
                        String updatedAt, int version) {

        static EmployerJson of(Employer e) {
            return new EmployerJson(e.id(), e.creditCode(), e.name(), e.type().name(), e.typeLabel(),
                    e.level() == null ? null : e.level().name(), e.authorisedPosts(), e.school(), e.industry().code(),
                    e.industry().label(), e.regionCode(), e.contactName(), e.contactPhoneMasked(),
                    e.createdAt().toString(), e.updatedAt().toString(), e.version());
        }
    }
}
