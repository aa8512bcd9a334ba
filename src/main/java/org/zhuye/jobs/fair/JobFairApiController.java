package org.zhuye.jobs.fair;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;

/**
 * 专场招聘会 over JSON. Staff-side roles and EMPLOYER accounts reach it (SecurityConfiguration); what each may do
 * is decided by {@link JobFairs}. Rule violations answer 422 with {@code fieldErrors}.
 */
@RestController
class JobFairApiController {

    private final JobFairs fairs;
    private final FairQueries queries;

    JobFairApiController(JobFairs fairs, FairQueries queries) {
        this.fairs = fairs;
        this.queries = queries;
    }

    @Operation(summary = "招聘会列表", description = "本辖区及上级举办的招聘会，即将举办和正在举办的在前；可按地区、类型（kind）、年份筛选")
    @GetMapping("/api/v1/job-fairs")
    Page<JobFair> list(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) Integer year, PageRequest paging, UserAccount user) {
        return queries.list(new FairFilter(region, kind, year), user, paging);
    }

    @Operation(summary = "新建招聘会", description = "残联工作人员在本辖区举办；zones 为展区名称列表，callbackDays 为会后回访天数（默认14）")
    @PostMapping("/api/v1/job-fairs")
    ResponseEntity<FairView> create(@RequestBody FairInput input, UserAccount user) {
        long id = fairs.create(input, user);
        return ResponseEntity.created(URI.create("/api/v1/job-fairs/" + id)).body(queries.view(id, user));
    }

    @Operation(summary = "招聘会详情及成效", description = "参会单位及岗位、报名人员（仅本辖区的，另计辖区外人数 hidden）、意向及成效：单位、岗位、报名、到场、意向、会后90天内录用")
    @GetMapping("/api/v1/job-fairs/{id}")
    FairView get(@PathVariable long id, UserAccount user) {
        return queries.view(id, user);
    }

    @Operation(summary = "修改招聘会", description = "主办地区的工作人员修改；version 为读取时的版本")
    @PutMapping("/api/v1/job-fairs/{id}")
    FairView update(@PathVariable long id, @RequestParam int version, @RequestBody FairInput input, UserAccount user) {
        fairs.update(id, version, input, user);
        return queries.view(id, user);
    }

    record EmployerRequest(Long employerId, String zone, String booth) {
    }

    @Operation(summary = "登记参会单位", description = "工作人员登记本辖区的单位（employerId）；单位账号不填 employerId，为本单位报名")
    @PostMapping("/api/v1/job-fairs/{id}/employers")
    ResponseEntity<FairView> addEmployer(@PathVariable long id, @RequestBody EmployerRequest request, UserAccount user) {
        if (request.employerId() == null) {
            fairs.registerOwnUnit(id, request.zone(), request.booth(), user);
        } else {
            fairs.addEmployer(id, request.employerId(), request.zone(), request.booth(), user);
        }
        return created(id, user);
    }

    record PostingRequest(Long postingId) {
    }

    @Operation(summary = "岗位参加招聘会", description = "参会单位已发布的岗位；单位账号只能加入本单位的岗位")
    @PostMapping("/api/v1/job-fairs/{id}/postings")
    ResponseEntity<FairView> addPosting(@PathVariable long id, @RequestBody PostingRequest request, UserAccount user) {
        fairs.addPosting(id, required(request.postingId(), "postingId", "请填写岗位编号"), user);
        return created(id, user);
    }

    record PersonRequest(Long personId, String certificateNumber) {
    }

    @Operation(summary = "人员报名", description = "工作人员为本辖区人员报名（personId）")
    @PostMapping("/api/v1/job-fairs/{id}/registrations")
    ResponseEntity<FairView> register(@PathVariable long id, @RequestBody PersonRequest request, UserAccount user) {
        fairs.register(id, required(request.personId(), "personId", "请填写人员编号"), user);
        return created(id, user);
    }

    @Operation(summary = "签到", description = "招聘会举办期间按人员编号（personId）或残疾人证号（certificateNumber）签到；未报名的现场报名并签到")
    @PostMapping("/api/v1/job-fairs/{id}/check-ins")
    ResponseEntity<FairView> checkIn(@PathVariable long id, @RequestBody PersonRequest request, UserAccount user) {
        if (request.personId() == null && request.certificateNumber() != null) {
            fairs.checkInByCertificate(id, request.certificateNumber(), user);
        } else {
            fairs.checkIn(id, required(request.personId(), "personId", "请填写人员编号或残疾人证号"), user);
        }
        return created(id, user);
    }

    record IntentRequest(Long personId, Long postingId, String on) {
    }

    record IntentCreated(long intentId, FairView fair) {
    }

    @Operation(summary = "登记意向", description = "已签到的人员与招聘会上的岗位；同时生成来源为招聘会的岗位推介，回访日期为招聘会结束后 callbackDays 天。on 默认今天")
    @PostMapping("/api/v1/job-fairs/{id}/intents")
    ResponseEntity<IntentCreated> intent(@PathVariable long id, @RequestBody IntentRequest request, UserAccount user) {
        long intentId = fairs.recordIntent(id, required(request.personId(), "personId", "请填写人员编号"),
                required(request.postingId(), "postingId", "请填写岗位编号"), date(request.on(), "on", "意向日期"), user);
        return ResponseEntity.status(201).body(new IntentCreated(intentId, queries.view(id, user)));
    }

    record CallbackRequest(String calledBackOn, String note) {
    }

    @Operation(summary = "登记意向回访", description = "回访日期（calledBackOn，默认今天）和回访情况（note）")
    @PostMapping("/api/v1/job-fairs/{id}/intents/{intentId}/callback")
    FairView callback(@PathVariable long id, @PathVariable long intentId, @RequestBody CallbackRequest request,
                      UserAccount user) {
        fairs.recordCallback(id, intentId, date(request.calledBackOn(), "calledBackOn", "回访日期"), request.note(), user);
        return queries.view(id, user);
    }

    @Operation(summary = "国有企业专场统计", description = "各盟市每年举办的国有企业专场招聘会场数（计划要求每个盟市每年1至2场）")
    @GetMapping("/api/v1/job-fairs/soe-count")
    SoeFairCount soeCount(UserAccount user) {
        FairViewers.requireStaffSide(user);
        return queries.soeCount(LocalDate.now().getYear());
    }

    private ResponseEntity<FairView> created(long id, UserAccount user) {
        return ResponseEntity.status(201).body(queries.view(id, user));
    }

    private static long required(Long value, String field, String message) {
        if (value == null) {
            throw JobRuleException.of(field, message);
        }
        return value;
    }

    /** A date from JSON, today when absent. */
    static LocalDate date(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw JobRuleException.of(field, label + "须为日期（如 2026-05-20）");
        }
    }
}
