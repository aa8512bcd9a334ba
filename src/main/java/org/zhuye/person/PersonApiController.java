package org.zhuye.person;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import org.zhuye.person.review.ChangeRequests;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;

/** {@code /api/v1/persons}: the registry for other systems, inside the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApiController {

    private final PersonRegistry registry;
    private final PersonRepository persons;
    private final EmploymentHistory employment;
    private final ChangeRequests changeRequests;
    private final FieldCipher cipher;

    PersonApiController(PersonRegistry registry, PersonRepository persons, EmploymentHistory employment,
                        ChangeRequests changeRequests, FieldCipher cipher) {
        this.registry = registry;
        this.persons = persons;
        this.employment = employment;
        this.changeRequests = changeRequests;
        this.cipher = cipher;
    }

    @PostMapping("/certificate-check")
    CertificateCheck check(@RequestBody Map<String, String> body) {
        CertificateNumber.Result result = CertificateNumber.parse(body.get("number"));
        CertificateNumber number = result.number();
        return number == null ? new CertificateCheck(false, result.errors(), null, null, null, null)
                : new CertificateCheck(true, List.of(), number.sex().code(), number.birthDate().toString(),
                        number.category().code(), number.grade());
    }

    /** Registers a person, with their current employment status when {@code employment} is given. */
    @PostMapping
    ResponseEntity<PersonJson> create(@RequestBody NewPerson body, UserAccount user, Jurisdiction jurisdiction) {
        if (!PersonPermissions.mayRecord(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        long id = registry.register(body.person(), body.employment(), jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(read(id, jurisdiction));
    }

    @GetMapping("/{id}")
    PersonJson read(@PathVariable long id, Jurisdiction jurisdiction) {
        return PersonJson.of(persons.require(id, jurisdiction));
    }

    /**
     * Replaces a person's fields. Staff changes apply at once (200); a grassroots member's become
     * a change request for staff to review (202).
     */
    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestParam int version, @RequestBody PersonInput input,
                             UserAccount user, Jurisdiction jurisdiction) {
        if (!PersonPermissions.mayRecord(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (PersonPermissions.editsNeedApproval(user)) {
            long request = changeRequests.submit(id, version, input, jurisdiction);
            return ResponseEntity.accepted().body(Map.of("changeRequest", request, "status", "PENDING"));
        }
        registry.update(id, version, input, jurisdiction);
        return ResponseEntity.ok(read(id, jurisdiction));
    }

    @GetMapping
    SearchJson search(@RequestParam(required = false) String name,
                      @RequestParam(required = false) String certificateNumber,
                      @RequestParam(required = false) String regionCode,
                      @RequestParam(required = false) Integer category, @RequestParam(required = false) Integer grade,
                      @RequestParam(required = false) String sex, @RequestParam(required = false) String employment,
                      @RequestParam(required = false) Integer minAge, @RequestParam(required = false) Integer maxAge,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                      Jurisdiction jurisdiction) {
        PersonSearch search = new PersonSearch(name, certificateNumber, regionCode, category, grade,
                "M".equals(sex) ? Sex.MALE : "F".equals(sex) ? Sex.FEMALE : null, employment, minAge, maxAge, page, size);
        PersonRepository.Page found = persons.search(search, certificateHash(search), LocalDate.now(), jurisdiction);
        return new SearchJson(found.rows().stream().map(PersonJson::of).toList(), found.hasNext(), search.page(), search.pageSize());
    }

    @GetMapping("/{id}/employment")
    List<EmploymentRecord> history(@PathVariable long id, Jurisdiction jurisdiction) {
        persons.require(id, jurisdiction);
        return employment.findHistory(id, jurisdiction);
    }

    @PostMapping("/{id}/employment")
    ResponseEntity<List<EmploymentRecord>> recordEmployment(@PathVariable long id, @RequestBody EmploymentInput input,
                                                            UserAccount user, Jurisdiction jurisdiction) {
        if (!PersonPermissions.mayRecord(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        employment.record(id, input, false, jurisdiction);
        return ResponseEntity.status(HttpStatus.CREATED).body(employment.findHistory(id, jurisdiction));
    }

    private byte[] certificateHash(PersonSearch search) {
        if (search.certificateNumber() == null) {
            return null;
        }
        CertificateNumber number = CertificateNumber.parse(search.certificateNumber()).number();
        // An invalid number cannot match anything; hash it anyway so the query simply finds nobody.
        return cipher.lookupHash(number == null ? search.certificateNumber() : number.withoutReissue());
    }

    @ExceptionHandler(PersonRuleException.class)
    ResponseEntity<Map<String, Object>> invalid(PersonRuleException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    record NewPerson(PersonInput person, EmploymentInput employment) {
        /** A body without "person" is a person with every field blank, so each required field is named. */
        NewPerson {
            person = person != null ? person
                    : new PersonInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    record CertificateCheck(boolean valid, List<String> errors, String sex, String birthDate, Integer category,
                            Integer grade) {
    }

    record SearchJson(List<PersonJson> rows, boolean hasNext, int page, int size) {
    }

    record PersonJson(long id, String certificateMasked, String name, String sex, String birthDate, int category,
                      int grade, List<Integer> multipleCategories, String ethnicity, String education, String regionCode,
                      String hukou, String phoneMasked, String certStatus, Boolean employed, String employedSince,
                      int version, String registeredOn) {

        static PersonJson of(Person p) {
            return new PersonJson(p.id(), p.certificateMasked(), p.name(), p.sex().code(), p.birthDate().toString(),
                    p.category().code(), p.grade(), p.multipleCategories(), p.ethnicity(), p.education(),
                    p.regionCode(), p.hukou().name(), p.phoneMasked(), p.certStatus().name(), p.employed(),
                    p.employedSince() == null ? null : p.employedSince().toString(), p.version(),
                    p.registeredOn().toString());
        }
    }
}
