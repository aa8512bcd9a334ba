package org.zhuye.jobs.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.person.PersonPermissions;
import org.zhuye.region.Jurisdiction;

/** {@code GET/PUT /api/v1/persons/{id}/work-profile}: the current work profile; a PUT saves a new dated row. */
@RestController
class WorkProfileApiController {

    private final WorkProfiles profiles;

    WorkProfileApiController(WorkProfiles profiles) {
        this.profiles = profiles;
    }

    /** The API's shape of a profile: capabilities as an object of six keys (eyesight, bothHands, …) 0..3. */
    record Body(Map<String, Integer> capabilities, List<String> needs, List<String> workModes, Integer hoursPerWeekMax,
                String travelRange, Integer wageExpectation, List<String> occupationCodes, Boolean noRecommendation,
                Boolean wantsChange, String validFrom) {

        WorkProfileInput input() {
            Map<String, Integer> c = capabilities == null ? Map.of() : capabilities;
            return new WorkProfileInput(s(c.get("eyesight")), s(c.get("bothHands")), s(c.get("handWork")),
                    s(c.get("lifting")), s(c.get("standingWalking")), s(c.get("listeningTalking")), needs, workModes,
                    s(hoursPerWeekMax), travelRange, s(wageExpectation), occupationCodes, String.valueOf(Boolean.TRUE.equals(noRecommendation)),
                    String.valueOf(Boolean.TRUE.equals(wantsChange)), validFrom, null);
        }

        private static String s(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    record View(long id, long personId, Map<String, Integer> capabilities, List<String> needs, List<String> workModes,
                int hoursPerWeekMax, String travelRange, Integer wageExpectation, List<String> occupationCodes,
                boolean noRecommendation, boolean wantsChange, String validFrom, Long assessmentServiceId,
                String recordedBy, Instant recordedAt) {

        static View of(WorkProfile p) {
            return new View(p.id(), p.personId(), p.capabilities().asMap(), p.needs().stream().map(Enum::name).sorted().toList(),
                    p.workModes().stream().map(Enum::name).sorted().toList(), p.hoursPerWeekMax(), p.travelRange().name(),
                    p.wageExpectation(), p.occupationCodes(), p.noRecommendation(), p.wantsChange(), p.validFrom().toString(),
                    p.assessmentServiceId(), p.recordedBy(), p.recordedAt());
        }
    }

    @Operation(summary = "某人现行的就业能力与意愿档案", description = "capabilities 六项 0–3（与岗位要求同一尺度），needs 需要的支持，"
            + "workModes 可接受的工作方式，travelRange VILLAGE/TOWNSHIP/COUNTY/LEAGUE/ANY；没有档案时 404")
    @GetMapping("/api/v1/persons/{id}/work-profile")
    View get(@PathVariable long id, Jurisdiction jurisdiction) {
        return profiles.findCurrent(id, jurisdiction).map(View::of)
                .orElseThrow(() -> new JobNotFoundException("就业能力与意愿档案（人员）", id));
    }

    @Operation(summary = "登记某人的就业能力与意愿档案（新的一行，自 validFrom 起生效，默认今天）",
            description = "校验不通过时 422，fieldErrors 按字段给出中文说明；保存与审计在同一事务中")
    @PutMapping("/api/v1/persons/{id}/work-profile")
    View put(@PathVariable long id, @RequestBody Body body, UserAccount user, Jurisdiction jurisdiction) {
        PersonPermissions.requireRecord(user);
        return View.of(profiles.record(id, body.input(), jurisdiction));
    }
}
