package org.zhuye.jobs.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/** Matching in the API: candidates for a posting, one pair explained, postings for a person. Staff-side roles only. */
@RestController
class MatchingApiController {

    private final Matching matching;

    MatchingApiController(Matching matching) {
        this.matching = matching;
    }

    record Candidate(long personId, int score, List<ScoreComponent> components) {
    }

    record Pair(boolean eligible, int score, List<ScoreComponent> components, List<Exclusion> excludedBy) {
    }

    record Posting(long postingId, String title, int score, List<ScoreComponent> components) {
    }

    @Operation(summary = "岗位的候选人（调用者管辖范围内，按得分排序）",
            description = "只含通过全部硬性条件的人；components 为各评分项（name、label、weight、points、reason）。每次应答记入曝光日志")
    @GetMapping("/api/v1/jobs/{id}/candidates")
    List<Candidate> candidates(@PathVariable long id, @RequestParam(defaultValue = "20") int limit, UserAccount user,
                               Jurisdiction jurisdiction) {
        requireStaff(user);
        return matching.findCandidates(id, jurisdiction, limit).stream()
                .map(m -> new Candidate(m.personId(), m.score(), m.components())).toList();
    }

    @Operation(summary = "某人与某岗位是否匹配及原因", description = "eligible 为真当且仅当 excludedBy 为空；excludedBy 列出未满足的硬性条件（rule、message）")
    @GetMapping("/api/v1/jobs/{id}/candidates/{personId}")
    Pair pair(@PathVariable long id, @PathVariable long personId, UserAccount user, Jurisdiction jurisdiction) {
        requireStaff(user);
        Match m = matching.findPair(id, personId, jurisdiction);
        return new Pair(m.eligible(), m.score(), m.components(), m.excludedBy());
    }

    @Operation(summary = "适合某人的在招岗位（按得分排序）")
    @GetMapping("/api/v1/persons/{id}/job-matches")
    List<Posting> matches(@PathVariable long id, @RequestParam(defaultValue = "20") int limit, UserAccount user,
                          Jurisdiction jurisdiction) {
        requireStaff(user);
        return matching.findMatches(id, jurisdiction, limit).stream()
                .map(s -> new Posting(s.posting().postingId(), s.posting().title(), s.match().score(), s.match().components())).toList();
    }

    static void requireStaff(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色无权查看候选人");
        }
    }
}
