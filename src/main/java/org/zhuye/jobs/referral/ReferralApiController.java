package org.zhuye.jobs.referral;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/referrals}: staff-side roles read the referrals of persons in their area and (ADMIN,
 * STAFF, GRASSROOTS) refer and record steps; an EMPLOYER account reads and steps the referrals to its own
 * unit's postings. Others are refused. Rule violations answer 422 with {@code fieldErrors}.
 */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApiController {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final ReferralActors actors;
    private final ReferralFigureReport figures;

    ReferralApiController(Referrals referrals, ReferralRepository repository, ReferralActors actors,
                          ReferralFigureReport figures) {
        this.referrals = referrals;
        this.repository = repository;
        this.actors = actors;
        this.figures = figures;
    }

    record ListJson(List<ReferralJson> referrals, int page, long total, long pages) {
    }

    record ReferBody(Long postingId, Long personId, String referredOn) {
    }

    record StepBody(String status, String on, String note, String reason, Integer version, Integer monthlyIncome) {
    }

    @GetMapping
    ListJson list(@RequestParam(required = false) Long postingId, @RequestParam(required = false) Long personId,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String source, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
                  UserAccount user) {
        ReferralActor viewer = actors.boardViewerOf(user);
        ReferralFilter filter = ReferralFilters.parse(region, postingId, personId, source, status, from, to, viewer);
        PageRequest request = new PageRequest(Math.max(page, 1), PageRequest.SIZE, "");
        Page<Referral> found = viewer.kind() == ReferralActor.Kind.EMPLOYER
                ? repository.searchOfEmployer(viewer.employerId(), filter, request)
                : repository.search(filter, request, viewer.jurisdiction());
        return new ListJson(found.rows().stream().map(r -> ReferralJson.of(r, viewer.kind(), null)).toList(),
                found.number(), found.total(), found.pages());
    }

    @PostMapping
    ResponseEntity<ReferralJson> refer(@RequestBody ReferBody body, UserAccount user) {
        ReferralActor actor = actors.actorOf(user).filter(a -> a.kind() == ReferralActor.Kind.STAFF)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员和专职委员可以推介"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (body == null || body.postingId() == null) {
            errors.put("postingId", "请填写岗位编号");
        }
        if (body == null || body.personId() == null) {
            errors.put("personId", "请填写人员编号");
        }
        LocalDate on = LocalDate.now();
        if (body != null && body.referredOn() != null && !body.referredOn().isBlank()) {
            try {
                on = LocalDate.parse(body.referredOn().strip());
            } catch (DateTimeParseException e) {
                errors.put("referredOn", "推介日期须写作 YYYY-MM-DD");
            }
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        long id = referrals.refer(body.postingId(), body.personId(), ReferralSource.STAFF, null, on, actor.jurisdiction());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(read(id, user));
    }

    @GetMapping("/{id}")
    ReferralJson read(@PathVariable long id, UserAccount user) {
        ReferralActor viewer = actors.boardViewerOf(user);
        Referral referral = referrals.visible(id, viewer).orElseThrow(() -> new JobNotFoundException("推介记录", id));
        return ReferralJson.of(referral, viewer.kind(), repository.steps(id));
    }

    @PostMapping("/{id}/steps")
    ReferralJson step(@PathVariable long id, @RequestBody StepBody body, UserAccount user) {
        ReferralActor actor = actors.actorOf(user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色不能记录推介进展"));
        if (body == null) {
            throw JobRuleException.of("status", "请填写进展");
        }
        StepInput input = StepInput.parse(body.status(), body.on(), body.note(), body.reason(),
                body.version() == null ? null : String.valueOf(body.version()),
                body.monthlyIncome() == null ? null : String.valueOf(body.monthlyIncome()));
        referrals.step(id, input, actor);
        return read(id, user);
    }

    @GetMapping("/figures")
    ReferralFigures figures(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, UserAccount user, Jurisdiction jurisdiction) {
        ReferralActor viewer = actors.boardViewerOf(user);
        if (viewer.kind() != ReferralActor.Kind.STAFF) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "推介统计只对残联工作人员开放");
        }
        ReferralPeriod period = ReferralPeriod.parse(from, to);
        return figures.figures(region, period.from(), period.to(), jurisdiction);
    }

}
