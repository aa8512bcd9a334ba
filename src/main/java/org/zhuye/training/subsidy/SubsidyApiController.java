package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CourseKind;

/**
 * Training subsidies and six-month follow-ups: {@code /api/v1/training/subsidies} (list, compute a course, confirm)
 * and {@code /api/v1/training/followups} (due list, record). Inside the caller's jurisdiction; 404 for what the
 * caller may not see or do; 422 with every field's message; 409 on a stale version.
 */
@RestController
class SubsidyApiController {

    private final TrainingSubsidies subsidies;
    private final TrainingFollowups followups;

    SubsidyApiController(TrainingSubsidies subsidies, TrainingFollowups followups) {
        this.subsidies = subsidies;
        this.followups = followups;
    }

    @Operation(summary = "培训补贴列表", description = "按培训班所在地区、结业日期、状态、培训班筛选；每笔含其出勤、证书与就业依据")
    @GetMapping("/api/v1/training/subsidies")
    SubsidyPage list(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String course, @RequestParam(defaultValue = "1") int page,
                     UserAccount user, Jurisdiction jurisdiction) {
        SubsidyPermissions.requireSee(user);
        var filter = SubsidyFilters.parse(region, from, to, status, course, jurisdiction);
        var rows = subsidies.list(filter, new PageRequest(page, PageRequest.SIZE, ""), jurisdiction);
        return new SubsidyPage(rows.total(), page, rows.rows().stream().map(s -> SubsidyJson.of(s, jurisdiction)).toList());
    }

    @Operation(summary = "核算一个培训班的补贴", description = "结业学员中已跟踪或就业观察期已满的按规则核算；已确认的不变")
    @PostMapping("/api/v1/training/subsidies/compute")
    TrainingSubsidies.Computed compute(@RequestParam long course, UserAccount user, Jurisdiction jurisdiction) {
        SubsidyPermissions.requireConfirm(user, course);
        return subsidies.compute(course, jurisdiction);
    }

    @Operation(summary = "确认培训补贴", description = "确认后冻结；version 须为读取时的版本，否则 409")
    @PostMapping("/api/v1/training/subsidies/{id}/confirm")
    SubsidyJson confirm(@PathVariable long id, @RequestParam int version, UserAccount user, Jurisdiction jurisdiction) {
        SubsidyPermissions.requireConfirm(user, id);
        return SubsidyJson.of(subsidies.confirm(id, version, jurisdiction), jurisdiction);
    }

    @Operation(summary = "到期未记录的培训后跟踪", description = "结业满六个月、尚未记录跟踪的学员（按学员登记地），含登记中的就业状况")
    @GetMapping("/api/v1/training/followups")
    List<FollowupJson> due(@RequestParam(required = false) String region, UserAccount user, Jurisdiction jurisdiction) {
        SubsidyPermissions.requireSee(user);
        String like = jurisdiction.likePatternFor(region);
        return followups.due(like, LocalDate.now(), 500, jurisdiction).stream().map(FollowupJson::of).toList();
    }

    @Operation(summary = "记录培训后跟踪", description = "登记中尚无的工作将同时登记为进入就业")
    @PostMapping("/api/v1/training/followups")
    FollowupJson record(@RequestBody FollowupRequest request, UserAccount user, Jurisdiction jurisdiction) {
        if (request.enrolmentId() == null) {
            throw org.zhuye.training.TrainingRuleException.of("enrolmentId", "请填写培训报名编号 enrolmentId");
        }
        SubsidyPermissions.requireFollowup(user, request.enrolmentId());
        return FollowupJson.of(followups.record(request.enrolmentId(), new FollowupInput(request.visitedOn(),
                request.working(), request.employedOn(), request.form(), request.employerName(), request.note()), jurisdiction));
    }

    record SubsidyPage(long total, int page, List<SubsidyJson> subsidies) {
    }

    /** @param person null when the trainee is registered outside the caller's jurisdiction */
    record SubsidyJson(long id, long enrolmentId, long courseId, String course, CourseKind courseKind, String provider,
                       PersonJson person, String region, Subsidy.Status status, SubsidyLevel level, int percent,
                       BigDecimal amount, BigDecimal standard, LocalDate completedOn, BasisJson basis, int version) {
        static SubsidyJson of(Subsidy s, Jurisdiction jurisdiction) {
            PersonJson person = jurisdiction.contains(RegionCode.of(s.personRegion()))
                    ? new PersonJson(s.personId(), s.personName()) : null;
            return new SubsidyJson(s.id(), s.enrolmentId(), s.courseId(), s.courseTitle(), s.courseKind(), s.providerName(),
                    person, s.regionCode(), s.status(), s.level(), s.percent(), s.amount(), s.standard(), s.completedOn(),
                    new BasisJson(s.scheduledHours(), s.attendedHours(), s.attendancePercent(), s.certificateText(),
                            s.employedOn(), s.employmentSource(), s.ruleRegionPrefix(), s.ruleValidFrom(),
                            s.ruleEvidence().code(), s.reasons()), s.version());
        }
    }

    record PersonJson(long id, String name) {
    }

    record BasisJson(BigDecimal scheduledHours, BigDecimal attendedHours, BigDecimal attendancePercent, String certificates,
                     LocalDate employedOn, String employmentSource, String ruleRegionPrefix, LocalDate ruleValidFrom,
                     String ruleEvidence, List<String> reasons) {
    }

    record FollowupRequest(Long enrolmentId, String visitedOn, String working, String employedOn, String form,
                           String employerName, String note) {
    }

    record FollowupJson(long enrolmentId, long personId, String personName, long courseId, String course,
                        LocalDate completedOn, LocalDate dueOn, Boolean registryEmployed, LocalDate visitedOn,
                        Boolean working, LocalDate employedOn, Long employmentEventId) {
        static FollowupJson of(Followup f) {
            return new FollowupJson(f.enrolmentId(), f.personId(), f.personName(), f.courseId(), f.courseTitle(),
                    f.completedOn(), f.dueOn(), f.registryEmployed(), f.visitedOn(), f.working(), f.employedOn(),
                    f.employmentEventId());
        }
    }

}
