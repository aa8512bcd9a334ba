package org.zhuye.jobs.posting;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
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
import org.zhuye.jobs.JobPosting;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;

/**
 * {@code /api/v1/jobs}: postings as {@link PostingAccess} allows — staff-side users those whose workplace or
 * unit is in their area, an EMPLOYER account its unit's. Field problems answer 422 with {@code fieldErrors}
 * ({@code JobsApiErrors}); a step the status does not allow, or a stale {@code version}, 409; a posting the
 * caller may not see, 404. Steps take {@code ?version=} as read; without it they act on the current version.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class PostingApiController {

    private final JobPostings postings;

    PostingApiController(JobPostings postings) {
        this.postings = postings;
    }

    @Operation(summary = "岗位列表", description = "按工作地点区划（regionCode，任一级）、职业（occupation，大类如 4 或中类如 4-01）、"
            + "工作方式（workMode）、无障碍条件（feature）、状态（status）、open=true（今天仍在招聘）筛选，每页50条（page）；用人单位账号只得到本单位的岗位")
    @GetMapping
    PostingJson.Page list(PostingFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction) {
        Page<JobPosting> page = postings.list(filter, paging, user, jurisdiction);
        return new PostingJson.Page(page.rows().stream().map(PostingJson::of).toList(), page.number(), page.pages(), page.total());
    }

    @Operation(summary = "新建岗位（草稿）", description = "用人单位账号为本单位发布（employerId 可省略）；工作人员代为发布须给 employerId。"
            + "demands 为 eyesight、bothHands、handWork、lifting、standingWalking、listeningTalking 六项，各 0（不限）至 3；features 为无障碍条件代码")
    @PostMapping
    ResponseEntity<PostingJson> create(@RequestBody PostingInput body, UserAccount user, Jurisdiction jurisdiction) {
        long id = postings.create(body, user, jurisdiction);
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + id)).body(read(id, user, jurisdiction));
    }

    @Operation(summary = "一个岗位", description = "已发布而过了招聘截止日期的岗位按已关闭（EXPIRED）返回")
    @GetMapping("/{id}")
    PostingJson read(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction) {
        return PostingJson.of(postings.read(id, user, jurisdiction));
    }

    @Operation(summary = "修改草稿或被退回的岗位", description = "version 为读取时的版本，他人已修改则 409")
    @PutMapping("/{id}")
    PostingJson update(@PathVariable long id, @RequestParam int version, @RequestBody PostingInput body, UserAccount user,
                       Jurisdiction jurisdiction) {
        postings.update(id, version, body, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "提交审核", description = "草稿或被退回的岗位提交残联工作人员审核")
    @PostMapping("/{id}/submit")
    PostingJson submit(@PathVariable long id, @RequestParam(required = false) Integer version, UserAccount user,
                       Jurisdiction jurisdiction) {
        postings.submit(id, version(id, version, user, jurisdiction), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "审核发布", description = "残联工作人员核实用人单位（unitChecked）和工作地点（workplaceChecked）后发布，可附审核意见（checkNote）")
    @PostMapping("/{id}/publish")
    PostingJson publish(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody PostingCheck body,
                        UserAccount user, Jurisdiction jurisdiction) {
        postings.publish(id, version(id, version, user, jurisdiction), body, user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "退回修改", description = "残联工作人员退回待审核的岗位，reason 为单位将看到的理由")
    @PostMapping("/{id}/return")
    PostingJson returnForCorrection(@PathVariable long id, @RequestParam(required = false) Integer version,
                                    @RequestBody PostingJson.Reason body, UserAccount user, Jurisdiction jurisdiction) {
        postings.returnForCorrection(id, version(id, version, user, jurisdiction), body == null ? null : body.reason(), user,
                jurisdiction);
        return read(id, user, jurisdiction);
    }

    @Operation(summary = "关闭岗位", description = "reason 为 FILLED（已招满，仅已发布的岗位）或 WITHDRAWN（撤回）；到期（EXPIRED）由系统关闭")
    @PostMapping("/{id}/close")
    PostingJson close(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody PostingJson.Reason body,
                      UserAccount user, Jurisdiction jurisdiction) {
        postings.close(id, version(id, version, user, jurisdiction), body == null ? null : body.reason(), user, jurisdiction);
        return read(id, user, jurisdiction);
    }

    private int version(long id, Integer given, UserAccount user, Jurisdiction jurisdiction) {
        return given != null ? given : postings.read(id, user, jurisdiction).version();
    }
}
